// Jest's node environment, minus the noise: what tests and n8n's logger print to the console is
// kept per test and shown only when that test fails (as one more error of the test), so a green
// run prints the summary alone. Tests that spy on console (the secrets scans) still see every line.
const { format } = require('node:util');
const { TestEnvironment } = require('jest-environment-node');

const METHODS = ['log', 'info', 'warn', 'error', 'debug'];
const KEEP = 200;

class QuietEnvironment extends TestEnvironment {
	lines = [];

	async handleTestEvent(event) {
		if (event.name === 'setup') {
			const console = this.global.console;
			for (const method of METHODS) console[method] = (...args) => this.keep(method, args);
			// n8n's logger (winston) writes to console._stdout/_stderr directly; send those lines
			// through console.log/error, where tests that spy on the console see them too.
			const through = (method) => ({ write: (text) => void console[method](String(text).replace(/\n$/, '')) });
			console._stdout = through('log');
			console._stderr = through('error');
		} else if (event.name === 'test_start') {
			this.lines = [];
		} else if (event.name === 'test_done' && event.test.errors.length > 0 && this.lines.length > 0) {
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
