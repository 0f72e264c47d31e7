import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Contact › Create', () => {
	it('sends the contact, its custom fields and the location, and outputs the new contact', async () => {
		const { fake, seed } = state;
		const result = await run({
			resource: 'contact',
			operation: 'create',
			email: 'grace@example.com',
			phone: '+1 (415) 555-0100',
			columns: {
				mappingMode: 'defineBelow',
				value: {
					firstName: 'Grace',
					lastName: 'Hopper',
					tags: ['vip', 'navy'],
					country: 'us',
					dateOfBirth: '1906-12-09',
					// A custom field by its key, and by its ID (a column kept from a form built elsewhere).
					'contact.favourite_colour': 'Blue',
					[String(seed.interests.id)]: 'Boats, Planes',
				},
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/contacts\/$/);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.body).toEqual({
			email: 'grace@example.com',
			phone: '+14155550100',
			firstName: 'Grace',
			lastName: 'Hopper',
			tags: ['vip', 'navy'],
			country: 'US',
			dateOfBirth: '1906-12-09',
			locationId: LOCATION_ID,
			customFields: [
				{ id: seed.colour.id, field_value: 'Blue' },
				{ id: seed.interests.id, field_value: ['Boats', 'Planes'] },
			],
		});
		expect(result.items).toHaveLength(1);
		const contact = result.items[0].json;
		expect(contact).toMatchObject({
			email: 'grace@example.com',
			firstName: 'Grace',
			locationId: LOCATION_ID,
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(seed.location.contacts.get(contact.id as string)).toBeDefined();
	});

	it('fails the item with HighLevel’s message when the location forbids the duplicate', async () => {
		const { fake, seed } = state;
		seed.location.addContact({ email: 'dup@example.com', firstName: 'First' });
		const result = await run({
			resource: 'contact',
			operation: 'create',
			email: 'dup@example.com',
		});
		expect(result.error?.message).toMatch(
			/Contact › Create: This location does not allow duplicated contacts/,
		);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
		expect(seed.location.contacts.size).toBe(1);
	});

	it('does not resend a create that met a server error, so nothing is created twice', async () => {
		const { fake, seed } = state;
		fake.injectFault({
			method: 'POST',
			path: '/contacts/',
			fault: { kind: 'status', status: 502 },
		});
		const result = await run({
			resource: 'contact',
			operation: 'create',
			email: 'once@example.com',
		});
		expect(result.error?.message).toMatch(/Contact › Create: Bad Gateway/);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
		expect(seed.location.contacts.size).toBe(0);
	});

	it('reports a create whose answer was lost as possibly applied, and does not resend it', async () => {
		const { fake, seed } = state;
		fake.injectFault({ method: 'POST', path: '/contacts/', fault: { kind: 'reset-after' } });
		const result = await run({
			resource: 'contact',
			operation: 'create',
			email: 'lost@example.com',
		});
		expect(result.error?.message).toMatch(/may have been applied and was not resent/);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
		expect(seed.location.contacts.size).toBe(1);
	});
});

describe('Contact › Create or Update', () => {
	it('creates with an email alone, then updates the same contact', async () => {
		const { seed } = state;
		const first = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'Lin@Example.com',
			columns: { mappingMode: 'defineBelow', value: { firstName: 'Lin' } },
		});
		expect(first.error).toBeUndefined();
		expect(first.items[0].json).toMatchObject({ new: true, firstName: 'Lin' });
		const second = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'lin@example.com',
			columns: { mappingMode: 'defineBelow', value: { lastName: 'Clark' } },
		});
		expect(second.items[0].json).toMatchObject({
			new: false,
			id: first.items[0].json.id,
			lastName: 'Clark',
		});
		expect(seed.location.contacts.size).toBe(1);
	});

	it('works with a phone alone', async () => {
		const { fake } = state;
		const result = await run({
			resource: 'contact',
			operation: 'upsert',
			phone: '+44 20 7946 0958',
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/contacts\/upsert$/)[0].body).toEqual({
			phone: '+442079460958',
			locationId: LOCATION_ID,
		});
	});

	it('retries an upsert after a 503, since it cannot create twice', async () => {
		const { fake, seed } = state;
		fake.injectFault({
			method: 'POST',
			path: '/contacts/upsert',
			fault: { kind: 'status', status: 503 },
		});
		const result = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'retry@example.com',
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/contacts\/upsert$/)).toHaveLength(2);
		expect(seed.location.contacts.size).toBe(1);
	});

	it('waits out a 429 as HighLevel’s headers say and then succeeds', async () => {
		const { fake } = state;
		fake.injectFault({
			method: 'POST',
			path: '/contacts/upsert',
			fault: {
				kind: 'status',
				status: 429,
				body: { statusCode: 429, message: 'Too Many Requests' },
				headers: {
					'X-RateLimit-Remaining': '0',
					'X-RateLimit-Max': '100',
					'X-RateLimit-Interval-Milliseconds': '50',
				},
			},
		});
		const result = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'patient@example.com',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email: 'patient@example.com' });
		const attempts = requestsTo(fake, 'POST', /^\/contacts\/upsert$/);
		expect(attempts.map((r) => r.status)).toEqual([429, expect.any(Number)]);
	});
});

describe('Contact › Get, Update, Delete', () => {
	it('gets, updates (with a custom field by key) and deletes a contact', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'kay@example.com', firstName: 'Kay' });
		const got = await run({ resource: 'contact', operation: 'get', contactId: contact.id });
		expect(got.items[0].json).toMatchObject({ id: contact.id, email: 'kay@example.com' });

		const updated = await run({
			resource: 'contact',
			operation: 'update',
			contactId: contact.id,
			columns: {
				mappingMode: 'defineBelow',
				value: { lastName: 'Nakamura', dnd: true, favourite_colour: 'Green' },
			},
		});
		expect(updated.error).toBeUndefined();
		const put = requestsTo(fake, 'PUT', /^\/contacts\//)[0];
		expect(put.path).toBe(`/contacts/${contact.id}`);
		expect(put.body).toEqual({
			lastName: 'Nakamura',
			dnd: true,
			customFields: [{ id: seed.colour.id, field_value: 'Green' }],
		});
		expect(seed.location.contacts.get(contact.id as string)).toMatchObject({
			lastName: 'Nakamura',
		});

		const deleted = await run({ resource: 'contact', operation: 'delete', contactId: contact.id });
		expect(deleted.items[0].json).toEqual({ id: contact.id, deleted: true });
		expect(seed.location.contacts.has(contact.id as string)).toBe(false);
	});

	it('encodes an ID so it can never change the path', async () => {
		const { fake } = state;
		const result = await run(
			{ resource: 'contact', operation: 'get', contactId: 'abc%2F..' },
			{ onError: 'continueRegularOutput' },
		);
		expect(result.items).toHaveLength(1);
		const [request] = fake.requests;
		expect(request.path).toBe('/contacts/abc%252F..');
	});

	it('rejects an ID with a slash before any request', async () => {
		const { fake } = state;
		const result = await run({
			resource: 'contact',
			operation: 'delete',
			contactId: '../locations/x',
		});
		expect(result.error?.message).toMatch(/Invalid 'Contact ID' in item 0/);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Contact › Get Many', () => {
	it('returns all contacts matching the filters, 500 per page, keeping every filter on later pages', async () => {
		const { fake, seed } = state;
		const ada = seed.ada.id as string;
		seed.location.seedContacts(1234, (i) => ({
			email: `c${i}@example.com`,
			tags: i % 2 === 0 ? ['even'] : ['odd'],
			assignedTo: ada,
			dateAdded: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
		}));
		const result = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { tag: 'even', assignedTo: ada, dateAddedAfter: '2026-01-01T00:00:00Z' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(617);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(617);
		const pages = requestsTo(fake, 'POST', /^\/contacts\/search$/);
		expect(pages).toHaveLength(2);
		for (const page of pages) {
			expect(page.body).toMatchObject({
				locationId: LOCATION_ID,
				pageLimit: 500,
				filters: [
					{ field: 'tags', operator: 'eq', value: 'even' },
					{ field: 'assignedTo', operator: 'eq', value: ada },
					{ field: 'dateAdded', operator: 'range', value: { gte: '2026-01-01T00:00:00Z' } },
				],
			});
		}
		expect((pages[0].body as { searchAfter?: unknown }).searchAfter).toBeUndefined();
		expect((pages[1].body as { searchAfter?: unknown }).searchAfter).toEqual(expect.any(Array));
		expect(
			result.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0),
		).toBe(true);
	});

	it('uses exactly ceil(N/500) requests, even when the last page is full', async () => {
		const { fake, seed } = state;
		seed.location.seedContacts(1000);
		const result = await run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(1000);
		expect(requestsTo(fake, 'POST', /^\/contacts\/search$/)).toHaveLength(2);
	});

	it('stops at the limit with one request of that size', async () => {
		const { fake, seed } = state;
		seed.location.seedContacts(80);
		const result = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
			filters: { query: 'example' },
		});
		expect(result.items).toHaveLength(30);
		const pages = requestsTo(fake, 'POST', /^\/contacts\/search$/);
		expect(pages).toHaveLength(1);
		expect(pages[0].body).toMatchObject({ pageLimit: 30, query: 'example' });
	});
});

describe('Contact › memberships', () => {
	it('adds and removes tags, followers, a workflow and a campaign', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'm@example.com', tags: ['keep'] });
		const id = c.id as string;
		const steps = [
			{ operation: 'addTags', tags: ['new-lead', 'hot'] },
			{ operation: 'removeTags', tags: 'hot' },
			{ operation: 'addFollowers', followers: [seed.ada.id, seed.alan.id] },
			{ operation: 'removeFollowers', followers: [seed.alan.id] },
			{
				operation: 'addToWorkflow',
				workflowId: seed.onboarding.id,
				options: { eventStartTime: '2026-02-01T10:00:00Z' },
			},
			{ operation: 'removeFromWorkflow', workflowId: seed.onboarding.id },
			{ operation: 'addToCampaign', campaignId: seed.spring.id },
			{ operation: 'removeFromCampaign', campaignId: seed.spring.id },
		];
		for (const step of steps) {
			const result = await run({ resource: 'contact', contactId: id, ...step });
			expect({ step: step.operation, error: result.error?.message }).toEqual({
				step: step.operation,
				error: undefined,
			});
			expect(result.items[0].json).toMatchObject({ contactId: id, success: true });
		}
		expect(seed.location.contacts.get(id)?.tags).toEqual(['keep', 'new-lead']);
		expect(seed.location.contacts.get(id)?.followers).toEqual([seed.ada.id]);
		expect(requestsTo(fake, 'POST', /\/workflow\//)[0]).toMatchObject({
			path: `/contacts/${id}/workflow/${seed.onboarding.id}`,
			body: { eventStartTime: '2026-02-01T10:00:00Z' },
		});
		expect(requestsTo(fake, 'DELETE', /\/tags$/)[0].body).toEqual({ tags: ['hot'] });
		expect(seed.location.workflowEnrolments.size).toBe(0);
		expect(seed.location.campaignEnrolments.size).toBe(0);
	});

	it('finds the duplicate a phone would make, and says so when there is none', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'd@example.com', phone: '+14155550199' });
		const found = await run({
			resource: 'contact',
			operation: 'findDuplicate',
			phone: '+1 415 555 0199',
		});
		expect(found.items[0].json).toMatchObject({ found: true, id: c.id });
		expect(fake.requests[0].query).toEqual({ locationId: LOCATION_ID, number: '+14155550199' });
		const none = await run({
			resource: 'contact',
			operation: 'findDuplicate',
			email: 'nobody@example.com',
		});
		expect(none.items[0].json).toEqual({ found: false });
	});
});

describe('Contact › input checks', () => {
	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a malformed email',
			{ operation: 'create', email: 'not-an-email' },
			/Invalid 'Email' in item 0: expected an email address/,
		],
		[
			'a phone without country code',
			{ operation: 'upsert', phone: '415-555' },
			/Invalid 'Phone' in item 0: expected a phone number in E\.164/,
		],
		[
			'an impossible date',
			{
				operation: 'create',
				email: 'a@example.com',
				columns: { mappingMode: 'defineBelow', value: { dateOfBirth: '2026-02-30' } },
			},
			/Invalid 'Date of Birth' in item 0/,
		],
		[
			'no email nor phone to match on',
			{ operation: 'upsert', columns: { mappingMode: 'defineBelow', value: { firstName: 'X' } } },
			/Invalid 'Email' in item 0: expected an email or a phone/,
		],
		[
			'a missing contact ID',
			{ operation: 'get', contactId: '={{ $json.none }}' },
			/Invalid 'Contact ID' in item 0/,
		],
		[
			'an update with nothing to change',
			{ operation: 'update', contactId: 'abc', columns: { mappingMode: 'defineBelow', value: {} } },
			/Invalid 'Fields' in item 0/,
		],
		[
			'an unknown custom field key',
			{
				operation: 'create',
				email: 'a@example.com',
				columns: { mappingMode: 'defineBelow', value: { 'contact.nope': 'x' } },
			},
			/Invalid 'Fields › contact.nope' in item 0/,
		],
		[
			'a two-word country',
			{
				operation: 'create',
				email: 'a@example.com',
				columns: { mappingMode: 'defineBelow', value: { country: 'United States' } },
			},
			/Invalid 'Country' in item 0/,
		],
		[
			'an expression that resolved to an object',
			{
				operation: 'create',
				email: 'a@example.com',
				columns: { mappingMode: 'defineBelow', value: { firstName: '={{ { a: 1 } }}' } },
			},
			/Invalid 'First Name' in item 0: expected text/,
		],
	];
	it.each(cases)(
		'stops on %s before sending a contact request',
		async (_name, parameters, message) => {
			const { fake } = state;
			const result = await run({ resource: 'contact', ...parameters });
			expect(result.error?.message).toMatch(message);
			expect(fake.requests.filter((r) => r.path.startsWith('/contacts'))).toHaveLength(0);
		},
	);
});

describe('Continue On Fail', () => {
	it('yields one output item per input item, paired, with the failure in place', async () => {
		const { fake } = state;
		const result = await run(
			{ resource: 'contact', operation: 'upsert', email: '={{ $json.email }}' },
			{
				items: [{ email: 'one@example.com' }, { email: 'broken' }, { email: 'three@example.com' }],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json).toMatchObject({ email: 'one@example.com' });
		expect(result.items[1].json.error).toMatch(
			/Contact › Create or Update: Invalid 'Email' in item 1/,
		);
		expect(result.items[2].json).toMatchObject({ email: 'three@example.com' });
		expect(requestsTo(fake, 'POST', /^\/contacts\/upsert$/)).toHaveLength(2);
	});
});

describe('Credentials', () => {
	it('refreshes an expired OAuth2 token once and carries on', async () => {
		const { fake } = state;
		fake.expireToken('oauth-access-test-secret');
		const result = await run(
			{ resource: 'contact', operation: 'upsert', email: 'oauth@example.com' },
			{ auth: 'oauth' },
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email: 'oauth@example.com' });
		const refresh = fake.requests.filter((r) => r.path === '/oauth/token');
		expect(refresh).toHaveLength(1);
		expect(refresh[0].body).toMatchObject({
			grant_type: 'refresh_token',
			refresh_token: 'oauth-refresh-test-secret',
			client_id: 'test-client-id',
		});
		expect(result.credentialsHelper.updates).toHaveLength(1);
		const upserts = requestsTo(fake, 'POST', /^\/contacts\/upsert$/);
		expect(upserts.map((r) => r.status)).toEqual([401, expect.any(Number)]);
		expect(upserts[1].headers.authorization).not.toBe('Bearer oauth-access-test-secret');
	});

	it('uses the OAuth location token’s location', async () => {
		const { fake } = state;
		await run(
			{ resource: 'contact', operation: 'upsert', email: 'loc@example.com' },
			{ auth: 'oauth' },
		);
		expect(requestsTo(fake, 'POST', /^\/contacts\/upsert$/)[0].body).toMatchObject({
			locationId: LOCATION_ID,
		});
	});

	it('names the missing scope when the token may not write contacts', async () => {
		const { fake } = state;
		fake.addToken(PIT_TOKEN, {
			locationId: LOCATION_ID,
			scopes: ['contacts.readonly'],
			userType: 'Location',
		});
		const result = await run({
			resource: 'contact',
			operation: 'create',
			email: 'scope@example.com',
		});
		expect(result.error?.message).toMatch(/The token is not authorized for this scope/);
		expect(result.error?.description).toMatch(/contacts\.write/);
		expect(fake.requests).toHaveLength(1);
	});

	it('explains a location the token may not access', async () => {
		const result = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'x@example.com',
			locationId: 'some-other-location',
		});
		expect(result.error?.message).toMatch(/does not have access to this location/);
		expect(result.error?.description).toMatch(/Location ID/);
	});
});
