import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ExecutionLifecycleHooks, HookContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, NodeHelpers, Workflow } from 'n8n-workflow';
import { HighLevelTrigger } from '../../nodes/HighLevel/HighLevelTrigger.node';
import { INSTANCE_DATA } from '../harness/instance';

export const NODE_NAME = 'HighLevel Trigger';
const NODE_TYPE = 'n8n-nodes-highlevel.highLevelTrigger';

const trigger = new HighLevelTrigger();
const nodeTypes: INodeTypes = {
	getByName: () => trigger as INodeType,
	getByNameAndVersion: (_type: string, version?: number) =>
		NodeHelpers.getVersionedNodeType(trigger, version),
	getKnownTypes: () => ({}),
};

// ---- keys and signatures -------------------------------------------------------------------

export interface TestKeys {
	ed25519: { privateKey: KeyObject; publicPem: string };
	rsa: { privateKey: KeyObject; publicPem: string };
}

export function makeKeys(): TestKeys {
	const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
	const ed = generateKeyPairSync('ed25519');
	const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
	return {
		ed25519: { privateKey: ed.privateKey, publicPem: pem(ed.publicKey) },
		rsa: { privateKey: rsa.privateKey, publicPem: pem(rsa.publicKey) },
	};
}

export const signEd25519 = (body: string | Buffer, key: KeyObject): string =>
	sign(null, Buffer.from(body), key).toString('base64');

/** RSA PKCS#1 v1.5 over SHA-256, as HighLevel's legacy header. */
export const signRsa = (body: string | Buffer, key: KeyObject): string =>
	sign('sha256', Buffer.from(body), key).toString('base64');

/** Options that make the trigger trust the test keys instead of HighLevel's. */
export const keyOptions = (keys: TestKeys): INodeParameters => ({
	ed25519PublicKey: keys.ed25519.publicPem,
	rsaPublicKey: keys.rsa.publicPem,
});

// ---- n8n emulation ------------------------------------------------------------------------

function additionalDataFor(
	req?: IncomingMessage,
	res?: ServerResponse,
): IWorkflowExecuteAdditionalData {
	const hooks = new ExecutionLifecycleHooks('webhook', 'test-execution', {
		id: 'trigger-test',
		name: 'trigger test',
		active: true,
		nodes: [],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
		isArchived: false,
	} as never);
	return {
		hooks,
		httpRequest: req,
		httpResponse: res,
		...INSTANCE_DATA,
	} as unknown as IWorkflowExecuteAdditionalData;
}

let workflows = 0;

function workflowFor(
	parameters: INodeParameters,
	staticData: IDataObject,
	workflowId = 'trigger-test',
): { workflow: Workflow; node: INode } {
	const node: INode = {
		id: 'trigger',
		name: NODE_NAME,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		webhookId: 'b1f3c2d4-0000-4000-8000-000000000001',
	};
	const workflow = new Workflow({
		id: workflowId,
		name: 'trigger test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData: structuredClone(staticData),
		settings: { executionOrder: 'v1' },
	});
	return { workflow, node };
}

/**
 * How the request body reaches the node:
 * - `parsed`: as in n8n's webhook path, the raw bytes are on `req.rawBody` and JSON is parsed into `req.body`;
 * - `lazy`: the body is still unread and only n8n's `req.readRawBody()` is there to load it;
 * - `absent`: a host that parsed the JSON but kept no raw bytes (the node then re-serialises).
 */
export type BodyMode = 'parsed' | 'lazy' | 'absent';

async function readAll(req: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

export interface Delivery {
	status: number;
	response: IDataObject;
	/** What the node's webhook() returned (undefined when it threw). */
	result?: IWebhookResponseData;
	/** Items the trigger node output in the workflow run n8n-core started; empty when none started. */
	items: IDataObject[];
	/** Error thrown by webhook(), if any. */
	error?: Error & { description?: string };
}

/**
 * A 127.0.0.1 HTTP server standing in for n8n's webhook server: it reads the body as n8n's body
 * parser does (raw bytes kept on `req.rawBody`, JSON parsed for application/json), calls the
 * trigger's webhook() through n8n-core's real WebhookContext with the real request and response,
 * answers as n8n's executeWebhook does (`noWebhookResponse`: the node answered; no workflowData:
 * 200 with `webhookResponse`; otherwise 200 "Workflow was started"), saves changed static data as
 * n8n's production webhooks do, and runs accepted items through n8n-core's WorkflowExecute.
 */
export class TriggerServer {
	/** The workflow's saved static data (n8n's database copy), carried between deliveries. */
	staticData: IDataObject = {};
	private server?: Server;
	private url = '';

	/** Each server is a workflow of its own, so what one remembers in-process is not another's. */
	private readonly workflowId = `trigger-test-${++workflows}`;

	/**
	 * @param saveDelayMs how long saving static data takes (n8n writes it to its database after
	 *   answering), so deliveries arriving meanwhile read the store as it was before.
	 */
	constructor(
		private parameters: INodeParameters,
		private bodyMode: BodyMode = 'parsed',
		private saveDelayMs = 0,
	) {}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			this.inFlight = this.handle(req, res);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhook/hl`;
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	private last?: Omit<Delivery, 'status' | 'response'>;
	private inFlight?: Promise<void>;

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const request = req as IncomingMessage & {
			rawBody?: Buffer;
			readRawBody?: () => Promise<void>;
			body?: unknown;
		};
		const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
		if (this.bodyMode === 'lazy') {
			request.readRawBody = async () => {
				request.rawBody ??= await readAll(req);
			};
		} else {
			const raw = await readAll(req);
			if (contentType === 'application/json' && raw.length > 0) {
				try {
					request.body = JSON.parse(raw.toString('utf8'));
				} catch {
					res.writeHead(422).end();
					return;
				}
			}
			if (this.bodyMode === 'parsed') request.rawBody = raw;
		}
		request.body ??= {};

		const { workflow, node } = workflowFor(this.parameters, this.staticData, this.workflowId);
		const additionalData = additionalDataFor(req, res);
		const webhookData: IWebhookData = {
			httpMethod: 'POST',
			node: node.name,
			path: 'webhook',
			webhookDescription: trigger.description.webhooks![0],
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
		};
		const context = new WebhookContext(
			workflow,
			node,
			additionalData,
			'webhook',
			webhookData,
			[],
			null,
		);
		const record: Omit<Delivery, 'status' | 'response'> = { items: [] };
		this.last = record;
		try {
			record.result = await trigger.webhook!.call(context);
		} catch (error) {
			record.error = error as Delivery['error'];
			res.writeHead(500, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({ message: 'Workflow Webhook Error: Workflow could not be started!' }),
			);
			return;
		}

		// n8n saves static data after a production webhook call when the workflow marked it changed.
		if (workflow.staticData.__dataChanged === true) {
			const saved = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			delete saved.__dataChanged;
			if (this.saveDelayMs) await new Promise((resolve) => setTimeout(resolve, this.saveDelayMs));
			this.staticData = saved;
		}

		const result = record.result;
		if (result.noWebhookResponse) {
			if (!res.writableEnded) res.writeHead(500).end('node claimed to answer but did not');
			return;
		}
		if (result.workflowData === undefined) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(result.webhookResponse ?? { message: 'Webhook call received' }));
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ message: 'Workflow was started' }));

		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node, data: { main: result.workflowData }, source: null }],
			},
		});
		const run = await new WorkflowExecute(
			additionalData,
			'webhook',
			runExecutionData,
		).processRunExecutionData(workflow);
		const output = run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main?.[0] ?? [];
		record.items = output.map((item) => item.json);
	}

	/** POSTs a body (sent byte for byte) with the given headers and reports what happened. */
	async post(body: string | Buffer, headers: Record<string, string> = {}): Promise<Delivery> {
		const response = await fetch(this.url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: typeof body === 'string' ? body : new Uint8Array(body),
		});
		const text = await response.text();
		let json: IDataObject = {};
		try {
			json = JSON.parse(text) as IDataObject;
		} catch {
			json = { text };
		}
		// After an onReceived answer the workflow run goes on; wait for it too.
		await this.inFlight;
		const record = this.last ?? { items: [] };
		return { status: response.status, response: json, ...record };
	}
}

/** Runs one of the trigger's webhookMethods through n8n-core's HookContext. */
export async function runLifecycle(
	method: 'checkExists' | 'create' | 'delete',
	parameters: INodeParameters,
): Promise<boolean> {
	const { workflow, node } = workflowFor(parameters, {});
	const context = new HookContext(workflow, node, additionalDataFor(), 'webhook', 'activate');
	return await trigger.webhookMethods.default[method].call(context);
}

// ---- HighLevel's documented examples -----------------------------------------------------------

export const EVENT_PAGES_DIR = join(__dirname, '..', '..', 'openapi', 'webhook-events');

export interface EventExample {
	/** Page file name without `.md`, e.g. `ContactCreate`. */
	page: string;
	/** Heading the example sits under. */
	heading: string;
	/** The example's JSON text as written on the page. */
	text: string;
	payload: IDataObject;
}

export function eventPageNames(): string[] {
	return readdirSync(EVENT_PAGES_DIR)
		.filter((file) => file.endsWith('.md'))
		.map((file) => file.slice(0, -3))
		.sort();
}

/**
 * The JSON example blocks of every event page: fenced blocks tagged `json` (some pages write
 * "```json{" with the JSON starting on the fence line) that are neither tagged `json_schema` nor
 * under a "Schema" heading (UserCreate's schema block is tagged plain `json`).
 */
export function eventExamples(): EventExample[] {
	const examples: EventExample[] = [];
	for (const page of eventPageNames()) {
		const lines = readFileSync(join(EVENT_PAGES_DIR, `${page}.md`), 'utf8').split('\n');
		let heading = '';
		for (let i = 0; i < lines.length; i++) {
			const line = lines[i];
			if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '').trim();
			const fence = /^```(\S*)\s*(.*)$/.exec(line);
			if (!fence) continue;
			const body: string[] = [];
			let j = i + 1;
			while (j < lines.length && !lines[j].startsWith('```')) body.push(lines[j++]);
			const info = fence[1];
			const isJson = info.startsWith('json');
			const isSchema =
				fence[2].includes('json_schema') || info.includes('json_schema') || /schema/i.test(heading);
			if (isJson && !isSchema) {
				const text = [info.slice('json'.length), fence[2], ...body].join('\n').trim();
				examples.push({ page, heading, text, payload: JSON.parse(text) as IDataObject });
			}
			i = j;
		}
	}
	return examples;
}
