/**
 * npm run bench: the node against a fake HighLevel with HighLevel's limits (100 requests per
 * 10 s per location) and a configurable latency, side by side with the patterns it replaces.
 * Options: --latency 250 --items 1000 --sequential-items 200 --export 100000 --cpu-items 10000
 * --cpu-rounds 5, and --only bulk,export,cpu to run some parts (printed, RESULTS.md untouched).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runHighLevel } from '../test/harness/run';
import { resetPacing } from '../nodes/HighLevel/transport/pace';
import { benchCredentials as credentials, runCpuWorkload, upsertRaw, type CpuWorkload } from './cpu';

interface Stats {
	baseUrl: string;
	requests: number;
	rejected429: number;
	otherRequests: number;
	other429: number;
	searches: number;
	contacts: number;
}

const options = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) options.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const args = new Map([...options].filter(([name]) => name !== 'only').map(([name, value]) => [name, Number(value)]));
const ONLY = options.get('only')?.split(',');
const runs = (part: 'bulk' | 'export' | 'cpu') => !ONLY || ONLY.includes(part);
const LATENCY = args.get('latency') ?? 250;
const ITEMS = args.get('items') ?? 1000;
const SEQUENTIAL_ITEMS = args.get('sequential-items') ?? 200;
const EXPORT = args.get('export') ?? 100_000;
const CPU_ITEMS = args.get('cpu-items') ?? 10_000;
const CPU_ROUNDS = args.get('cpu-rounds') ?? 5;
const CEILING_RPS = 100 / 10;

let child: ChildProcess;
function ask(message: object): Promise<Stats> {
	return new Promise((resolve) => {
		child.once('message', (m) => resolve(m as Stats));
		child.send(message);
	});
}

async function prepare(latencyMs: number, max = 100, intervalMs = 10_000): Promise<string> {
	resetPacing();
	const s = await ask({ cmd: 'reset' });
	await ask({ cmd: 'configure', latencyMs, max, intervalMs });
	return s.baseUrl;
}

function peakMemory() {
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
	return () => {
		clearInterval(timer);
		return Math.max(peak, process.memoryUsage().heapUsed);
	};
}

const rows: string[][] = [];
function report(...cells: Array<string | number>) {
	const row = cells.map(String);
	rows.push(row);
	console.log(row.join(' | '));
}
const pct = (rps: number) => `${((rps / CEILING_RPS) * 100).toFixed(0)}%`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function nodeUpserts(baseUrl: string, n: number, prefix: string) {
	const items = Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@example.com` }));
	const started = Date.now();
	const result = await runHighLevel({
		baseUrl,
		credentials: credentials(baseUrl),
		parameters: { resource: 'contact', operation: 'upsert', email: '={{ $json.email }}' },
		items,
		onError: 'continueRegularOutput',
	});
	const seconds = (Date.now() - started) / 1000;
	const failed = result.items.filter((i) => i.json.error).length + (result.error ? n : 0);
	return { seconds, failed, outputs: result.items.length };
}

async function bulk() {
	// 1. Bulk upserts at HighLevel's latency.
	let baseUrl = await prepare(LATENCY);
	const a = await nodeUpserts(baseUrl, ITEMS, 'a');
	let s = await ask({ cmd: 'stats' });
	report('(a) this node, n8n-core', `${ITEMS} upserts`, `${(ITEMS / a.seconds).toFixed(2)} items/s`, pct(s.requests / a.seconds), `429s seen by user: ${a.failed}`, `429s absorbed: ${s.rejected429}`, `contacts: ${s.contacts}`);

	baseUrl = await prepare(LATENCY);
	let t = Date.now();
	const all = await Promise.all(Array.from({ length: ITEMS }, (_, i) => upsertRaw(baseUrl, 'bench-node-token', `b${i}@example.com`)));
	let seconds = (Date.now() - t) / 1000;
	const failedAll = all.filter((r) => r.status === 429).length;
	s = await ask({ cmd: 'stats' });
	report('(b) all at once, unpaced', `${ITEMS} upserts`, `${ITEMS - failedAll} of ${ITEMS} applied in ${seconds.toFixed(1)} s`, '-', `429s seen by user: ${failedAll}`, '-', `contacts: ${s.contacts}`);

	baseUrl = await prepare(LATENCY);
	t = Date.now();
	for (let i = 0; i < SEQUENTIAL_ITEMS; i++) await upsertRaw(baseUrl, 'bench-node-token', `c${i}@example.com`);
	seconds = (Date.now() - t) / 1000;
	report('(c) sequential, one at a time', `${SEQUENTIAL_ITEMS} upserts`, `${(SEQUENTIAL_ITEMS / seconds).toFixed(2)} items/s`, pct(SEQUENTIAL_ITEMS / seconds), '429s seen by user: 0', '-', '-');

	// 1b. The same, with another client spending half the location's budget.
	baseUrl = await prepare(LATENCY);
	let stop = false;
	const other = (async () => {
		let i = 0;
		while (!stop) {
			const started = Date.now();
			await upsertRaw(baseUrl, 'bench-other-token', `other${i++}@example.com`);
			await new Promise((r) => setTimeout(r, Math.max(0, 200 - (Date.now() - started))));
		}
	})();
	const half = Math.round(ITEMS / 2);
	const shared = await nodeUpserts(baseUrl, half, 'd');
	stop = true;
	await other;
	s = await ask({ cmd: 'stats' });
	report('(a) with a second client at half the budget', `${half} upserts`, `${(half / shared.seconds).toFixed(2)} items/s`, `${pct((s.requests + s.otherRequests) / shared.seconds)} together`, `429s seen by user: ${shared.failed}`, `429s absorbed: ${s.rejected429}`, `other client's 429s: ${s.other429}`);
}

async function exportAll() {
	// 2. Return All over a large location.
	const baseUrl = await prepare(LATENCY);
	await ask({ cmd: 'seed', locationId: 'bench-location', n: EXPORT });
	const done = peakMemory();
	const before = process.memoryUsage().heapUsed;
	const t = Date.now();
	const exported = await runHighLevel({ baseUrl, credentials: credentials(baseUrl), parameters: { resource: 'contact', operation: 'getAll', returnAll: true } });
	const seconds = (Date.now() - t) / 1000;
	const peak = done();
	const s = await ask({ cmd: 'stats' });
	const outputBytes = Buffer.byteLength(JSON.stringify(exported.items.map((i) => i.json)));
	report('Return All', `${EXPORT} contacts`, `${exported.items.length} items in ${seconds.toFixed(1)} s`, `${s.searches} requests (minimum ${Math.ceil(EXPORT / 500)})`, `peak heap +${mb(peak - before)}`, `output JSON ${mb(outputBytes)}`, '-');
}

const CPU_LAYERS: Array<[CpuWorkload, string]> = [
	['raw', 'bare axios loop, keep-alive agent'],
	['rawFresh', 'bare axios loop, new agent and connection per request (as n8n-core sends)'],
	['floor', 'n8n-core, trivial node: resolves `={{ $json.email }}` only, no request'],
	['floorHttp', 'n8n-core, trivial node: the same + httpRequestWithAuthentication (the floor)'],
	['node', 'n8n-core, this node (router, validation, serialize, pacing, retries)'],
];

/**
 * 3. Per-item CPU against an instant server. The clients take turns in rounds, so load from
 * elsewhere on the machine falls on all of them alike; each is warmed up first.
 */
async function cpu(): Promise<string[]> {
	const used = new Map<CpuWorkload, number>(CPU_LAYERS.map(([w]) => [w, 0]));
	const perRound = Math.ceil(CPU_ITEMS / CPU_ROUNDS);
	for (const [workload] of CPU_LAYERS) await runCpuWorkload(workload, await prepare(0, 10_000_000, 10_000), 500, `warm-${workload}`);
	for (let round = 0; round < CPU_ROUNDS; round++) {
		for (const [workload] of CPU_LAYERS) {
			const baseUrl = await prepare(0, 10_000_000, 10_000);
			const started = process.cpuUsage();
			await runCpuWorkload(workload, baseUrl, perRound, `${workload}${round}-`);
			const { user, system } = process.cpuUsage(started);
			used.set(workload, (used.get(workload) ?? 0) + user + system);
		}
	}
	const ms = (w: CpuWorkload) => (used.get(w) ?? 0) / 1000 / (perRound * CPU_ROUNDS);
	const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
	report('CPU per item, instant server', `${perRound * CPU_ROUNDS} upserts`, `node ${ms('node').toFixed(3)} ms`, `raw axios ${ms('raw').toFixed(3)} ms`, `ratio ${ratio(ms('node'), ms('raw'))}`, '-', `floor in n8n ${ms('floorHttp').toFixed(3)} ms; node / floor ${ratio(ms('node'), ms('floorHttp'))}`);
	const lines = [
		`CPU per item, layer by layer (${perRound * CPU_ROUNDS} upserts each, one at a time, instant server, ${CPU_ROUNDS} interleaved rounds):`,
		'',
		'| Client | CPU per item | vs raw axios |',
		'| --- | --- | --- |',
		...CPU_LAYERS.map(([w, label]) => `| ${label} | ${ms(w).toFixed(3)} ms | ${w === 'floor' ? '-' : ratio(ms(w), ms('raw'))} |`),
		'',
	];
	console.log(lines.join('\n'));
	return lines;
}

async function main() {
	child = fork(join(__dirname, 'fakeProcess.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	await new Promise((resolve) => child.once('message', resolve));
	console.log(`HighLevel limit: 100 requests / 10 s per location; latency ${LATENCY} ms`);
	if (runs('bulk')) await bulk();
	if (runs('export')) await exportAll();
	const cpuTable = runs('cpu') ? await cpu() : [];
	child.kill();
	if (ONLY) {
		console.log('\nPart of the benchmark only: bench/RESULTS.md left as it is.');
		return;
	}

	const resultsPath = join(__dirname, '..', '..', 'bench', 'RESULTS.md');
	// Whatever follows this marker is a person's reading of the numbers, kept across runs.
	const NOTES = '<!-- notes: kept when the benchmark rewrites this file -->';
	const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
	const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
	const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mb(os.totalmem())} RAM, Node ${process.version}`;
	const table = ['| Workload | Size | Throughput | Share of ceiling / requests | User-visible failures | Absorbed | Notes |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${[...r, '', '', '', '', '', '', ''].slice(0, 7).join(' | ')} |`)];
	const text = [
		'# Benchmark results',
		'',
		`Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
		`Fake HighLevel in a child process with HighLevel's limit (100 requests per 10 s per location) and ${LATENCY} ms latency.`,
		'The sequential pattern runs fewer items (its rate does not depend on the count).',
		'',
		...table,
		'',
		...cpuTable,
		notes,
	].join('\n');
	writeFileSync(resultsPath, text);
	console.log(`\nWrote bench/RESULTS.md`);
}

main().catch((error) => {
	console.error(error);
	child?.kill();
	process.exit(1);
});
