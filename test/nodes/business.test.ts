import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { newId } from '../fake-highlevel/store';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

/** Businesses straight into the fake's store, in the order HighLevel lists them. */
function seedBusinesses(n: number) {
	const businesses = state.seed.location.collection('businesses');
	const made = [];
	for (let i = 0; i < n; i++) {
		const business = {
			id: newId(),
			name: `Business ${i}`,
			locationId: LOCATION_ID,
			createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
		};
		businesses.set(business.id, business);
		made.push(business);
	}
	return made;
}

describe('Business › Create, Get, Update, Delete', () => {
	it('creates a business in the location and outputs it', async () => {
		const { fake, seed } = state;
		const result = await run({
			resource: 'business',
			operation: 'create',
			name: 'Acme Inc.',
			additionalFields: {
				email: 'info@acme.example',
				phone: '+1 (415) 555-0100',
				city: 'San Francisco',
				country: 'US',
				website: 'https://acme.example',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/businesses\/$/);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.query).toEqual({});
		expect(request.body).toEqual({
			name: 'Acme Inc.',
			email: 'info@acme.example',
			phone: '+14155550100',
			city: 'San Francisco',
			country: 'US',
			website: 'https://acme.example',
			locationId: LOCATION_ID,
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const business = result.items[0].json;
		expect(business).toMatchObject({
			name: 'Acme Inc.',
			email: 'info@acme.example',
			locationId: LOCATION_ID,
			id: expect.any(String),
		});
		expect(seed.location.collection('businesses').get(business.id as string)).toMatchObject({
			name: 'Acme Inc.',
		});
	});

	it('gets, updates and deletes a business by ID', async () => {
		const { fake, seed } = state;
		const [business] = seedBusinesses(1);

		const got = await run({ resource: 'business', operation: 'get', businessId: business.id });
		expect(got.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/businesses/${business.id}`, {}],
		]);
		expect(got.items.map((i) => i.json)).toEqual([business]);

		const updated = await run({
			resource: 'business',
			operation: 'update',
			businessId: business.id,
			updateFields: { name: 'Acme Holdings', description: 'Rockets and anvils' },
		});
		expect(updated.error).toBeUndefined();
		const [put] = requestsTo(fake, 'PUT', /^\/businesses\//);
		expect(put.path).toBe(`/businesses/${business.id}`);
		expect(put.body).toEqual({ name: 'Acme Holdings', description: 'Rockets and anvils' });
		expect(updated.items[0].json).toMatchObject({
			id: business.id,
			name: 'Acme Holdings',
			description: 'Rockets and anvils',
		});

		const deleted = await run({
			resource: 'business',
			operation: 'delete',
			businessId: business.id,
		});
		expect(deleted.error).toBeUndefined();
		expect(requestsTo(fake, 'DELETE', /^\/businesses\//).map((r) => r.path)).toEqual([
			`/businesses/${business.id}`,
		]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: business.id, deleted: true }]);
		expect(seed.location.collection('businesses').size).toBe(0);
	});

	it('fails the item with HighLevel’s message for an unknown business', async () => {
		const result = await run({
			resource: 'business',
			operation: 'get',
			businessId: 'noSuchBusiness',
		});
		expect(result.error?.message).toMatch(/Business › Get: Business not found/);
	});
});

describe('Business › Get Many (skip + limit)', () => {
	it('returns every business, 100 per page, keeping the location on every page', async () => {
		const { fake } = state;
		const made = seedBusinesses(250);
		const result = await run({ resource: 'business', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(made.map((b) => b.id));
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		const pages = requestsTo(fake, 'GET', /^\/businesses\/$/);
		expect(pages.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '100' },
			{ locationId: LOCATION_ID, skip: '100', limit: '100' },
			{ locationId: LOCATION_ID, skip: '200', limit: '100' },
		]);
	});

	it('needs one empty page after a full last page, since HighLevel gives no total here', async () => {
		const { fake } = state;
		seedBusinesses(200);
		const result = await run({ resource: 'business', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(200);
		const pages = requestsTo(fake, 'GET', /^\/businesses\/$/);
		expect(pages.map((r) => r.query.skip)).toEqual(['0', '100', '200']);
	});

	it('stops at the limit, asking only for what is still missing', async () => {
		const { fake } = state;
		const made = seedBusinesses(180);
		const small = await run({
			resource: 'business',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
		});
		expect(small.items.map((i) => i.json.id)).toEqual(made.slice(0, 30).map((b) => b.id));
		expect(requestsTo(fake, 'GET', /^\/businesses\/$/).map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '30' },
		]);

		fake.requests.length = 0;
		const large = await run({
			resource: 'business',
			operation: 'getAll',
			returnAll: false,
			limit: 150,
		});
		expect(large.items.map((i) => i.json.id)).toEqual(made.slice(0, 150).map((b) => b.id));
		expect(
			requestsTo(fake, 'GET', /^\/businesses\/$/).map((r) => [r.query.skip, r.query.limit]),
		).toEqual([
			['0', '100'],
			['100', '50'],
		]);
	});
});

describe('Business › reliability and input checks', () => {
	it('does not resend a create that met a server error', async () => {
		const { fake, seed } = state;
		fake.injectFault({
			method: 'POST',
			path: '/businesses/',
			fault: { kind: 'status', status: 502 },
		});
		const result = await run({ resource: 'business', operation: 'create', name: 'Once Ltd' });
		expect(result.error?.message).toMatch(/Business › Create: Bad Gateway/);
		expect(requestsTo(fake, 'POST', /^\/businesses\/$/)).toHaveLength(1);
		expect(seed.location.collection('businesses').size).toBe(0);
	});

	it('retries an update and a delete after a 503', async () => {
		const { fake, seed } = state;
		const [business] = seedBusinesses(1);
		const path = `/businesses/${business.id}`;
		fake.injectFault({ method: 'PUT', path, fault: { kind: 'status', status: 503 } });
		const updated = await run({
			resource: 'business',
			operation: 'update',
			businessId: business.id,
			updateFields: { city: 'Oslo' },
		});
		expect(updated.error).toBeUndefined();
		expect(requestsTo(fake, 'PUT', /^\/businesses\//).map((r) => r.status)).toEqual([503, 200]);
		expect(updated.items[0].json).toMatchObject({ city: 'Oslo' });

		fake.injectFault({ method: 'DELETE', path, fault: { kind: 'status', status: 503 } });
		const deleted = await run({
			resource: 'business',
			operation: 'delete',
			businessId: business.id,
		});
		expect(deleted.error).toBeUndefined();
		expect(requestsTo(fake, 'DELETE', /^\/businesses\//).map((r) => r.status)).toEqual([503, 200]);
		expect(seed.location.collection('businesses').size).toBe(0);
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a name that resolves to nothing',
			{ operation: 'create', name: '={{ $json.none }}' },
			/Invalid 'Name' in item 0/,
		],
		[
			'a malformed email',
			{ operation: 'create', name: 'X', additionalFields: { email: 'not-an-email' } },
			/Invalid 'Email' in item 0: expected an email address/,
		],
		[
			'a phone without country code',
			{ operation: 'create', name: 'X', additionalFields: { phone: '555-0100' } },
			/Invalid 'Phone' in item 0/,
		],
		[
			'an update with nothing to change',
			{ operation: 'update', businessId: 'abc', updateFields: {} },
			/Invalid 'Update Fields' in item 0/,
		],
		[
			'an update that empties the name',
			{ operation: 'update', businessId: 'abc', updateFields: { name: ' ' } },
			/Invalid 'Name' in item 0: expected a new name/,
		],
		[
			'an ID with a slash',
			{ operation: 'delete', businessId: '../contacts/x' },
			/Invalid 'Business ID' in item 0/,
		],
		[
			'a limit of 0',
			{ operation: 'getAll', returnAll: false, limit: 0 },
			/Invalid 'Limit' in item 0/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const { fake } = state;
		const result = await run({ resource: 'business', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});
