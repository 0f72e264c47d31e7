/**
 * What every workflow run must show, whichever way n8n ran it (CLI, main process, queue worker),
 * plus the checks a workflow file declares in its `e2e` block.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { RecordedRequest } from '../../fake-highlevel';
import { E2E_DIR } from './n8n';
import { ACTION_NODE, type WorkflowFile } from './workflows';

export type Item = { json: Record<string, unknown>; pairedItem?: unknown };

interface RunData {
	[node: string]: Array<{ data?: { main?: Array<Item[] | null> }; error?: { message?: string } }>;
}

function describeShape(value: unknown, depth = 0): string {
	if (value === null || typeof value !== 'object') return typeof value;
	if (depth >= 2) return Array.isArray(value) ? '[…]' : '{…}';
	const entries = Object.entries(value as Record<string, unknown>).slice(0, 24);
	return `{${entries.map(([k, v]) => `${k}: ${describeShape(v, depth + 1)}`).join(', ')}}`;
}

/** One finished execution as the suite sees it. */
export class RunView {
	readonly runData: RunData;
	readonly error?: string;

	constructor(
		readonly wf: WorkflowFile,
		execution: unknown,
		/** The requests the fake HighLevel received while it ran. */
		readonly requests: RecordedRequest[],
		readonly executionId?: string,
	) {
		const resultData = (
			execution as { data?: { resultData?: { runData?: RunData; error?: { message?: string } } } }
		).data?.resultData;
		this.runData = resultData?.runData ?? {};
		this.error = resultData?.error ? String(resultData.error.message) : undefined;
		this.shape = describeShape(execution);
	}

	/** The execution's keys two levels deep, for a failure that finds no run data. */
	private readonly shape: string;

	/** All items of the node's first output, over all its runs. */
	output(node: string): Item[] {
		const runs = this.runData[node];
		assert.ok(
			runs,
			`node "${node}" did not run; nodes that ran: ${Object.keys(this.runData).join(', ')}` +
				(Object.keys(this.runData).length ? '' : ` (the execution n8n returned: ${this.shape})`),
		);
		return runs.flatMap((r) => r.data?.main?.[0] ?? []);
	}
}

/**
 * Parses `n8n execute --rawOutput`: the IRun as indented JSON, among log lines (which may hold
 * braces of their own), so each top-level "{" line is tried up to the last top-level "}" line.
 */
export function parseRawOutput(stdout: string): unknown {
	const text = `\n${stdout}`;
	const end = text.lastIndexOf('\n}');
	for (
		let start = text.indexOf('\n{');
		start >= 0 && start < end;
		start = text.indexOf('\n{', start + 1)
	) {
		try {
			return JSON.parse(text.slice(start + 1, end + 2));
		} catch {
			// A log line, not the run data.
		}
	}
	throw new Error(`n8n execute printed no run data:\n${stdout.slice(-2000)}`);
}

function contains(actual: unknown, expected: unknown): boolean {
	if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
		return (
			!!actual &&
			typeof actual === 'object' &&
			Object.entries(expected).every(([k, v]) =>
				contains((actual as Record<string, unknown>)[k], v),
			)
		);
	}
	return isDeepStrictEqual(actual, expected);
}

/** Each run's output per node, kept for reading when a check fails or a workflow is being written. */
export function keepOutput(label: string, run: RunView): void {
	const dir = join(E2E_DIR, 'runs', label.replace(/\W/g, ''));
	mkdirSync(dir, { recursive: true });
	const outputs = Object.fromEntries(
		Object.keys(run.runData).map((node) => [node, run.output(node).map((i) => i.json)]),
	);
	writeFileSync(
		join(dir, run.wf.file),
		JSON.stringify({ executionId: run.executionId, error: run.error, outputs }, null, '\t'),
	);
}

export function checkRunBasics(run: RunView): void {
	assert.equal(run.error, undefined, `the workflow failed: ${run.error}`);
	const { workflow, e2e } = run.wf;
	for (const node of workflow.nodes) {
		const items = run.output(node.name);
		const failed = run.runData[node.name].find((r) => r.error);
		assert.equal(failed, undefined, `node "${node.name}" failed: ${failed?.error?.message}`);
		const expected = e2e.expect?.[node.name];
		if (expected?.items !== undefined) {
			assert.equal(
				items.length,
				expected.items,
				`node "${node.name}" gave ${items.length} items, expected ${expected.items}`,
			);
		} else if (node.type === ACTION_NODE) {
			assert.ok(items.length > 0, `node "${node.name}" gave no items`);
		}
		const continues =
			node.continueOnFail === true ||
			(node.onError !== undefined && node.onError !== 'stopWorkflow');
		if (node.type === ACTION_NODE && !continues) {
			const errored = items.find((i) => i.json.error !== undefined);
			assert.equal(
				errored,
				undefined,
				`node "${node.name}" output an error item: ${JSON.stringify(errored?.json)}`,
			);
		}
		if (expected?.includes) {
			assert.ok(
				items.some((item) => contains(item.json, expected.includes)),
				`no item of node "${node.name}" contains ${JSON.stringify(expected.includes)}`,
			);
		}
		if (expected?.json) {
			items.forEach((item, index) =>
				assert.ok(
					contains(item.json, expected.json),
					`node "${node.name}" item ${index} lacks ${JSON.stringify(expected.json)}: ${JSON.stringify(item.json).slice(0, 600)}`,
				),
			);
		}
	}
	const allowed = new Set(e2e.httpErrors ?? []);
	// A 429 is HighLevel asking to wait, not a contract break: the node waits and resends, and one
	// that reached the user would have failed the run above. In main and queue mode every workflow
	// runs at once against one sub-account, so absorbed 429s come and go with the machine's timing
	// (how few there are is the benchmark's to measure).
	const broken = run.requests.filter(
		(r) => (r.status >= 400 || r.status < 0) && r.status !== 429 && !allowed.has(r.status),
	);
	assert.deepEqual(
		broken.map((r) => `${r.method} ${r.path} -> ${r.status}`),
		[],
		'the fake HighLevel refused requests (a contract break, or an unexpected error; list expected statuses in e2e.httpErrors)',
	);
}
