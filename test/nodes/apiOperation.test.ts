import { readFileSync } from 'node:fs';
import type { IDataObject } from 'n8n-workflow';
import { LOCATION_ID, PIT_TOKEN, searchList } from '../harness/run';
import { newId } from '../fake-highlevel/store';
import { SPEC_CORRECTIONS } from '../fake-highlevel/corrections';
import { API_OPERATIONS } from '../../nodes/HighLevel/apiSpec/apiOperations.generated';
import { OPERATIONS } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { ALL_SCOPES, requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;

/** The API Operation › Call parameters for one operation, by ID. */
function call(key: string, fields: IDataObject = {}): IDataObject {
	return {
		resource: 'apiOperation',
		operation: 'call',
		apiOperation: { __rl: true, mode: 'id', value: key },
		...fields,
	};
}

const pairs = (values: Record<string, string>) => ({
	parameter: Object.entries(values).map(([name, value]) => ({ name, value })),
});

function seed(collection: string, n: number, make: (i: number) => Rec): Rec[] {
	const records = state.seed.location.collection(collection);
	const made: Rec[] = [];
	for (let i = 0; i < n; i++) {
		const record = make(i);
		records.set(String(record.id ?? record._id), record);
		made.push(record);
	}
	return made;
}

const seedBusinesses = (n: number) =>
	seed('businesses', n, (i) => ({ id: newId(), name: `Business ${i}`, locationId: LOCATION_ID }));
const seedProducts = (n: number) =>
	seed('products', n, (i) => {
		const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
		return {
			_id: newId(),
			name: `Product ${i}`,
			productType: 'DIGITAL',
			locationId: LOCATION_ID,
			createdAt: at,
			updatedAt: at,
		};
	});

describe('API Operation › Call', () => {
	it('sends a GET by operationId with the path parameter, the module’s Version and no body', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'ada@example.com', firstName: 'Ada' });
		const result = await run(
			call('contacts/get-contact', { pathParameters: pairs({ contactId: String(contact.id) }) }),
		);
		expect(result.error).toBeUndefined();
		expect(fake.requests).toHaveLength(1);
		const [request] = fake.requests;
		expect([request.method, request.path, request.query, request.body]).toEqual([
			'GET',
			`/contacts/${contact.id}`,
			{},
			undefined,
		]);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			contact: { id: contact.id, email: 'ada@example.com' },
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends a POST with the body as given, the location filled in, and the Version of that module', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'grace@example.com', phone: '+14155550123' });
		const result = await run(
			call('conversations/send-a-new-message', {
				jsonBody: JSON.stringify({ type: 'SMS', contactId: contact.id, message: 'Hello' }),
			}),
		);
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/conversations\/messages$/);
		expect(request.headers.version).toBe(OPERATIONS['conversations/send-a-new-message'].version);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({ type: 'SMS', contactId: contact.id, message: 'Hello' });
		expect(request.query).toEqual({});
		expect(result.items[0].json).toMatchObject({ messageId: expect.any(String) });

		fake.requests.length = 0;
		const made = await run(
			call('businesses/create-business', { jsonBody: '{"name": "Acme Inc.", "city": "Paris"}' }),
		);
		expect(made.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.headers.version])).toEqual([
			['POST', '/businesses/', '2021-07-28'],
		]);
		expect(fake.requests[0].body).toEqual({
			name: 'Acme Inc.',
			city: 'Paris',
			locationId: LOCATION_ID,
		});
		expect(made.items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				success: true,
				buiseness: expect.objectContaining({ name: 'Acme Inc.' }),
			}),
		]);
	});

	it('fills locationId in the query and the path, takes query parameters as fields or JSON, and keeps a locationId given', async () => {
		const { fake } = state;
		seedProducts(3);
		const byFields = await run(
			call('products/list-invoices', {
				queryParameters: pairs({ search: 'Product 1', sortOrder: 'asc' }),
				returnAll: true,
			}),
		);
		expect(byFields.error).toBeUndefined();
		expect(fake.requests[0].query).toEqual({
			locationId: LOCATION_ID,
			search: 'Product 1',
			sortOrder: 'asc',
			offset: '0',
			limit: '100',
		});

		fake.requests.length = 0;
		const byJson = await run(
			call('products/list-invoices', {
				specifyQuery: 'json',
				jsonQuery: '{"search": "Product", "includedInStore": false}',
				limit: 2,
			}),
		);
		expect(byJson.error).toBeUndefined();
		expect(fake.requests[0].query).toEqual({
			locationId: LOCATION_ID,
			search: 'Product',
			includedInStore: 'false',
			offset: '0',
			limit: '2',
		});
		expect(byJson.items).toHaveLength(2);

		fake.requests.length = 0;
		const location = await run(call('locations/get-location'));
		expect(location.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/locations/${LOCATION_ID}`],
		]);

		fake.requests.length = 0;
		const other = await run(
			call('businesses/get-businesses-by-location', {
				queryParameters: pairs({ locationId: 'loc_other_0000000002' }),
			}),
		);
		// Sent as given (the fake, like HighLevel, refuses a location the token is not bound to).
		expect(fake.requests[0].query).toMatchObject({ locationId: 'loc_other_0000000002' });
		expect(other.error?.message).toMatch(/does not have access to this location/);
	});

	it('answers an array with one item per element and a single object as one item', async () => {
		const { seed } = state;
		const contact = seed.location.addContact({ email: 'tags@example.com', tags: ['a'] });
		const result = await run(
			call('contacts/add-tags', {
				pathParameters: pairs({ contactId: String(contact.id) }),
				jsonBody: '{"tags": ["b", "c"]}',
			}),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ tags: expect.arrayContaining(['a', 'b', 'c']) });
	});
});

describe('API Operation › Call checks the request against the spec before sending', () => {
	const refusals: Array<[string, IDataObject, RegExp]> = [
		[
			'an unknown operation',
			call('contacts/no-such-operation'),
			/Invalid 'API Operation' in item 0: expected an operation of HighLevel’s API/,
		],
		[
			'a malformed operation ID',
			{ ...call(''), apiOperation: { __rl: true, mode: 'id', value: '={{ "contacts" }}' } },
			/Invalid 'API Operation' in item 0: expected module\/operationId/,
		],
		[
			'a missing path parameter',
			call('contacts/get-contact'),
			/Invalid 'Path Parameters › contactId' in item 0: expected a value: GET \/contacts\/\{contactId\} needs it/,
		],
		[
			'an unknown path parameter',
			call('contacts/get-contact', { pathParameters: pairs({ contactId: 'abc', id: 'x' }) }),
			/Invalid 'Path Parameters › id' in item 0: expected one of the path's parameters: contactId/,
		],
		[
			'a path parameter that is ..',
			call('contacts/get-contact', { pathParameters: pairs({ contactId: '..' }) }),
			/'Path Parameters › contactId'.*not \. or \.\./,
		],
		[
			'a missing required query parameter',
			call('calendars/get-calendar-events', {
				queryParameters: pairs({ startTime: '1767225600000' }),
			}),
			/Invalid 'Query Parameters › endTime' in item 0: expected a value: GET \/calendars\/events requires it/,
		],
		[
			'an unknown query parameter',
			call('products/list-invoices', { queryParameters: pairs({ serach: 'x' }) }),
			/Invalid 'Query Parameters › serach' in item 0: expected one of the operation's query parameters: limit, offset, locationId, search/,
		],
		[
			'a query number that is not one',
			call('products/list-invoices', { queryParameters: pairs({ limit: 'many' }) }),
			/'Query Parameters › limit' in item 0: expected a number/,
		],
		[
			'a query boolean that is not one',
			call('products/list-invoices', { queryParameters: pairs({ availableInStore: 'yes' }) }),
			/'Query Parameters › availableInStore' in item 0: expected true or false/,
		],
		[
			'a query value outside its enum',
			call('products/list-invoices', { queryParameters: pairs({ sortOrder: 'sideways' }) }),
			/'Query Parameters › sortOrder' in item 0: expected one of asc, desc/,
		],
		[
			'query JSON that is no object',
			call('products/list-invoices', { specifyQuery: 'json', jsonQuery: '[1]' }),
			/'Query Parameters \(JSON\)' in item 0: expected a JSON object/,
		],
		[
			'a body that is not JSON',
			call('businesses/create-business', { jsonBody: '{"name": ' }),
			/Invalid 'Body' in item 0: expected valid JSON/,
		],
		[
			'a body without a required property',
			call('businesses/create-business', { jsonBody: '{"city": "Paris"}' }),
			/Invalid 'Body › name' in item 0: expected a value: HighLevel requires it/,
		],
		[
			'a body property of the wrong type',
			call('businesses/create-business', { jsonBody: '{"name": 42}' }),
			/Invalid 'Body › name' in item 0: expected text/,
		],
		[
			'a body property outside its enum',
			call('opportunities/update-opportunity-status', {
				pathParameters: pairs({ id: 'opp1' }),
				jsonBody: '{"status": "pending"}',
			}),
			/Invalid 'Body › status' in item 0: expected one of open, won, lost, abandoned, all/,
		],
		[
			'a nested body property of the wrong type',
			call('contacts/add-tags', {
				pathParameters: pairs({ contactId: 'c1' }),
				jsonBody: '{"tags": ["a", 2]}',
			}),
			/Invalid 'Body › tags\[1\]' in item 0: expected text/,
		],
		[
			'an unknown body property',
			call('businesses/create-business', { jsonBody: '{"name": "Acme", "nmae": "typo"}' }),
			/Invalid 'Body › nmae' in item 0: expected only the operation's body properties: name, locationId/,
		],
		[
			'a body for an operation without one',
			call('contacts/get-contact', {
				pathParameters: pairs({ contactId: 'c1' }),
				jsonBody: '{"a": 1}',
			}),
			/Invalid 'Body' in item 0: expected no body: GET \/contacts\/\{contactId\} takes none/,
		],
	];

	it.each(refusals)(
		'refuses %s, naming the item and the field, with no request sent',
		async (_what, parameters, message) => {
			const result = await run(parameters);
			expect(result.error?.message).toMatch(/^API Operation › Call: /);
			expect(result.error?.message).toMatch(message);
			expect(state.fake.requests).toEqual([]);
		},
	);

	it('fails only the bad item under Continue On Fail', async () => {
		const { fake } = state;
		seedBusinesses(2);
		const result = await run(
			call('businesses/create-business', { jsonBody: '={{ $json.body }}' }),
			{
				items: [{ body: '{"name": "Good"}' }, { body: '{"name": "Bad", "colour": "red"}' }],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ success: true });
		expect(result.items[1].json.error).toMatch(/Invalid 'Body › colour' in item 1/);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(fake.requests).toHaveLength(1);
	});
});

describe('API Operation › Call pages through lists with Return All and Limit', () => {
	it('pages contacts search by searchAfter, 500 per page', async () => {
		const { fake, seed } = state;
		seed.location.seedContacts(1234);
		const result = await run(
			call('contacts/search-contacts-advanced', {
				jsonBody: '{"query": "example"}',
				returnAll: true,
			}),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1234);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(1234);
		const pages = requestsTo(fake, 'POST', /^\/contacts\/search$/);
		expect(pages).toHaveLength(3);
		expect(pages.map((p) => (p.body as Rec).pageLimit)).toEqual([500, 500, 500]);
		expect(
			pages.every(
				(p) => (p.body as Rec).locationId === LOCATION_ID && (p.body as Rec).query === 'example',
			),
		).toBe(true);
		expect((pages[0].body as Rec).searchAfter).toBeUndefined();
		expect((pages[2].body as Rec).searchAfter).toEqual(expect.any(Array));
	});

	it('pages businesses by skip and limit, and stops at Limit', async () => {
		const { fake } = state;
		seedBusinesses(250);
		const all = await run(call('businesses/get-businesses-by-location', { returnAll: true }));
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(250);
		expect(fake.requests.map((r) => [r.query.skip, r.query.limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '100'],
		]);

		fake.requests.length = 0;
		const some = await run(
			call('businesses/get-businesses-by-location', { returnAll: false, limit: 30 }),
		);
		expect(some.items).toHaveLength(30);
		expect(fake.requests.map((r) => [r.query.skip, r.query.limit])).toEqual([['0', '30']]);
	});

	it('pages products by offset and limit', async () => {
		const { fake } = state;
		const products = seedProducts(230);
		const result = await run(call('products/list-invoices', { returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(230);
		expect(new Set(result.items.map((i) => i.json._id))).toEqual(
			new Set(products.map((p) => p._id)),
		);
		expect(fake.requests.map((r) => [r.query.offset, r.query.limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '100'],
		]);
	});

	it('sends one page as asked when the user sets the page parameters', async () => {
		const { fake } = state;
		seedBusinesses(50);
		const result = await run(
			call('businesses/get-businesses-by-location', {
				queryParameters: pairs({ skip: '10', limit: '5' }),
				returnAll: true,
			}),
		);
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.query.skip, r.query.limit])).toEqual([['10', '5']]);
		expect(result.items).toHaveLength(1);
		expect((result.items[0].json.businesses as Rec[]).map((b) => b.name)).toEqual([
			'Business 10',
			'Business 11',
			'Business 12',
			'Business 13',
			'Business 14',
		]);
	});
});

describe('API Operation › Call fills what the node’s own operations fill', () => {
	it('fills the snake_case location_id from the credential, as it fills locationId', async () => {
		const { fake } = state;
		const result = await run(call('opportunities/search-opportunity', { limit: 5 }));
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'GET', /^\/opportunities\/search$/)[0].query).toMatchObject({
			location_id: LOCATION_ID,
		});
	});

	it.each([
		[
			'objects/search-object-records',
			{ path: { schemaKey: 'custom_objects.pets' }, body: '{"pageLimit": 10}' },
			/^\/objects\/custom_objects\.pets\/records\/search$/,
		],
		[
			'social-media-posting/get-posts',
			{ body: '{"fromDate": "2026-01-01T00:00:00Z", "toDate": "2026-02-01T00:00:00Z"}' },
			/\/posts\/list$/,
		],
	] as const)(
		'sends %s without the body properties its spec wrongly requires, as the fake’s corrections allow',
		async (key, given, path) => {
			const { fake } = state;
			fake.addToken(PIT_TOKEN, {
				locationId: LOCATION_ID,
				userType: 'Location',
				scopes: [...ALL_SCOPES, ...OPERATIONS[key].scopes],
			});
			const result = await run(
				call(key, {
					...('path' in given ? { pathParameters: pairs(given.path) } : {}),
					jsonBody: given.body,
					returnAll: false,
					limit: 10,
				}),
			);
			// The fake checks it against the same corrections: past validation, it has no handler (and
			// a read is resent after its 501).
			const sent = requestsTo(fake, 'POST', path);
			expect(sent.length).toBeGreaterThan(0);
			// Past the spec's check (never its 422); the fake's handler answers for the object it has or has not.
			expect(sent.map((r) => r.status).filter((status) => status === 422)).toEqual([]);
			// Where the fake has a handler the call succeeds; either way no check refused it.
			expect(result.error?.message ?? '').not.toMatch(/Invalid/);
		},
	);
});

describe('API Operation › Call retries', () => {
	it('resends a read after a 5xx but never a create whose outcome is unknown', async () => {
		const { fake } = state;
		fake.injectFault({
			operationKey: 'businesses/get-businesses-by-location',
			times: 1,
			fault: { kind: 'status', status: 503, body: { statusCode: 503, message: 'busy' } },
		});
		const read = await run(call('businesses/get-businesses-by-location'));
		expect(read.error).toBeUndefined();
		expect(requestsTo(fake, 'GET', /^\/businesses\/$/)).toHaveLength(2);

		fake.injectFault({
			operationKey: 'businesses/create-business',
			times: 1,
			fault: { kind: 'status', status: 503, body: { statusCode: 503, message: 'busy' } },
		});
		const create = await run(call('businesses/create-business', { jsonBody: '{"name": "Once"}' }));
		expect(create.error?.message).toMatch(/busy/);
		expect(requestsTo(fake, 'POST', /^\/businesses\/$/)).toHaveLength(1);
	});
});

describe('API Operation › Call scopes', () => {
	it('names the scope the token lacks for the operation called', async () => {
		// Number pools are outside the node's default scopes, so the test token lacks them.
		const result = await run(
			call('phone-system/getNumberPoolList', {
				queryParameters: pairs({ locationId: LOCATION_ID }),
			}),
		);
		expect(state.fake.requests).toHaveLength(1);
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toMatch(/needs the numberpools\.read scope/);
	});
});

describe('API Operation dropdown', () => {
	const base = () => ({ baseUrl: state.fake.baseUrl, parameters: call('') });

	it('lists every operation of the specs as Module › Summary (METHOD /path)', async () => {
		const all = await searchList({ ...base(), method: 'searchApiOperations' });
		expect(all.results).toHaveLength(Object.keys(OPERATIONS).length);
		expect(all.results).toContainEqual({
			name: 'Contacts › Get Contact (GET /contacts/{contactId})',
			value: 'contacts/get-contact',
		});
		expect(all.results).toContainEqual({
			name: 'Social Media Posting › Get posts (POST /social-media-posting/{locationId}/posts/list)',
			value: 'social-media-posting/get-posts',
		});
		expect(state.fake.requests).toEqual([]);
	});

	it('filters by every word typed, in the label or the operation ID', async () => {
		const found = await searchList({
			...base(),
			method: 'searchApiOperations',
			filter: 'business  DELETE',
		});
		expect(found.results).toEqual([
			{
				name: 'Businesses › Delete Business (DELETE /businesses/{businessId})',
				value: 'businesses/delete-Business',
			},
		]);
		const byId = await searchList({
			...base(),
			method: 'searchApiOperations',
			filter: 'get-forms-submissions',
		});
		expect(byId.results.map((r) => r.value)).toEqual(['forms/get-forms-submissions']);
	});
});

describe('The API Operation spec table', () => {
	it('is generated from openapi/ and up to date', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const generator = require('../../scripts/generate-operations.js') as {
			buildApiSpec: () => string;
			apiSpecFile: string;
		};
		expect(readFileSync(generator.apiSpecFile, 'utf8')).toBe(generator.buildApiSpec());
		expect(Object.keys(API_OPERATIONS).sort()).toEqual(Object.keys(OPERATIONS).sort());
	});

	it('corrects the spec where the fake server does: the same required and allowed body properties', () => {
		for (const [key, correction] of Object.entries(SPEC_CORRECTIONS)) {
			const body = API_OPERATIONS[key].b ?? {};
			const required = correction.required ?? (correction.body?.required as string[] | undefined);
			if (required) expect([key, [...(body.r ?? [])].sort()]).toEqual([key, [...required].sort()]);
			for (const extra of correction.extraProperties ?? [])
				expect([key, Object.keys(body.p ?? {})]).toEqual([key, expect.arrayContaining([extra])]);
			const declared = Object.keys((correction.body?.properties as Rec | undefined) ?? {});
			for (const name of declared)
				expect([key, Object.keys(body.p ?? {})]).toEqual([key, expect.arrayContaining([name])]);
		}
	});
});
