/**
 * The polling trigger in a running n8n: activated with "every minute", it records where HighLevel
 * stands, then starts the workflow once for a contact created in the fake, and not again.
 */
import assert from 'node:assert/strict';
import type { RecordedRequest } from '../fake-highlevel';
import { CASES } from './cases';
import type { Fixture } from './fixture';
import type { PublicApi } from './lib/n8n';
import { delay, waitFor } from './lib/processes';
import type { Report } from './lib/report';
import { checkRunBasics, keepOutput, RunView } from './lib/runs';
import { POLLING_TRIGGER_NODE, type WorkflowFile } from './lib/workflows';

interface PollingContext {
	label: string;
	api: PublicApi;
	fixture: Fixture;
	report: Report;
	executionIds: string[];
}

/** A minute between polls, plus what n8n and a loaded machine may add. */
const POLL_WAIT_MS = 200_000;

export async function checkPollingWorkflow(wf: WorkflowFile, ctx: PollingContext): Promise<void> {
	const { api, fixture, report, label } = ctx;
	const trigger = wf.workflow.nodes.find((n) => n.type === POLLING_TRIGGER_NODE);
	assert.ok(trigger, `${wf.file}: no polling trigger`);
	const tag = String(trigger.parameters.tag);
	// The trigger's own requests: contact searches filtered by its tag. One reading from a position
	// (oldest first, from a date) shows that the position of an earlier poll was kept.
	const isPoll = (r: RecordedRequest) =>
		r.path === '/contacts/search' && JSON.stringify(r.body).includes(`"value":"${tag}"`);
	const fromPosition = (r: RecordedRequest) =>
		isPoll(r) && JSON.stringify(r.body).includes('"direction":"asc"');
	const pollsAfter = async (index: number, what: string) =>
		await waitFor(what, () => fixture.fake.requests.slice(index).find(fromPosition), POLL_WAIT_MS);
	const known = new Set((await api.executions(wf.id)).map((e) => String(e.id)));

	await report.check(
		`${label} ${wf.file}: an active polling trigger fires once for a new contact, and not again`,
		async () => {
			await pollsAfter(0, 'the polling trigger to poll from a recorded position');
			assert.deepEqual(
				(await api.executions(wf.id)).filter((e) => !known.has(String(e.id))).map((e) => e.id),
				[],
				'the trigger emitted contacts that existed before activation',
			);
			const before = fixture.fake.requests.length;
			fixture.demo.addContact({ firstName: 'Polly', email: 'polled@example.com', tags: [tag] });
			const execution = await api.nextFinishedExecution(wf.id, known, POLL_WAIT_MS);
			known.add(String(execution.id));
			ctx.executionIds.push(String(execution.id));
			const run = new RunView(
				wf,
				execution,
				fixture.fake.requests.slice(before),
				String(execution.id),
			);
			keepOutput(label, run);
			checkRunBasics(run);
			CASES[wf.id]?.(run, fixture);
			// The next poll reads from after the contact and starts nothing.
			const after = fixture.fake.requests.length;
			await pollsAfter(after, 'the next poll after the execution');
			await delay(5000);
			const again = (await api.executions(wf.id)).filter((e) => !known.has(String(e.id)));
			assert.deepEqual(
				again.map((e) => e.id),
				[],
				'the same contact started the workflow again',
			);
		},
	);
}
