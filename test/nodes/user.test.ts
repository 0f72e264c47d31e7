import { testCredentials, LOCATION_ID } from '../harness/run';
import { ALL_SCOPES, requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();
const COMPANY_ID = 'company_test_0001';

describe('User', () => {
	it('creates a user in the sub-account, reading the agency it belongs to first', async () => {
		const result = await run({
			resource: 'user',
			operation: 'create',
			firstName: 'Grace',
			lastName: 'Hopper',
			email: 'grace@example.com',
			password: 'c0bol-Rules',
			additionalFields: { role: 'admin', phone: '+1 415 555 0100' },
		});
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['GET', `/locations/${LOCATION_ID}`, undefined],
			[
				'POST',
				'/users/',
				{
					companyId: COMPANY_ID,
					type: 'account',
					role: 'admin',
					locationIds: [LOCATION_ID],
					firstName: 'Grace',
					lastName: 'Hopper',
					email: 'grace@example.com',
					password: 'c0bol-Rules',
					phone: '+14155550100',
				},
			],
		]);
		expect(state.fake.requests[1].headers.version).toBe('2021-07-28');
		const user = result.items[0].json;
		expect(user).toMatchObject({
			id: expect.any(String),
			name: 'Grace Hopper',
			email: 'grace@example.com',
			roles: { type: 'account', role: 'admin', locationIds: [LOCATION_ID] },
		});
		expect(user).not.toHaveProperty('password');
		expect(state.seed.location.users.has(String(user.id))).toBe(true);
	});

	it('reads the agency once for several items', async () => {
		const result = await run(
			{
				resource: 'user',
				operation: 'create',
				firstName: '={{ $json.first }}',
				lastName: 'Test',
				email: '={{ $json.email }}',
				password: 'secret-1',
			},
			{
				items: [
					{ first: 'A', email: 'a@example.com' },
					{ first: 'B', email: 'b@example.com' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /locations/${LOCATION_ID}`,
			'POST /users/',
			'POST /users/',
		]);
	});

	it('gets, updates and deletes a user by ID', async () => {
		const { ada } = state.seed;
		const got = await run({ resource: 'user', operation: 'get', userId: ada.id });
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/users/${String(ada.id)}`],
		]);
		expect(got.items[0].json).toMatchObject({ id: ada.id, email: 'ada@example.com' });

		const updated = await run({
			resource: 'user',
			operation: 'update',
			userId: ada.id,
			updateFields: { lastName: 'King', role: 'admin' },
		});
		const [put] = requestsTo(state.fake, 'PUT', /^\/users\//);
		expect([put.path, put.body]).toEqual([
			`/users/${String(ada.id)}`,
			{ lastName: 'King', role: 'admin' },
		]);
		expect(updated.items[0].json).toMatchObject({ name: 'Ada King', roles: { role: 'admin' } });

		const deleted = await run({ resource: 'user', operation: 'delete', userId: ada.id });
		expect(requestsTo(state.fake, 'DELETE', /^\/users\//).map((r) => r.path)).toEqual([
			`/users/${String(ada.id)}`,
		]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: ada.id, deleted: true }]);
		expect(state.seed.location.users.has(String(ada.id))).toBe(false);
	});

	it('searches the sub-account’s users page by page up to HighLevel’s count, with the filters given', async () => {
		for (let i = 0; i < 130; i++)
			state.seed.location.addUser({
				firstName: `User${String(i).padStart(3, '0')}`,
				lastName: 'Seed',
				email: `seed${i}@example.com`,
			});
		const all = await run({
			resource: 'user',
			operation: 'getAll',
			returnAll: true,
			sort: { sortBy: 'firstName', direction: 'desc' },
		});
		expect(all.error).toBeUndefined();
		const searches = requestsTo(state.fake, 'GET', /^\/users\/search$/);
		expect(searches.map((r) => r.query)).toEqual([
			{
				companyId: COMPANY_ID,
				locationId: LOCATION_ID,
				sort: 'firstName',
				sortDirection: 'desc',
				skip: '0',
				limit: '100',
			},
			{
				companyId: COMPANY_ID,
				locationId: LOCATION_ID,
				sort: 'firstName',
				sortDirection: 'desc',
				skip: '100',
				limit: '100',
			},
		]);
		expect(all.items).toHaveLength(132);
		expect(all.items[0].json.firstName).toBe('User129');

		state.fake.requests.length = 0;
		const some = await run({
			resource: 'user',
			operation: 'getAll',
			limit: 3,
			filters: { query: 'ada' },
		});
		expect(requestsTo(state.fake, 'GET', /^\/users\/search$/).map((r) => r.query)).toEqual([
			{ companyId: COMPANY_ID, locationId: LOCATION_ID, query: 'ada', skip: '0', limit: '3' },
		]);
		expect(some.items.map((i) => i.json.email)).toEqual(['ada@example.com']);
	});

	it('searches every sub-account of the agency with an agency token', async () => {
		const agencyToken = 'agency-users-test-secret';
		state.fake.addToken(agencyToken, {
			companyId: COMPANY_ID,
			userType: 'Company',
			scopes: [...ALL_SCOPES, 'users.readonly'],
		});
		state.fake
			.location('loc_test_000000000002')
			.addUser({ firstName: 'Other', lastName: 'Place', email: 'other@example.com' });
		const credentials = testCredentials(state.fake.baseUrl);
		credentials.highLevelAppOAuth2Api.oauthTokenData = {
			access_token: agencyToken,
			refresh_token: 'r',
			userType: 'Company',
			companyId: COMPANY_ID,
		};
		const result = await run(
			{
				resource: 'user',
				operation: 'getAll',
				returnAll: true,
				locationId: LOCATION_ID,
				filters: { allSubAccounts: true },
			},
			{ auth: 'oauth', credentials },
		);
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.path, r.query, r.headers.authorization])).toEqual([
			[
				'/users/search',
				{ companyId: COMPANY_ID, skip: '0', limit: '100' },
				`Bearer ${agencyToken}`,
			],
		]);
		expect(result.items.map((i) => i.json.email).sort()).toEqual([
			'ada@example.com',
			'alan@example.com',
			'other@example.com',
		]);
	});

	it.each([
		[
			'an email that is not one',
			{ operation: 'create', firstName: 'A', lastName: 'B', email: 'nope', password: 'x1' },
			/User › Create: Invalid 'Email' in item 0/,
		],
		[
			'an empty first name',
			{
				operation: 'create',
				firstName: '={{ "" }}',
				lastName: 'B',
				email: 'a@example.com',
				password: 'x1',
			},
			/User › Create: Invalid 'First Name' in item 0/,
		],
		[
			'a role HighLevel does not have',
			{
				operation: 'create',
				firstName: 'A',
				lastName: 'B',
				email: 'a@example.com',
				password: 'x1',
				additionalFields: { role: '={{ "owner" }}' },
			},
			/Invalid 'Role' in item 0: expected one of admin, user/,
		],
		[
			'an update that changes nothing',
			{ operation: 'update', userId: 'u1', updateFields: {} },
			/User › Update: Invalid 'Update Fields' in item 0/,
		],
		[
			'an emptied password',
			{ operation: 'update', userId: 'u1', updateFields: { password: '={{ "" }}' } },
			/User › Update: Invalid 'Password' in item 0/,
		],
		[
			'a sort the search does not have',
			{ operation: 'getAll', sort: { sortBy: '={{ "age" }}' } },
			/User › Get Many: Invalid 'Sort By' in item 0/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'user', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
