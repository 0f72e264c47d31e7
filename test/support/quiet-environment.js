// Jest's node environment, minus the noise: what tests and n8n's logger print to the console is
// kept per test and shown only when that test fails (as one more error of the test), so a green
// run prints the summary alone. Tests that spy on console (the secrets scans) still see every line.
// It also ends what a test file leaves running, so no jest worker outlives the run (see teardown).
const { format } = require('node:util');
const { TestEnvironment } = require('jest-environment-node');

const METHODS = ['log', 'info', 'warn', 'error', 'debug'];
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const TIMERS = [
	['setTimeout', 'clearTimeout', true],
	['setInterval', 'clearInterval', false],
];
const KEEP = 200;

class QuietEnvironment extends TestEnvironment {
	lines = [];
	/** Timers the test file started that have not fired or been cleared. */
	timers = new Set();

	constructor(config, context) {
		super(config, context);
		for (const [set, clear, once] of TIMERS) {
			const realSet = this.global[set];
			const realClear = this.global[clear];
			this.global[set] = (callback, ms, ...args) => {
				const timer = realSet(
					(...a) => {
						if (once) this.timers.delete(timer);
						return callback(...a);
					},
					ms,
					...args,
				);
				this.timers.add(timer);
				return timer;
			};
			this.global[clear] = (timer) => {
				this.timers.delete(timer);
				return realClear(timer);
			};
		}
	}

	/**
	 * Nothing of a finished test file may run on: n8n's HTTP client keeps connections to the fake
	 * HighLevel open, and n8n-core leaves a timer behind in every file that runs a node. Its timers
	 * are cleared and its loopback connections and servers closed, so the jest worker running it
	 * has nothing left that keeps it alive when the run ends.
	 */
	async teardown() {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		for (const handle of process._getActiveHandles()) {
			const server =
				typeof handle.listen === 'function' && typeof handle.address === 'function'
					? handle.address()
					: undefined;
			if (server && LOOPBACK.has(server.address)) handle.close();
			else if (typeof handle.destroy === 'function' && LOOPBACK.has(handle.remoteAddress))
				handle.destroy();
		}
		await super.teardown();
	}

	async handleTestEvent(event) {
		if (event.name === 'setup') {
			const console = this.global.console;
			for (const method of METHODS) console[method] = (...args) => this.keep(method, args);
			// n8n's logger (winston) writes to console._stdout/_stderr directly; send those lines
			// through console.log/error, where tests that spy on the console see them too.
			const through = (method) => ({
				write: (text) => void console[method](String(text).replace(/\n$/, '')),
			});
			console._stdout = through('log');
			console._stderr = through('error');
		} else if (event.name === 'test_start') {
			this.lines = [];
		} else if (
			event.name === 'test_done' &&
			event.test.errors.length > 0 &&
			this.lines.length > 0
		) {
			const shown = this.lines.slice(-KEEP).join('\n');
			const skipped = this.lines.length > KEEP ? ` (the last ${KEEP} of ${this.lines.length})` : '';
			event.test.errors.push(`What the failed test printed${skipped}:\n${shown}`);
		}
	}

	keep(method, args) {
		this.lines.push(`console.${method}: ${format(...args)}`);
		if (this.lines.length > KEEP * 2) this.lines.splice(0, this.lines.length - KEEP);
	}
}

module.exports = QuietEnvironment;
