/**
 * Where the per-item CPU goes: runs one CPU workload of the benchmark (see cpu.ts) against an
 * instant fake in a child process, under V8's sampling profiler, and prints the CPU per item,
 * the self time by layer and the inclusive time of the calls that matter.
 *   npx tsc -p tsconfig.tools.json && node .tools-dist/bench/profile.js --workload node --items 5000
 * --workload raw|floor|floorHttp|node|all, --items N (default 5000), --out DIR (writes a
 * .cpuprofile per workload for Chrome DevTools / speedscope).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { resetPacing } from '../nodes/HighLevel/transport/pace';
import { CPU_WORKLOADS, runCpuWorkload, type CpuWorkload } from './cpu';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const options = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
	options.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const ITEMS = Number(options.get('items') ?? 5000);
const WARMUP = Math.min(1000, ITEMS);
const chosen = options.get('workload') ?? 'node';
const WORKLOADS = (chosen === 'all' ? CPU_WORKLOADS : [chosen]) as CpuWorkload[];
const OUT = options.get('out');

/** Layers by where the code lives; the first match wins. */
const LAYERS: Array<[string, RegExp]> = [
	['HighLevel node: transport/', /nodes\/HighLevel\/transport\//],
	['HighLevel node: router, resources, shared/', /nodes\/HighLevel\//],
	['test harness (credentials helper)', /test\/harness\//],
	['bench', /\/bench\//],
	[
		'n8n-workflow: expressions',
		/n8n-workflow\/dist\/.*(expression|extensions|tmpl|riot|esprima|ast)/i,
	],
	['n8n-workflow: other', /n8n-workflow\//],
	['n8n-core', /n8n-core\//],
	['@n8n/backend-network (request, agents)', /@n8n\/backend-network\//],
	['other @n8n packages', /@n8n\//],
	['axios', /node_modules\/axios\//],
	['other node_modules', /node_modules\//],
	['Node.js internals (http, net, streams)', /^node:|^internal\/|^(?:[a-z_]+)\.js$/],
];

/** Calls whose inclusive time is worth knowing, by function name and file. */
const CALLS: Array<[string, string, RegExp]> = [
	['WorkflowExecute (whole run)', 'processRunExecutionData', /n8n-core/],
	['HighLevel route()', 'route', /nodes\/HighLevel\/router/],
	['apiRequest()', 'apiRequest', /transport\/request/],
	['getConnection()', 'getConnection', /transport\/connection/],
	['acquire() + release()', '^(acquire|release)$', /transport\/pace/],
	['serialize()', 'serialize', /shared\/serialize/],
	['contactBody() (validation)', 'contactBody', /contact\/fields/],
	['checkDeclaredParameters() (declared types)', 'checkDeclaredParameters', /shared\/declared/],
	['getNodeParameter()', 'getNodeParameter', /n8n-core/],
	['expression evaluation', '^(resolveSimpleParameterValue|getParameterValue)$', /n8n-workflow/],
	['httpRequestWithAuthentication()', 'httpRequestWithAuthentication', /n8n-core/],
	['getCredentials()', '^(getCredentials|_getCredentials)$', /n8n-core/],
	['credentials helper authenticate()', 'authenticate', /test\/harness\/credentials/],
	['n8n httpRequest (axios config, agents)', '^httpRequest$', /backend-network/],
	['new http.Agent (per request)', '^(Agent|buildNodeAgents)$', /node:_http_agent|node-agents/],
	['opening a TCP connection', '^connect$', /^node:net$/],
	['axios request', '^(request|dispatchHttpRequest|httpAdapter)$', /node_modules\/axios\//],
	['garbage collector', '\\(garbage collector\\)', /.*/],
];

function summarise(profile: Profile, items: number) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const layerOf = (frame: CallFrame): string => {
		if (!frame.url)
			return frame.functionName.startsWith('(')
				? frame.functionName
				: 'native, called from the event loop';
		return LAYERS.find(([, re]) => re.test(frame.url))?.[0] ?? 'other';
	};
	const callMatchers = CALLS.map(([label, name, file]) => ({
		label,
		name: new RegExp(name),
		file,
	}));
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	let total = 0;
	let idle = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		const us = profile.timeDeltas[i] ?? 0;
		const leaf = byId.get(profile.samples[i]);
		if (!leaf) continue;
		if (leaf.callFrame.functionName === '(idle)') {
			idle += us;
			continue;
		}
		total += us;
		// Builtins (JSON, RegExp, socket writes) count for the code that called them.
		let owner: ProfileNode | undefined = leaf;
		while (owner && !owner.callFrame.url && !owner.callFrame.functionName.startsWith('('))
			owner = byId.get(parent.get(owner.id) ?? -1);
		const layer = layerOf((owner ?? leaf).callFrame);
		self.set(layer, (self.get(layer) ?? 0) + us);
		const seen = new Set<string>();
		for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
			const frame = byId.get(id)?.callFrame;
			if (!frame) break;
			for (const m of callMatchers) {
				if (
					!seen.has(m.label) &&
					m.name.test(frame.functionName) &&
					m.file.test(frame.url || frame.functionName)
				) {
					seen.add(m.label);
					inclusive.set(m.label, (inclusive.get(m.label) ?? 0) + us);
				}
			}
		}
	}
	const perItem = (us: number) => `${(us / 1000 / items).toFixed(3)} ms/item`;
	const share = (us: number) => `${((us / total) * 100).toFixed(1)}%`.padStart(6);
	console.log(`  sampled on-CPU ${perItem(total)} (idle ${perItem(idle)})`);
	console.log('  self time by layer:');
	for (const [layer, us] of [...self].sort((a, b) => b[1] - a[1]))
		console.log(`    ${share(us)}  ${perItem(us)}  ${layer}`);
	console.log('  inclusive time of calls:');
	for (const { label } of callMatchers) {
		const us = inclusive.get(label);
		if (us) console.log(`    ${share(us)}  ${perItem(us)}  ${label}`);
	}
}

async function main() {
	const child: ChildProcess = fork(join(__dirname, 'fakeProcess.js'), {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const ask = (message: object) =>
		new Promise<{ baseUrl: string }>((resolve) => {
			child.once('message', (m) => resolve(m as { baseUrl: string }));
			child.send(message);
		});
	await new Promise((resolve) => child.once('message', resolve));
	const prepare = async () => {
		resetPacing();
		const { baseUrl } = await ask({ cmd: 'reset' });
		await ask({ cmd: 'configure', latencyMs: 0, max: 10_000_000, intervalMs: 10_000 });
		return baseUrl;
	};
	const session = new Session();
	session.connect();
	const post = <T>(method: string, params?: object) =>
		new Promise<T>((resolve, reject) =>
			session.post(method, params, (error, result) =>
				error ? reject(error) : resolve(result as T),
			),
		);
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', { interval: 200 });
	try {
		for (const workload of WORKLOADS) {
			await runCpuWorkload(workload, await prepare(), WARMUP, `warm-${workload}`);
			const baseUrl = await prepare();
			await post('Profiler.start');
			const cpu = process.cpuUsage();
			await runCpuWorkload(workload, baseUrl, ITEMS);
			const used = process.cpuUsage(cpu);
			const { profile } = await post<{ profile: Profile }>('Profiler.stop');
			console.log(
				`\n${workload}: ${ITEMS} items, process CPU ${((used.user + used.system) / 1000 / ITEMS).toFixed(3)} ms/item (user ${(used.user / 1000 / ITEMS).toFixed(3)}, system ${(used.system / 1000 / ITEMS).toFixed(3)})`,
			);
			summarise(profile, ITEMS);
			if (OUT) {
				mkdirSync(OUT, { recursive: true });
				writeFileSync(join(OUT, `${workload}.cpuprofile`), JSON.stringify(profile));
			}
		}
	} finally {
		session.disconnect();
		child.kill();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
