import { LOCATION_ID, PIT_TOKEN, loadOptions } from '../harness/run';
import { newId } from '../fake-highlevel/store';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;

function seedForms(n: number): Rec[] {
	const forms = state.seed.location.collection('forms');
	const made: Rec[] = [];
	for (let i = 0; i < n; i++) {
		const form = { id: newId(), name: `Form ${i}`, locationId: LOCATION_ID };
		forms.set(form.id, form);
		made.push(form);
	}
	return made;
}

/** Submissions one minute apart from `start`; HighLevel lists them newest first. */
function seedSubmissions(n: number, start: number, make: (i: number) => Rec = () => ({})): Rec[] {
	const submissions = state.seed.location.collection('formSubmissions');
	const made: Rec[] = [];
	for (let i = 0; i < n; i++) {
		const submission = {
			id: newId(),
			contactId: `contact${i}`,
			formId: 'formA',
			name: `Person ${i}`,
			email: `person${i}@example.com`,
			createdAt: new Date(start + i * 60_000).toISOString(),
			others: { phone: `+1415555${String(i).padStart(4, '0')}` },
			...make(i),
		};
		submissions.set(submission.id, submission);
		made.push(submission);
	}
	return made;
}

const JAN_2026 = Date.UTC(2026, 0, 5);
const idsOf = (list: Array<{ json: Rec } | Rec>) =>
	list.map((x) => ('json' in x ? (x.json as Rec).id : x.id));

describe('Form › Get Many (skip + limit ≤ 50)', () => {
	it('returns every form, 50 per page, with the location on every page', async () => {
		const { fake } = state;
		const made = seedForms(120);
		const result = await run({ resource: 'form', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual(made);
		const pages = requestsTo(fake, 'GET', /^\/forms\/$/);
		expect(pages[0].headers.version).toBe('2021-07-28');
		expect(pages.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '50' },
			{ locationId: LOCATION_ID, skip: '50', limit: '50' },
			{ locationId: LOCATION_ID, skip: '100', limit: '50' },
		]);
	});

	it('stops at the total, so a full last page costs no extra request', async () => {
		const { fake } = state;
		seedForms(100);
		const result = await run({ resource: 'form', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(100);
		expect(requestsTo(fake, 'GET', /^\/forms\/$/)).toHaveLength(2);
	});

	it('stops at the limit', async () => {
		const { fake } = state;
		const made = seedForms(30);
		const result = await run({
			resource: 'form',
			operation: 'getAll',
			returnAll: false,
			limit: 20,
		});
		expect(result.items.map((i) => i.json)).toEqual(made.slice(0, 20));
		expect(fake.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '20' },
		]);
	});

	it('is paged within HighLevel’s cap: the fake refuses a page of 51 forms', async () => {
		const { fake } = state;
		const response = await fetch(`${fake.baseUrl}/forms/?locationId=${LOCATION_ID}&limit=51`, {
			headers: { Authorization: `Bearer ${PIT_TOKEN}`, Version: '2021-07-28' },
		});
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({
			statusCode: 422,
			message: ['limit must not be greater than 50'],
			error: 'Unprocessable Entity',
		});
	});
});

describe('Form dropdown', () => {
	it('offers every form of the location by name, reading them page by page', async () => {
		const { fake } = state;
		const made = seedForms(70);
		const options = await loadOptions({
			baseUrl: fake.baseUrl,
			parameters: { resource: 'form', operation: 'getAllSubmissions' },
			method: 'getForms',
		});
		const byName = [...made].sort((a, b) => String(a.name).localeCompare(String(b.name)));
		expect(options.map((o) => [o.name, o.value])).toEqual(byName.map((f) => [f.name, f.id]));
		expect(
			requestsTo(fake, 'GET', /^\/forms\/$/).map((r) => [r.query.skip, r.query.limit]),
		).toEqual([
			['0', '50'],
			['50', '50'],
		]);
	});
});

describe('Form › Get Many Submissions (page + limit ≤ 100)', () => {
	it('returns every matching submission, 100 per page, with the filters on every page', async () => {
		const { fake } = state;
		const made = seedSubmissions(260, JAN_2026, (i) => ({
			formId: i % 13 === 0 ? 'formB' : 'formA',
		}));
		seedSubmissions(5, Date.UTC(2026, 1, 15)); // February: outside the range
		const expected = made.filter((s) => s.formId === 'formA').reverse();
		expect(expected).toHaveLength(240);
		const result = await run({
			resource: 'form',
			operation: 'getAllSubmissions',
			returnAll: true,
			filters: {
				formId: 'formA',
				q: 'example.com',
				startAt: '2026-01-01T00:00:00',
				endAt: '2026-01-31T00:00:00',
			},
		});
		expect(result.error).toBeUndefined();
		expect(idsOf(result.items)).toEqual(idsOf(expected));
		expect(result.items[0].json).toEqual(expected[0]);
		const pages = requestsTo(fake, 'GET', /^\/forms\/submissions$/);
		const filters = {
			locationId: LOCATION_ID,
			formId: 'formA',
			q: 'example.com',
			startAt: '2026-01-01',
			endAt: '2026-01-31',
			limit: '100',
		};
		expect(pages.map((r) => r.query)).toEqual([
			{ ...filters, page: '1' },
			{ ...filters, page: '2' },
			{ ...filters, page: '3' },
		]);
	});

	it('stops at the total, so a full last page costs no extra request', async () => {
		const { fake } = state;
		seedSubmissions(200, JAN_2026);
		const result = await run({
			resource: 'form',
			operation: 'getAllSubmissions',
			returnAll: true,
			filters: { startAt: '2026-01-01', endAt: '2026-01-31' },
		});
		expect(result.items).toHaveLength(200);
		expect(new Set(idsOf(result.items)).size).toBe(200);
		expect(requestsTo(fake, 'GET', /^\/forms\/submissions$/).map((r) => r.query.page)).toEqual([
			'1',
			'2',
		]);
	});

	it('keeps pages of 100 past the first when a limit is larger than a page', async () => {
		const { fake } = state;
		const made = seedSubmissions(300, JAN_2026).reverse();
		const filters = { startAt: '2026-01-01', endAt: '2026-01-31' };
		const result = await run({
			resource: 'form',
			operation: 'getAllSubmissions',
			returnAll: false,
			limit: 150,
			filters,
		});
		expect(idsOf(result.items)).toEqual(idsOf(made.slice(0, 150)));
		expect(
			requestsTo(fake, 'GET', /^\/forms\/submissions$/).map((r) => [r.query.page, r.query.limit]),
		).toEqual([
			['1', '100'],
			['2', '100'],
		]);

		fake.requests.length = 0;
		const small = await run({
			resource: 'form',
			operation: 'getAllSubmissions',
			returnAll: false,
			limit: 7,
			filters,
		});
		expect(idsOf(small.items)).toEqual(idsOf(made.slice(0, 7)));
		expect(fake.requests.map((r) => [r.query.page, r.query.limit])).toEqual([['1', '7']]);
	});

	it('gets the last month’s submissions when no dates are given, as HighLevel does', async () => {
		const { fake } = state;
		const [recent] = seedSubmissions(1, Date.now() - 3_600_000);
		seedSubmissions(1, Date.now() - 70 * 86_400_000);
		const result = await run({ resource: 'form', operation: 'getAllSubmissions', returnAll: true });
		expect(idsOf(result.items)).toEqual([recent.id]);
		expect(fake.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, page: '1', limit: '100' },
		]);
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a range that ends before it starts',
			{ filters: { startAt: '2026-02-01', endAt: '2026-01-01' } },
			/Invalid 'Submitted Before' in item 0: expected a day on or after 'Submitted After' \(2026-02-01\)/,
		],
		[
			'a day that does not exist',
			{ filters: { startAt: '2026-02-30' } },
			/Invalid 'Submitted After' in item 0: expected a date that exists/,
		],
		['a form ID with a space', { filters: { formId: 'form A' } }, /Invalid 'Form' in item 0/],
		['a limit of 0', { returnAll: false, limit: 0 }, /Invalid 'Limit' in item 0/],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const { fake } = state;
		const result = await run({ resource: 'form', operation: 'getAllSubmissions', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});
