/**
 * The per-item CPU workloads of the benchmark, shared by run.ts and profile.ts. All of them send
 * the same upsert (`{ email, locationId }`, one request per item, one after the other) to an
 * instant fake server, so their CPU per item differs only by what each layer adds:
 *   raw      a bare axios loop with a keep-alive agent;
 *   rawFresh the same loop with a new agent, so a new connection, per request (which is what
 *            n8n-core's request helper does: it builds its agents for every request);
 *   floor    n8n-core running a trivial node that only resolves the same `={{ $json.email }}`
 *            per item (what any node pays inside n8n, without a request);
 *   floorHttp the trivial node also sending the upsert through n8n-core's
 *            httpRequestWithAuthentication, as any authenticated node must;
 *   node     the HighLevel node (router, validation, pacing, retries) through n8n-core.
 */
import axios from 'axios';
import http from 'node:http';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { HighLevel } from '../nodes/HighLevel/HighLevel.node';
import { runHighLevel, testCredentials } from '../test/harness/run';
import { nodeTypes } from '../test/harness/nodeTypes';

export const BENCH_TOKEN = 'bench-node-token';
export const BENCH_LOCATION = 'bench-location';
export type CpuWorkload = 'raw' | 'rawFresh' | 'floor' | 'floorHttp' | 'node';
export const CPU_WORKLOADS: CpuWorkload[] = ['raw', 'rawFresh', 'floor', 'floorHttp', 'node'];

export function benchCredentials(baseUrl: string): Record<string, ICredentialDataDecryptedObject> {
	const c = testCredentials(baseUrl);
	c.highLevelPrivateIntegrationApi = {
		token: BENCH_TOKEN,
		locationId: BENCH_LOCATION,
		useCustomBaseUrl: true,
		baseUrl,
	};
	return c;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
export function upsertRaw(baseUrl: string, token: string, email: string, keepAlive = true) {
	return axios.post(
		`${baseUrl}/contacts/upsert`,
		{ email, locationId: BENCH_LOCATION },
		{
			headers: {
				Authorization: `Bearer ${token}`,
				Version: '2021-07-28',
				Accept: 'application/json',
			},
			validateStatus: () => true,
			httpAgent: keepAlive ? agent : new http.Agent(),
		},
	);
}

/**
 * The least a node can do per item inside n8n: read one expression parameter, and with `http`
 * send it through n8n-core's authenticated request helper. It carries the HighLevel node's
 * description, so n8n resolves exactly the same parameters and credential for it.
 */
function floorNode(http: boolean): INodeType {
	const execute = async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const credentials = http ? await this.getCredentials('highLevelPrivateIntegrationApi') : {};
		const url = `${String(credentials.baseUrl)}/contacts/upsert`;
		const output: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			const email = this.getNodeParameter('email', i) as string;
			if (!http) {
				output.push({ json: { email }, pairedItem: { item: i } });
				continue;
			}
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				'highLevelPrivateIntegrationApi',
				{
					method: 'POST',
					url,
					body: { email, locationId: BENCH_LOCATION },
					headers: { Version: '2021-07-28', Accept: 'application/json' },
					json: true,
				},
			)) as IDataObject;
			output.push({ json: (response.contact as IDataObject) ?? {}, pairedItem: { item: i } });
		}
		return [output];
	};
	return { description: new HighLevel().description, execute };
}

/** Runs `work` with the harness's HighLevel type replaced by a floor node (same description). */
async function withFloorNode<T>(http: boolean, work: () => Promise<T>): Promise<T> {
	const floor = floorNode(http);
	const { getByName, getByNameAndVersion } = nodeTypes;
	const swap = (type: string) => (type === 'n8n-nodes-highlevel.highLevel' ? floor : undefined);
	nodeTypes.getByName = (type) => swap(type) ?? getByName(type);
	nodeTypes.getByNameAndVersion = (type, version) =>
		swap(type)
			? NodeHelpers.getVersionedNodeType(floor, version)
			: getByNameAndVersion(type, version);
	try {
		return await work();
	} finally {
		nodeTypes.getByName = getByName;
		nodeTypes.getByNameAndVersion = getByNameAndVersion;
	}
}

/** Runs one workload over `n` items against `baseUrl`; throws if any item failed. */
export async function runCpuWorkload(
	workload: CpuWorkload,
	baseUrl: string,
	n: number,
	prefix: string = workload,
): Promise<void> {
	if (workload === 'raw' || workload === 'rawFresh') {
		for (let i = 0; i < n; i++) {
			const response = await upsertRaw(
				baseUrl,
				BENCH_TOKEN,
				`${prefix}${i}@example.com`,
				workload === 'raw',
			);
			if (response.status >= 300) throw new Error(`raw upsert answered ${response.status}`);
		}
		return;
	}
	const items = Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@example.com` }));
	const run = async () =>
		await runHighLevel({
			baseUrl,
			credentials: benchCredentials(baseUrl),
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				settings: { concurrency: 1 },
			},
			items,
		});
	const result =
		workload === 'node' ? await run() : await withFloorNode(workload === 'floorHttp', run);
	if (result.error) throw result.error;
	if (result.items.length !== n)
		throw new Error(`${workload}: ${result.items.length} of ${n} items came out`);
}
