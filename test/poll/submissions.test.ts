import { newId } from '../fake-highlevel/store';
import { LOCATION_ID } from '../harness/run';
import { requestsTo } from '../nodes/setup';
import { at, ids, location } from './setup';
import { usePolling } from './setup';

const { state, poller } = usePolling();
const NOW = Date.now();
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function submit(
	collection: 'formSubmissions' | 'surveySubmissions',
	ms: number,
	extra: Record<string, unknown> = {},
) {
	const submission = {
		id: newId(),
		contactId: newId(),
		name: 'Ada',
		email: 'ada@example.com',
		createdAt: at(ms),
		locationId: LOCATION_ID,
		others: {},
		...extra,
	};
	location(state.fake).collection(collection).set(submission.id, submission);
	return submission;
}

describe('Polling trigger › New Form Submission (GET /forms/submissions)', () => {
	it('asks from the day before the position and emits each submission once', async () => {
		submit('formSubmissions', NOW - 3_600_000, { formId: 'formA' });
		const p = poller({ event: 'formSubmitted', formId: 'formA' });
		await p.tick();
		state.fake.requests.length = 0;
		expect((await p.tick()).items).toEqual([]);
		const pages = requestsTo(state.fake, 'GET', /^\/forms\/submissions$/);
		expect(pages.map((r) => r.query)).toEqual([
			{
				locationId: LOCATION_ID,
				formId: 'formA',
				startAt: day(NOW - 3_600_000 - 86_400_000),
				endAt: day(Date.now() + 86_400_000),
				page: '1',
				limit: '100',
			},
		]);
		const a = submit('formSubmissions', NOW - 60_000, { formId: 'formA' });
		submit('formSubmissions', NOW - 50_000, { formId: 'otherForm' });
		const b = submit('formSubmissions', NOW - 40_000, { formId: 'formA' });
		expect(ids((await p.tick()).items)).toEqual([a.id, b.id]);
		expect((await p.tick()).items).toEqual([]);
	});

	it('reads newest-first pages only back to the position, and drains a backlog oldest first', async () => {
		const p = poller({ event: 'formSubmitted', options: { maxItems: 150 } });
		await p.tick();
		const backlog = Array.from({ length: 250 }, (_, i) =>
			submit('formSubmissions', NOW + i * 1000),
		);
		const counts: number[] = [];
		const emitted: unknown[] = [];
		for (let i = 0; i < 3; i++) {
			state.fake.requests.length = 0;
			emitted.push(...ids((await p.tick()).items));
			counts.push(requestsTo(state.fake, 'GET', /^\/forms\/submissions$/).length);
		}
		expect(emitted).toEqual(backlog.map((s) => s.id));
		// Newest first, a poll reads until a page reaches back past where it must start: the mark
		// less the two-minute overlap (here 120 submissions a second apart). All three pages for the
		// first 150; all three again for the 100 left (the overlap reaches into the last page); two
		// for the idle poll, whose overlap still holds 120 submissions.
		expect(counts).toEqual([3, 3, 2]);
	});
});

describe('Polling trigger › New Survey Submission (GET /surveys/submissions)', () => {
	it('emits a new submission of the chosen survey once', async () => {
		const p = poller({ event: 'surveySubmitted', surveyId: 'survey1' });
		await p.tick();
		const s = submit('surveySubmissions', NOW - 1000, { surveyId: 'survey1' });
		submit('surveySubmissions', NOW - 500, { surveyId: 'survey2' });
		const fired = await p.tick();
		expect(fired.error).toBeUndefined();
		expect(ids(fired.items)).toEqual([s.id]);
		expect((await p.tick()).items).toEqual([]);
		expect(
			requestsTo(state.fake, 'GET', /^\/surveys\/submissions$/).every(
				(r) => r.query.surveyId === 'survey1',
			),
		).toBe(true);
	});
});
