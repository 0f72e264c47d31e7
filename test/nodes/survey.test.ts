import { addSurvey, addSurveySubmission } from '../fake-highlevel/handlers/surveys';
import { LOCATION_ID, loadOptions } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Survey', () => {
	it('lists the surveys 50 a page up to HighLevel’s total, and the Survey dropdown shows them', async () => {
		for (let i = 0; i < 60; i++)
			addSurvey(state.seed.location, `Survey ${String(i).padStart(2, '0')}`);
		const all = await run({ resource: 'survey', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(requestsTo(state.fake, 'GET', /^\/surveys\/$/).map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '50' },
			{ locationId: LOCATION_ID, skip: '50', limit: '50' },
		]);
		expect(all.items).toHaveLength(60);
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'survey', operation: 'getAllSubmissions' },
			method: 'getSurveys',
		});
		expect(options).toHaveLength(60);
		expect(options[0]).toMatchObject({ name: 'Survey 00' });
	});

	it('lists a survey’s submissions in a date range, page by page', async () => {
		const survey = addSurvey(state.seed.location, 'Satisfaction');
		const other = addSurvey(state.seed.location, 'Intake');
		const contact = state.seed.location.addContact({
			firstName: 'Grace',
			email: 'grace@example.com',
		});
		for (let i = 0; i < 120; i++)
			addSurveySubmission(
				state.seed.location,
				survey,
				contact,
				new Date(Date.UTC(2026, 1, 1, 0, i)).toISOString(),
			);
		addSurveySubmission(state.seed.location, other, contact, '2026-02-01T10:00:00.000Z');
		addSurveySubmission(state.seed.location, survey, contact, '2026-03-05T10:00:00.000Z');
		const result = await run({
			resource: 'survey',
			operation: 'getAllSubmissions',
			returnAll: true,
			filters: { surveyId: survey.id, startAt: '2026-02-01', endAt: '2026-02-28T23:00:00Z' },
		});
		expect(result.error).toBeUndefined();
		const base = {
			locationId: LOCATION_ID,
			surveyId: String(survey.id),
			startAt: '2026-02-01',
			endAt: '2026-02-28',
		};
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/surveys/submissions', { ...base, page: '1', limit: '100' }],
			['GET', '/surveys/submissions', { ...base, page: '2', limit: '100' }],
		]);
		expect(result.items).toHaveLength(120);
		expect(result.items[0].json).toMatchObject({
			surveyId: survey.id,
			contactId: contact.id,
			email: 'grace@example.com',
		});
	});

	it.each([
		[
			'a range that ends before it starts',
			{ filters: { startAt: '2026-03-01', endAt: '2026-02-01' } },
			/Survey › Get Many Submissions: Invalid 'Submitted Before' in item 0: expected a day on or after 'Submitted After'/,
		],
		[
			'a date that is not one',
			{ filters: { startAt: 'yesterday' } },
			/Invalid 'Submitted After' in item 0/,
		],
		[
			'a survey ID with a slash',
			{ filters: { surveyId: 'a/b' } },
			/Invalid 'Survey' in item 0: expected an ID/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({
			resource: 'survey',
			operation: 'getAllSubmissions',
			returnAll: true,
			...parameters,
		});
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
