/**
 * npm run bench: the node against a fake HighLevel in a child process with HighLevel's limit
 * (100 requests per 10 s per sub-account), on each limiter shape the fake offers and at several
 * latencies, side by side with the patterns it replaces. Options (defaults in brackets):
 *   --shapes fixed,sliding,token   --latencies 50,100,250,1000   --items 300 (per cell)
 *   --patterns ideal,node,accounts,processes,unpaced,sequential   --sequential-items 20
 *   --export 100000   --cpu-items 10000   --cpu-rounds 5   --only bulk,export,cpu
 *   --write: put the parts that ran into bench/RESULTS.md (a run of every part always does).
 * The same options may be given as environment variables: BENCH_SHAPES, BENCH_ITEMS, ...
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runHighLevel } from '../test/harness/run';
import { leastTimeMs, LIMITER_SHAPES, type LimiterShape } from '../test/fake-highlevel/limiter';
import { resetPacing } from '../nodes/HighLevel/transport/pace';
import {
	BENCH_AGENCY_TOKEN,
	BENCH_COMPANY,
	BENCH_LOCATIONS,
	type UpsertStats,
} from './fakeProcess';
import {
	benchCredentials as credentials,
	runCpuWorkload,
	upsertRaw,
	type CpuWorkload,
} from './cpu';
import {
	idealUpserts,
	nodeUpserts,
	nodeUpsertsTwoAccounts,
	sequentialUpserts,
	unpacedUpserts,
} from './workloads';

interface Stats {
	baseUrl: string;
	requests: number;
	rejected429: number;
	otherRequests: number;
	other429: number;
	byLocation: Record<string, UpsertStats>;
	nodeAppliedAt: number[];
	otherAppliedAt: number[];
	searches: number;
	contacts: number;
}

const options = new Map<string, string>();
for (const [name, value] of Object.entries(process.env)) {
	if (name.startsWith('BENCH_') && value !== undefined)
		options.set(name.slice(6).toLowerCase().replace(/_/g, '-'), value);
}
for (let i = 2; i < process.argv.length; i++) {
	const name = process.argv[i].replace(/^--/, '');
	const value = process.argv[i + 1];
	if (value === undefined || value.startsWith('--')) options.set(name, 'true');
	else options.set(name, process.argv[++i]);
}
const list = (name: string, fallback: string) =>
	(options.get(name) ?? fallback)
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
const num = (name: string, fallback: number) =>
	options.has(name) ? Number(options.get(name)) : fallback;
const ONLY = options.has('only') ? list('only', '') : undefined;
const runs = (part: 'bulk' | 'export' | 'cpu') => !ONLY || ONLY.includes(part);
const SHAPES = list('shapes', LIMITER_SHAPES.join(',')) as LimiterShape[];
const LATENCIES = list('latencies', '50,100,250,1000').map(Number);
const PATTERNS = list('patterns', 'ideal,node,accounts,processes,unpaced,sequential');
const DEFAULT_ITEMS = 300;
const ITEMS = num('items', DEFAULT_ITEMS);
const SEQUENTIAL_ITEMS = num('sequential-items', 20);
const EXPORT_LATENCY = num('latency', 250);
const EXPORT = num('export', 100_000);
const CPU_ITEMS = num('cpu-items', 10_000);
const CPU_ROUNDS = num('cpu-rounds', 5);
const WRITE = !ONLY || options.get('write') === 'true';
const MAX = 100;
const INTERVAL_MS = 10_000;

let child: ChildProcess;
function ask(message: object): Promise<Stats> {
	return new Promise((resolve) => {
		child.once('message', (m) => resolve(m as Stats));
		child.send(message);
	});
}

async function prepare(
	latencyMs: number,
	max = MAX,
	intervalMs = INTERVAL_MS,
	shape: LimiterShape = 'fixed',
): Promise<string> {
	resetPacing();
	const s = await ask({ cmd: 'reset' });
	await ask({ cmd: 'configure', latencyMs, max, intervalMs, shape });
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
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** Two node processes (as two queue-mode workers), each with its own pacer. */
const workers: ChildProcess[] = [];
async function startWorkers() {
	for (let i = 0; i < 2; i++) {
		const worker = fork(join(__dirname, 'nodeProcess.js'), {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		await new Promise((resolve) => worker.once('message', resolve));
		workers.push(worker);
	}
}
function workerJob(
	worker: ChildProcess,
	job: object,
): Promise<{ startedAt: number; endedAt: number; failed: number }> {
	return new Promise((resolve) => {
		worker.once('message', (m) =>
			resolve(m as { startedAt: number; endedAt: number; failed: number }),
		);
		worker.send(job);
	});
}

const bulkRows: string[][] = [];
/** Load average (1 min) before and after each bulk cell, and around Return All and the CPU rounds. */
const loads: number[] = [];
const otherLoads: number[] = [];

/** One cell of the matrix: every pattern on one limiter shape at one latency. */
async function bulkCell(shape: LimiterShape, latency: number) {
	const n = ITEMS;
	const least = (count: number) => leastTimeMs(shape, count, MAX, INTERVAL_MS, latency) / 1000;
	const cell: Record<string, string> = {};
	loads.push(os.loadavg()[0]);
	let idealRate = n / least(n);
	if (PATTERNS.includes('ideal')) {
		const baseUrl = await prepare(latency, MAX, INTERVAL_MS, shape);
		const ideal = await idealUpserts(baseUrl, shape, n, latency);
		idealRate = n / ideal.seconds;
		cell.ideal = `${idealRate.toFixed(2)} (${pct(least(n) / ideal.seconds)} of limit${ideal.refused ? `, ${ideal.refused} 429s` : ''})`;
	}
	let nodeRate = 0;
	if (PATTERNS.includes('node')) {
		const baseUrl = await prepare(latency, MAX, INTERVAL_MS, shape);
		const run = await nodeUpserts(baseUrl, n, 'a');
		const s = await ask({ cmd: 'stats' });
		nodeRate = n / run.seconds;
		cell.node = `${nodeRate.toFixed(2)}`;
		cell.vsIdeal = pct(nodeRate / idealRate);
		cell.node429 = `${run.failed} / ${s.rejected429} (${((s.rejected429 / Math.max(1, s.requests)) * 100).toFixed(1)}%)`;
	}
	if (PATTERNS.includes('accounts')) {
		const baseUrl = await prepare(latency, MAX, INTERVAL_MS, shape);
		const run = await nodeUpsertsTwoAccounts(
			baseUrl,
			2 * n,
			'two',
			BENCH_LOCATIONS,
			BENCH_AGENCY_TOKEN,
			BENCH_COMPANY,
		);
		const s = await ask({ cmd: 'stats' });
		const refused = BENCH_LOCATIONS.reduce((sum, id) => sum + s.byLocation[id].rejected429, 0);
		const rate = (2 * n) / run.seconds;
		cell.accounts = `${rate.toFixed(2)}${nodeRate ? ` (${(rate / nodeRate).toFixed(2)}×)` : ''}, 429s ${run.failed} / ${refused}`;
	}
	if (PATTERNS.includes('processes')) {
		const baseUrl = await prepare(latency, MAX, INTERVAL_MS, shape);
		const half = Math.round(n / 2);
		const startAt = Date.now() + 200;
		const [a, b] = await Promise.all([
			workerJob(workers[0], { baseUrl, token: 'bench-node-token', n: half, prefix: 'pa', startAt }),
			workerJob(workers[1], {
				baseUrl,
				token: 'bench-other-token',
				n: half,
				prefix: 'pb',
				startAt,
			}),
		]);
		const s = await ask({ cmd: 'stats' });
		const seconds = (Math.max(a.endedAt, b.endedAt) - Math.min(a.startedAt, b.startedAt)) / 1000;
		// Each one's rate while both were writing (the one that ends first may end a window earlier).
		const both = Math.min(a.endedAt, b.endedAt);
		const from = Math.min(a.startedAt, b.startedAt);
		const rateA = s.nodeAppliedAt.filter((t) => t <= both).length / ((both - from) / 1000);
		const rateB = s.otherAppliedAt.filter((t) => t <= both).length / ((both - from) / 1000);
		const refused = s.rejected429 + s.other429;
		const requests = s.requests + s.otherRequests;
		cell.processes = `${pct(least(2 * half) / seconds)} of limit; ${rateA.toFixed(2)} / ${rateB.toFixed(2)} (${pct(Math.min(rateA, rateB) / Math.max(rateA, rateB))}); 429s ${a.failed + b.failed} / ${refused} (${((refused / Math.max(1, requests)) * 100).toFixed(1)}%)`;
	}
	if (PATTERNS.includes('unpaced')) {
		const baseUrl = await prepare(latency, MAX, INTERVAL_MS, shape);
		const run = await unpacedUpserts(baseUrl, n);
		cell.unpaced = `${n - run.refused} of ${n} applied`;
	}
	if (PATTERNS.includes('sequential')) {
		const baseUrl = await prepare(latency, MAX, INTERVAL_MS, shape);
		const run = await sequentialUpserts(baseUrl, SEQUENTIAL_ITEMS);
		cell.sequential = `${(SEQUENTIAL_ITEMS / run.seconds).toFixed(2)}`;
	}
	loads.push(os.loadavg()[0]);
	const row = [
		shape,
		`${latency} ms`,
		cell.ideal ?? '-',
		cell.node ?? '-',
		cell.vsIdeal ?? '-',
		cell.node429 ?? '-',
		cell.accounts ?? '-',
		cell.processes ?? '-',
		cell.unpaced ?? '-',
		cell.sequential ?? '-',
	];
	bulkRows.push(row);
	console.log(row.join(' | '));
}

async function bulk() {
	await startWorkers();
	// The fake reads HighLevel's specs on its first request, and n8n warms up on its first run.
	const baseUrl = await prepare(0, 1_000_000);
	await Promise.all(
		Array.from({ length: 20 }, (_, i) =>
			upsertRaw(baseUrl, 'bench-node-token', `warm${i}@example.com`),
		),
	);
	await nodeUpserts(baseUrl, 20, 'warm');
	await nodeUpsertsTwoAccounts(
		baseUrl,
		4,
		'warm-two',
		BENCH_LOCATIONS,
		BENCH_AGENCY_TOKEN,
		BENCH_COMPANY,
	);
	await Promise.all(
		workers.map((worker, i) =>
			workerJob(worker, {
				baseUrl,
				token: 'bench-node-token',
				n: 20,
				prefix: `warm${i}-`,
				startAt: Date.now(),
			}),
		),
	);
	for (const shape of SHAPES) for (const latency of LATENCIES) await bulkCell(shape, latency);
	for (const worker of workers) worker.kill();
}

async function exportAll() {
	// 2. Return All over a large location.
	const baseUrl = await prepare(EXPORT_LATENCY);
	await ask({ cmd: 'seed', locationId: 'bench-location', n: EXPORT });
	const done = peakMemory();
	const before = process.memoryUsage().heapUsed;
	const t = Date.now();
	const exported = await runHighLevel({
		baseUrl,
		credentials: credentials(baseUrl),
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
	});
	const seconds = (Date.now() - t) / 1000;
	const peak = done();
	const s = await ask({ cmd: 'stats' });
	const outputBytes = Buffer.byteLength(JSON.stringify(exported.items.map((i) => i.json)));
	report(
		'Return All',
		`${EXPORT} contacts`,
		`${exported.items.length} items in ${seconds.toFixed(1)} s`,
		`${s.searches} requests (minimum ${Math.ceil(EXPORT / 500)})`,
		`peak heap +${mb(peak - before)}`,
		`output JSON ${mb(outputBytes)}`,
		'-',
	);
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
	for (const [workload] of CPU_LAYERS)
		await runCpuWorkload(workload, await prepare(0, 10_000_000, 10_000), 500, `warm-${workload}`);
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
	report(
		'CPU per item, instant server',
		`${perRound * CPU_ROUNDS} upserts`,
		`node ${ms('node').toFixed(3)} ms`,
		`raw axios ${ms('raw').toFixed(3)} ms`,
		`ratio ${ratio(ms('node'), ms('raw'))}`,
		'-',
		`floor in n8n ${ms('floorHttp').toFixed(3)} ms; node / floor ${ratio(ms('node'), ms('floorHttp'))}`,
	);
	const lines = [
		`CPU per item, layer by layer (${perRound * CPU_ROUNDS} upserts each, one at a time, instant server, ${CPU_ROUNDS} interleaved rounds):`,
		'',
		'| Client | CPU per item | vs raw axios |',
		'| --- | --- | --- |',
		...CPU_LAYERS.map(
			([w, label]) =>
				`| ${label} | ${ms(w).toFixed(3)} ms | ${w === 'floor' ? '-' : ratio(ms(w), ms('raw'))} |`,
		),
		'',
	];
	console.log(lines.join('\n'));
	return lines;
}

const BULK_HEADER = [
	'| Limiter | Latency | Ideal client, items/s | Node, items/s | Node / ideal | Node 429s seen / absorbed | Two sub-accounts, items/s (× one), 429s seen / absorbed | Two processes on one sub-account: together, each items/s (slower / faster), 429s seen / absorbed | Unpaced, all at once | Sequential, items/s |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

/** The lines between a section's markers in `previous` (none when it has no such section). */
function sectionLines(previous: string, name: string): string[] {
	const open = `<!-- ${name} -->`;
	const from = previous.indexOf(open);
	const to = previous.indexOf(`<!-- /${name} -->`);
	return from >= 0 && to > from ? previous.slice(from + open.length, to).split('\n') : [];
}

/** The bulk sections in the file, the default item count's first, with this run's among them. */
function bulkSectionNames(previous: string, current: string | undefined): string[] {
	const names = [...previous.matchAll(/<!-- (bulk(?:-\d+)?) -->/g)].map((m) => m[1]);
	if (current) names.push(current);
	const items = (name: string) => (name === 'bulk' ? -1 : Number(name.slice(5)));
	return [...new Set(names)].sort((a, b) => items(a) - items(b));
}

const cellKey = (shape: string, latency: string) => `${shape.trim()} ${latency.trim()}`;

/**
 * One item count's bulk table: this run's rows replace the same cells (limiter and latency) of
 * earlier runs and keep the others, so a run of a few cells adds to the table. Each row comes
 * from one run; the runs that still give rows are listed with the cells they ran.
 */
function bulkSection(previous: string[], run: string): string[] {
	const rowKey = (line: string) => {
		const [, shape = '', latency = ''] = line.split('|');
		return cellKey(shape, latency);
	};
	const fresh = bulkRows.map((r) => `| ${r.join(' | ')} |`);
	const replaced = new Set(fresh.map(rowKey));
	const isRow = (line: string) => /^\| (fixed|sliding|token) \|/.test(line);
	const kept = previous.filter((line) => isRow(line) && !replaced.has(rowKey(line)));
	const keptCells = new Set(kept.map(rowKey));
	const runCells = (line: string) =>
		[...line.matchAll(/(fixed|sliding|token) (\d+ ms)/g)].map((m) => cellKey(m[1], m[2]));
	const runs = previous.filter(
		(line) => line.startsWith('- ') && runCells(line).some((cell) => keptCells.has(cell)),
	);
	const order = (line: string) => {
		const [, shape = '', latency = ''] = line.split('|');
		return LIMITER_SHAPES.indexOf(shape.trim() as LimiterShape) * 1e6 + parseInt(latency, 10);
	};
	return [
		`Bulk writes, ${ITEMS} Create or Update items per cell (two sub-accounts: ${2 * ITEMS}, alternating; two processes: ${Math.round(ITEMS / 2)} each, started together).`,
		'Limit 100 requests per 10 s per sub-account; "of limit" is against the least time the limiter allows for that many requests (a full budget at once, then as places free). Each row comes from one run ("-": a pattern that run left out); the runs:',
		'',
		...runs,
		run,
		'',
		...BULK_HEADER,
		...[...kept, ...fresh].sort((a, b) => order(a) - order(b)),
		'',
	];
}

function section(name: string, previous: string, lines: string[] | undefined): string {
	const open = `<!-- ${name} -->`;
	const close = `<!-- /${name} -->`;
	if (lines) return [open, ...lines, close].join('\n');
	const from = previous.indexOf(open);
	const to = previous.indexOf(close);
	return from >= 0 && to > from
		? previous.slice(from, to + close.length)
		: [open, close].join('\n');
}

async function main() {
	child = fork(join(__dirname, 'fakeProcess.js'), {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	await new Promise((resolve) => child.once('message', resolve));
	const startedAt = new Date();
	console.log(
		`HighLevel limit: ${MAX} requests / ${INTERVAL_MS / 1000} s per location; shapes ${SHAPES.join(', ')}; latencies ${LATENCIES.join(', ')} ms; ${ITEMS} items per cell`,
	);
	if (runs('bulk')) await bulk();
	if (runs('export') || runs('cpu')) otherLoads.push(os.loadavg()[0]);
	if (runs('export')) await exportAll();
	const cpuTable = runs('cpu') ? await cpu() : undefined;
	if (runs('export') || runs('cpu')) otherLoads.push(os.loadavg()[0]);
	child.kill();
	if (!WRITE) {
		console.log(
			'\nPart of the benchmark only: bench/RESULTS.md left as it is (add --write to update the parts that ran).',
		);
		return;
	}

	const resultsPath = join(__dirname, '..', '..', 'bench', 'RESULTS.md');
	// Whatever follows this marker is a person's reading of the numbers, kept across runs.
	const NOTES = '<!-- notes: kept when the benchmark rewrites this file -->';
	const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
	const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
	const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mb(os.totalmem())} RAM, Node ${process.version}`;
	const loadOf = (samples: number[]) =>
		`load average (1 min) ${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)} during the run`;
	const load = loadOf(loads.length ? loads : [os.loadavg()[0]]);
	const bulkName = ITEMS === DEFAULT_ITEMS ? 'bulk' : `bulk-${ITEMS}`;
	const bulkLines = runs('bulk')
		? bulkSection(
				sectionLines(previous, bulkName),
				`- ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, cells ${SHAPES.flatMap((shape) => LATENCIES.map((latency) => `${shape} ${latency} ms`)).join(', ')}; patterns ${PATTERNS.join(', ')}${PATTERNS.includes('sequential') ? ` (sequential: ${SEQUENTIAL_ITEMS} items)` : ''}; ${load}; ${machine}.`,
			)
		: undefined;
	const otherLines =
		rows.length || cpuTable
			? [
					`Run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ${loadOf(otherLoads)}; fixed window, ${EXPORT_LATENCY} ms latency for Return All.`,
					'',
					'| Workload | Size | Throughput | Share of ceiling / requests | User-visible failures | Absorbed | Notes |',
					'| --- | --- | --- | --- | --- | --- | --- |',
					...rows.map((r) => `| ${[...r, '', '', '', '', '', '', ''].slice(0, 7).join(' | ')} |`),
					'',
					...(cpuTable ?? []),
				]
			: undefined;
	const text = [
		'# Benchmark results',
		'',
		...bulkSectionNames(previous, runs('bulk') ? bulkName : undefined).flatMap((name) => [
			section(name, previous, name === bulkName ? bulkLines : undefined),
			'',
		]),
		section('export-cpu', previous, otherLines),
		'',
		notes,
	].join('\n');
	writeFileSync(resultsPath, text);
	console.log(`\nWrote bench/RESULTS.md`);
}

main().catch((error) => {
	console.error(error);
	child?.kill();
	for (const worker of workers) worker.kill();
	process.exit(1);
});
