/**
 * The workflows in test/e2e/workflows/. Each is a plain n8n workflow export plus an optional `e2e`
 * block with what its run must show; the suite strips that block before importing.
 *
 *   "e2e": {
 *     "expect": { "<node name>": { "items": 2, "json": { "<field>": <value> }, "includes": { ... } } },
 *     "httpErrors": [401]
 *   }
 *
 * `expect.items` is the exact number of output items, `expect.json` a subset every output item of
 * that node must contain, `expect.includes` a subset at least one item must contain (for lists that
 * other workflows add to). `httpErrors` lists statuses the fake HighLevel may answer while the
 * workflow runs (otherwise any 4xx/5xx fails it). Strings "@e2e:<name>" are replaced when a mode
 * loads the files: the trigger's test keys and IDs of the fake's records (see fixture.ts).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './n8n';

export const WORKFLOW_DIR = join(ROOT, 'test', 'e2e', 'workflows');
export const ACTION_NODE = 'n8n-nodes-highlevel.highLevel';
export const TRIGGER_NODE = 'n8n-nodes-highlevel.highLevelTrigger';
export const POLLING_TRIGGER_NODE = 'n8n-nodes-highlevel.highLevelPollingTrigger';
const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	webhookId?: string;
	onError?: string;
	continueOnFail?: boolean;
	[key: string]: unknown;
}

export interface Expectations {
	expect?: Record<
		string,
		{ items?: number; json?: Record<string, unknown>; includes?: Record<string, unknown> }
	>;
	httpErrors?: number[];
}

export interface WorkflowFile {
	file: string;
	id: string;
	name: string;
	/**
	 * `manual`: runs in every mode; `highLevelTrigger`: started by signed webhooks in a running n8n;
	 * `pollingTrigger`: started by the polling trigger's schedule in a running n8n.
	 */
	kind: 'manual' | 'highLevelTrigger' | 'pollingTrigger';
	workflow: {
		id: string;
		name: string;
		nodes: WorkflowNode[];
		connections: unknown;
		[key: string]: unknown;
	};
	e2e: Expectations;
}

function substitute(
	value: unknown,
	values: Record<string, string> | undefined,
	file: string,
): unknown {
	if (typeof value === 'string' && value.startsWith('@e2e:')) {
		if (!values) return value;
		const key = value.slice('@e2e:'.length);
		if (!(key in values))
			throw new Error(
				`${file}: unknown placeholder ${value}; known: ${Object.keys(values).join(', ')}`,
			);
		return values[key];
	}
	if (Array.isArray(value)) return value.map((v) => substitute(v, values, file));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, substitute(v, values, file)]),
		);
	}
	return value;
}

export interface LoadedWorkflows {
	workflows: WorkflowFile[];
	/** Files that cannot run, with the reason; each is reported as a failed check. */
	problems: string[];
}

/** Reads every workflow file; without `values`, placeholders stay as they are (enough to see what files use). */
export function loadWorkflows(values?: Record<string, string>): LoadedWorkflows {
	const files = readdirSync(WORKFLOW_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
	const seen = new Map<string, string>();
	const workflows: WorkflowFile[] = [];
	const problems: string[] = [];
	for (const file of files) {
		try {
			workflows.push(loadWorkflow(file, values, seen));
		} catch (error) {
			problems.push(
				(error as Error).message.startsWith(file)
					? (error as Error).message
					: `${file}: ${(error as Error).message}`,
			);
		}
	}
	return { workflows, problems };
}

function loadWorkflow(
	file: string,
	values: Record<string, string> | undefined,
	seen: Map<string, string>,
): WorkflowFile {
	const raw = JSON.parse(
		readFileSync(join(WORKFLOW_DIR, file), 'utf8'),
	) as WorkflowFile['workflow'] & { e2e?: Expectations };
	const { e2e = {}, ...rest } = substitute(raw, values, file) as typeof raw;
	const workflow = rest as WorkflowFile['workflow'];
	if (typeof workflow.id !== 'string' || !/^[A-Za-z0-9]{16}$/.test(workflow.id)) {
		throw new Error(
			`${file}: "id" must be 16 letters or digits (n8n's workflow id format), got ${JSON.stringify(workflow.id)}`,
		);
	}
	if (seen.has(workflow.id))
		throw new Error(`${file}: workflow id ${workflow.id} is also used by ${seen.get(workflow.id)}`);
	seen.set(workflow.id, file);
	const types = workflow.nodes.map((n) => n.type);
	const kind = types.includes(TRIGGER_NODE)
		? 'highLevelTrigger'
		: types.includes(POLLING_TRIGGER_NODE)
			? 'pollingTrigger'
			: types.includes(MANUAL_TRIGGER)
				? 'manual'
				: undefined;
	if (!kind)
		throw new Error(
			`${file}: starts neither with a Manual Trigger nor with one of the HighLevel triggers`,
		);
	for (const node of Object.keys(e2e.expect ?? {})) {
		if (!workflow.nodes.some((n) => n.name === node))
			throw new Error(`${file}: e2e.expect names node "${node}", which the workflow lacks`);
	}
	return { file, id: workflow.id, name: workflow.name, kind, workflow, e2e };
}

/** Resources each HighLevel node uses; a node without `resource` uses the node's default. */
export function resourcesUsed(
	workflows: WorkflowFile[],
	defaultResource: string,
): Map<string, string[]> {
	const used = new Map<string, string[]>();
	for (const wf of workflows) {
		for (const node of wf.workflow.nodes.filter((n) => n.type === ACTION_NODE)) {
			const resource = String(node.parameters.resource ?? defaultResource);
			used.set(resource, [...(used.get(resource) ?? []), wf.file]);
		}
	}
	return used;
}

/** Webhook path that starts a manual workflow once its trigger is swapped for a Webhook node. */
export const webhookPathOf = (wf: WorkflowFile) => `e2e-${wf.id}`;

/**
 * For a running n8n (regular or queue mode): the Manual Trigger becomes a production Webhook node, so
 * n8n itself starts the execution (in queue mode: hands it to a worker), as for any live workflow.
 */
export function asWebhookWorkflow(wf: WorkflowFile): WorkflowFile['workflow'] {
	return {
		...wf.workflow,
		nodes: wf.workflow.nodes.map((node) =>
			node.type === MANUAL_TRIGGER
				? {
						...node,
						type: 'n8n-nodes-base.webhook',
						typeVersion: 2,
						webhookId: randomUUID(),
						parameters: {
							httpMethod: 'POST',
							path: webhookPathOf(wf),
							responseMode: 'onReceived',
							options: {},
						},
					}
				: node,
		),
	};
}
