/**
 * npm run bench: the node against a fake HighLevel with HighLevel's limits (100 requests per
 * 10 s per location) and a configurable latency, side by side with the patterns it replaces.
 * Options: --latency 250 --items 1000 --sequential-items 200 --export 100000 --cpu-items 10000
 */
import axios from 'axios';
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { runHighLevel, testCredentials } from '../test/harness/run';
import { resetPacing } from '../nodes/HighLevel/transport/pace';

interface Stats {
	baseUrl: string;
	requests: number;
	rejected429: number;
	otherRequests: number;
	other429: number;
	searches: number;
	contacts: number;
}

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), Number(process.argv[i + 1]));
const LATENCY = args.get('latency') ?? 250;
const ITEMS = args.get('items') ?? 1000;
const SEQUENTIAL_ITEMS = args.get('sequential-items') ?? 200;
const EXPORT = args.get('export') ?? 100_000;
const CPU_ITEMS = args.get('cpu-items') ?? 10_000;
const CEILING_RPS = 100 / 10;

let child: ChildProcess;
function ask(message: object): Promise<Stats> {
	return new Promise((resolve) => {
		child.once('message', (m) => resolve(m as Stats));
		child.send(message);
	});
}

function credentials(baseUrl: string): Record<string, ICredentialDataDecryptedObject> {
	const c = testCredentials(baseUrl);
	c.highLevelPrivateIntegrationApi = { token: 'bench-node-token', locationId: 'bench-location', useCustomBaseUrl: true, baseUrl };
	return c;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
function upsertRaw(baseUrl: string, token: string, email: string) {
	return axios.post(
		`${baseUrl}/contacts/upsert`,
		{ email, locationId: 'bench-location' },
		{
			headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28', Accept: 'application/json' },
			validateStatus: () => true,
			httpAgent: agent,
		},
	);
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

async function main() {
	child = fork(join(__dirname, 'fakeProcess.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	await new Promise((resolve) => child.once('message', resolve));
	console.log(`HighLevel limit: 100 requests / 10 s per location; latency ${LATENCY} ms`);

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

	// 2. Return All over a large location.
	baseUrl = await prepare(LATENCY);
	await ask({ cmd: 'seed', locationId: 'bench-location', n: EXPORT });
	const done = peakMemory();
	const before = process.memoryUsage().heapUsed;
	t = Date.now();
	const exported = await runHighLevel({ baseUrl, credentials: credentials(baseUrl), parameters: { resource: 'contact', operation: 'getAll', returnAll: true } });
	seconds = (Date.now() - t) / 1000;
	const peak = done();
	s = await ask({ cmd: 'stats' });
	const outputBytes = Buffer.byteLength(JSON.stringify(exported.items.map((i) => i.json)));
	report('Return All', `${EXPORT} contacts`, `${exported.items.length} items in ${seconds.toFixed(1)} s`, `${s.searches} requests (minimum ${Math.ceil(EXPORT / 500)})`, `peak heap +${mb(peak - before)}`, `output JSON ${mb(outputBytes)}`, '-');

	// 3. Per-item CPU against an instant server: the node through n8n-core versus a bare axios loop.
	baseUrl = await prepare(0, 10_000_000, 10_000);
	let cpu = process.cpuUsage();
	for (let i = 0; i < CPU_ITEMS; i++) await upsertRaw(baseUrl, 'bench-node-token', `r${i}@example.com`);
	const rawCpu = process.cpuUsage(cpu);
	baseUrl = await prepare(0, 10_000_000, 10_000);
	cpu = process.cpuUsage();
	const items = Array.from({ length: CPU_ITEMS }, (_, i) => ({ email: `n${i}@example.com` }));
	await runHighLevel({
		baseUrl,
		credentials: credentials(baseUrl),
		parameters: { resource: 'contact', operation: 'upsert', email: '={{ $json.email }}', settings: { concurrency: 1 } },
		items,
	});
	const nodeCpu = process.cpuUsage(cpu);
	const perItem = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000 / CPU_ITEMS;
	report('CPU per item, instant server', `${CPU_ITEMS} upserts`, `node ${perItem(nodeCpu).toFixed(3)} ms`, `raw axios ${perItem(rawCpu).toFixed(3)} ms`, `ratio ${(perItem(nodeCpu) / perItem(rawCpu)).toFixed(2)}x`, '-', '-');

	child.kill();
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
	].join('\n');
	writeFileSync(join(__dirname, '..', '..', 'bench', 'RESULTS.md'), text);
	console.log(`\nWrote bench/RESULTS.md`);
}

main().catch((error) => {
	console.error(error);
	child?.kill();
	process.exit(1);
});
