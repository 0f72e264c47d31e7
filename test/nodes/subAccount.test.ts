import { installApp } from '../fake-highlevel/handlers/oauth';
import { describeLocation } from '../fake-highlevel/handlers/locations';
import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { agencyOAuthCredentials, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();
const COMPANY_ID = 'company_test_0001';
const AGENCY_TOKEN = 'agency-subaccount-test-secret';

/** The OAuth2 credential connected by the agency (a Company token), with the scopes agency operations need. */
function agency() {
	const credentials = agencyOAuthCredentials(state.fake, AGENCY_TOKEN, COMPANY_ID, [
		'locations.write',
	]);
	return { auth: 'oauth' as const, credentials };
}

describe('Sub-Account', () => {
	it('gets the credential’s sub-account', async () => {
		describeLocation(state.seed.location, { name: 'Demo Dental', city: 'San Francisco' });
		const result = await run({ resource: 'subAccount', operation: 'get' });
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
			['GET', `/locations/${LOCATION_ID}`, `Bearer ${PIT_TOKEN}`],
		]);
		expect(result.items[0].json).toMatchObject({
			id: LOCATION_ID,
			name: 'Demo Dental',
			city: 'San Francisco',
			companyId: COMPANY_ID,
		});
	});

	it('gets any sub-account of the agency with the agency’s own token', async () => {
		const result = await run(
			{ resource: 'subAccount', operation: 'get', locationId: 'loc_test_000000000002' },
			agency(),
		);
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
			['/locations/loc_test_000000000002', `Bearer ${AGENCY_TOKEN}`],
		]);
	});

	it('searches the agency’s sub-accounts with an agency token, by email too', async () => {
		describeLocation(state.fake.location('loc_test_000000000002'), {
			name: 'Acme Plumbing',
			email: 'office@acme.example',
		});
		describeLocation(state.seed.location, { name: 'Demo Dental' });
		const all = await run(
			{ resource: 'subAccount', operation: 'search', returnAll: true },
			agency(),
		);
		expect(all.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/locations/search', { companyId: COMPANY_ID, skip: '0', limit: '100' }],
		]);
		expect(all.items.map((i) => i.json.name)).toEqual(['Acme Plumbing', 'Demo Dental']);

		state.fake.requests.length = 0;
		const one = await run(
			{
				resource: 'subAccount',
				operation: 'search',
				returnAll: true,
				filters: { email: 'office@acme.example', order: 'desc' },
			},
			agency(),
		);
		expect(state.fake.requests.map((r) => r.query)).toEqual([
			{
				companyId: COMPANY_ID,
				email: 'office@acme.example',
				order: 'desc',
				skip: '0',
				limit: '100',
			},
		]);
		expect(one.items.map((i) => i.json.id)).toEqual(['loc_test_000000000002']);
	});

	it('searches with a sub-account token by its agency, read from the sub-account first', async () => {
		const result = await run({ resource: 'subAccount', operation: 'search', limit: 5 });
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.path, r.query])).toEqual([
			[`/locations/${LOCATION_ID}`, {}],
			['/locations/search', { companyId: COMPANY_ID, skip: '0', limit: '5' }],
		]);
		expect(result.items.map((i) => i.json.id)).toEqual([LOCATION_ID]);
	});

	it('lists the sub-accounts where the app is installed, page by page up to HighLevel’s count', async () => {
		const location = (id: string) => state.fake.location(id);
		installApp(location, {
			companyId: COMPANY_ID,
			appId: 'test',
			locationId: LOCATION_ID,
			name: 'Demo Dental',
		});
		installApp(location, {
			companyId: COMPANY_ID,
			appId: 'test',
			locationId: 'loc_test_000000000002',
			name: 'Acme',
			isInstalled: false,
		});
		installApp(location, {
			companyId: COMPANY_ID,
			appId: 'other-app',
			locationId: 'loc_test_000000000003',
			name: 'Elsewhere',
		});
		const result = await run(
			{ resource: 'subAccount', operation: 'getInstalled', returnAll: true },
			agency(),
		);
		expect(result.error).toBeUndefined();
		expect(
			state.fake.requests.map((r) => [r.method, r.path, r.query, r.headers.authorization]),
		).toEqual([
			[
				'GET',
				'/oauth/installedLocations',
				{ companyId: COMPANY_ID, appId: 'test', isInstalled: 'true', skip: '0', limit: '100' },
				`Bearer ${AGENCY_TOKEN}`,
			],
		]);
		expect(result.items.map((i) => [i.json._id, i.json.isInstalled])).toEqual([
			[LOCATION_ID, true],
		]);
	});

	it('updates a sub-account with an agency token, settings nested as HighLevel takes them', async () => {
		const result = await run(
			{
				resource: 'subAccount',
				operation: 'update',
				locationId: LOCATION_ID,
				updateFields: {
					name: 'Demo Dental West',
					country: 'us',
					timezone: 'US/Pacific',
					allowDuplicateContact: true,
				},
			},
			agency(),
		);
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'PUT',
				`/locations/${LOCATION_ID}`,
				{
					companyId: COMPANY_ID,
					name: 'Demo Dental West',
					country: 'US',
					timezone: 'US/Pacific',
					settings: { allowDuplicateContact: true },
				},
			],
		]);
		expect(result.items[0].json).toMatchObject({
			id: LOCATION_ID,
			name: 'Demo Dental West',
			settings: { allowDuplicateContact: true },
		});
		expect(state.seed.location.allowDuplicateContact).toBe(true);
	});

	it.each([
		['Update', { operation: 'update', updateFields: { name: 'X' } }, 'PUT /locations/{locationId}'],
		[
			'Get Many Installed',
			{ operation: 'getInstalled', returnAll: true },
			'GET /oauth/installedLocations',
		],
	])(
		'%s fails before sending with a Private Integration Token, saying it needs an agency token',
		async (name, parameters, route) => {
			const result = await run({ resource: 'subAccount', ...parameters });
			expect(result.error?.message).toBe(`Sub-Account › ${name}: ${route} needs an agency token`);
			expect(state.fake.requests).toEqual([]);
		},
	);

	it('lists the time zones one item each', async () => {
		const result = await run({ resource: 'subAccount', operation: 'getTimezones' });
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/locations/${LOCATION_ID}/timezones`],
		]);
		expect(result.items.map((i) => i.json)).toContainEqual({ timeZone: 'US/Central' });
		expect(
			result.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0),
		).toBe(true);
	});

	it.each([
		[
			'an update that changes nothing',
			{ operation: 'update', updateFields: {} },
			/Sub-Account › Update: Invalid 'Update Fields' in item 0/,
		],
		[
			'a country that is not a code',
			{ operation: 'update', updateFields: { country: 'United States' } },
			/Invalid 'Country' in item 0: expected a two-letter ISO country code/,
		],
		[
			'an email filter that is not one',
			{ operation: 'search', returnAll: true, filters: { email: 'office' } },
			/Sub-Account › Search: Invalid 'Email' in item 0/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'subAccount', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
