import type { IDataObject } from 'n8n-workflow';
import { COMPANY_ID, describeLocation } from '../fake-highlevel/handlers/locations';
import { LOCATION_ID, PIT_TOKEN, searchList, testCredentials } from '../harness/run';
import { HighLevel } from '../../nodes/HighLevel/HighLevel.node';
import { HighLevelPollingTrigger } from '../../nodes/HighLevel/HighLevelPollingTrigger.node';
import { agencyOAuthCredentials, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const AGENCY_TOKEN = 'agency-picker-test-secret';

const agencyCredentials = () => agencyOAuthCredentials(state.fake, AGENCY_TOKEN, COMPANY_ID);

/** Sub-accounts of the test agency, `loc_pick_0000000001` …, named as given. */
function addSubAccounts(names: string[]): string[] {
	return names.map((name, i) => {
		const id = `loc_pick_${String(i + 1).padStart(10, '0')}`;
		describeLocation(state.fake.location(id), { name, city: 'Austin', email: `${i}@example.com` });
		return id;
	});
}

const pick = (options: { filter?: string; paginationToken?: string } = {}) =>
	searchList({
		baseUrl: state.fake.baseUrl,
		parameters: { resource: 'subAccount', operation: 'get' },
		auth: 'oauth',
		credentials: agencyCredentials(),
		method: 'searchSubAccounts',
		...options,
	});

const searches = () =>
	state.fake.requests
		.filter((r) => r.path === '/locations/search')
		.map((r) => [r.headers.authorization, r.query]);

describe('Location ID › From List', () => {
	it('lists the agency’s sub-accounts by name with the agency token', async () => {
		const [dental, , denver] = addSubAccounts(['Bright Dental', 'Acme Roofing', 'Denver Dental']);
		const listed = await pick({ filter: 'dental' });
		expect(listed).toEqual({
			results: [
				{ name: 'Bright Dental', value: dental, description: 'Austin, US · 0@example.com' },
				{ name: 'Denver Dental', value: denver, description: 'Austin, US · 2@example.com' },
			],
		});
		expect(searches()).toEqual([
			[`Bearer ${AGENCY_TOKEN}`, { companyId: COMPANY_ID, skip: '0', limit: '100' }],
		]);
	});

	it('matches every word of the search, in the name or the ID', async () => {
		const [, roofing] = addSubAccounts(['Bright Dental', 'Acme Roofing']);
		expect((await pick({ filter: 'ROOF acme' })).results.map((r) => r.value)).toEqual([roofing]);
		expect((await pick({ filter: roofing })).results.map((r) => r.name)).toEqual(['Acme Roofing']);
		expect((await pick({ filter: 'plumbing' })).results).toEqual([]);
	});

	it('pages through HighLevel’s search with a pagination token', async () => {
		const names = Array.from({ length: 130 }, (_, i) => `Clinic ${String(i).padStart(3, '0')}`);
		addSubAccounts(names);
		const first = await pick();
		expect(first.results).toHaveLength(100);
		expect(first.results[0].name).toBe('Clinic 000');
		expect(first.paginationToken).toBe('100');
		const second = await pick({ paginationToken: first.paginationToken as string });
		// The seeded test sub-account is the agency's too.
		expect(second.results.map((r) => r.name)).toEqual([
			...names.slice(100),
			`Location ${LOCATION_ID}`,
		]);
		expect(second.paginationToken).toBeUndefined();
		expect(searches().map(([, query]) => query)).toEqual([
			{ companyId: COMPANY_ID, skip: '0', limit: '100' },
			{ companyId: COMPANY_ID, skip: '100', limit: '100' },
		]);
	});

	it('reads on past pages without a match, and hands back a token when it stops early', async () => {
		const names = Array.from({ length: 620 }, (_, i) => `Clinic ${String(i).padStart(3, '0')}`);
		names[250] = 'Zebra Dental';
		addSubAccounts(names);
		const found = await pick({ filter: 'zebra' });
		// Sorted by name, Zebra is last: seven pages, five read in one search.
		expect(found.results).toEqual([]);
		expect(found.paginationToken).toBe('500');
		const rest = await pick({ filter: 'zebra', paginationToken: found.paginationToken as string });
		expect(rest).toEqual({ results: [expect.objectContaining({ name: 'Zebra Dental' })] });
		expect(searches().map(([, query]) => (query as { skip: string }).skip)).toEqual([
			'0',
			'100',
			'200',
			'300',
			'400',
			'500',
			'600',
		]);
	});

	it('stops at the first page with a match and offers the rest behind a token', async () => {
		const names = Array.from({ length: 250 }, (_, i) => `Clinic ${String(i).padStart(3, '0')}`);
		names[120] = 'Clinic 120 Dental';
		addSubAccounts(names);
		const found = await pick({ filter: 'dental' });
		expect(found.results.map((r) => r.name)).toEqual(['Clinic 120 Dental']);
		expect(found.paginationToken).toBe('200');
	});

	it('lets HighLevel search by email when the search is an email address', async () => {
		const [, roofing] = addSubAccounts(['Bright Dental', 'Acme Roofing']);
		const found = await pick({ filter: '1@example.com' });
		expect(found.results.map((r) => r.value)).toEqual([roofing]);
		expect(searches().map(([, query]) => query)).toEqual([
			{ companyId: COMPANY_ID, skip: '0', limit: '100', email: '1@example.com' },
		]);
	});

	it('offers a sub-account token its own sub-account, saying an agency token lists the rest', async () => {
		describeLocation(state.fake.location(LOCATION_ID), { name: 'Test Clinic' });
		addSubAccounts(['Other Agency Clinic']);
		const listed = await searchList({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'contact', operation: 'create' },
			method: 'searchSubAccounts',
		});
		expect(listed).toEqual({
			results: [
				{
					name: 'Test Clinic',
					value: LOCATION_ID,
					description:
						'The credential’s own sub-account; an agency OAuth2 credential lists every sub-account',
				},
			],
		});
		expect(state.fake.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
			['GET', `/locations/${LOCATION_ID}`, `Bearer ${PIT_TOKEN}`],
		]);
		const filtered = await searchList({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'contact', operation: 'create' },
			method: 'searchSubAccounts',
			filter: 'other',
		});
		expect(filtered.results).toEqual([]);
	});

	it('needs an agency token when the credential names no sub-account', async () => {
		const credentials = testCredentials(state.fake.baseUrl);
		credentials.highLevelAppOAuth2Api.oauthTokenData = {
			access_token: AGENCY_TOKEN,
			refresh_token: 'agency-refresh-secret',
			userType: 'Company',
		};
		await expect(
			searchList({
				baseUrl: state.fake.baseUrl,
				parameters: { resource: 'contact', operation: 'create' },
				auth: 'oauth',
				credentials,
				method: 'searchSubAccounts',
			}),
		).rejects.toThrow('Listing sub-accounts needs an agency token');
		expect(state.fake.requests).toEqual([]);
	});

	it('is the one definition both nodes use, with its list method on each', () => {
		for (const node of [new HighLevel(), new HighLevelPollingTrigger()]) {
			const property = node.description.properties.find((p) => p.name === 'locationId');
			expect(property).toMatchObject({
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
			});
			expect(property?.required).toBeFalsy();
			expect(property?.modes?.map((m) => m.name)).toEqual(['list', 'id', 'url']);
			const methods = node.methods.listSearch as Record<string, unknown>;
			expect(typeof methods.searchSubAccounts).toBe('function');
		}
	});
});

describe('Location ID › reading', () => {
	const get = (locationId: unknown, items?: IDataObject[]) =>
		run(
			{
				resource: 'subAccount',
				operation: 'get',
				...(locationId === undefined ? {} : { locationId }),
			},
			{ auth: 'oauth', credentials: agencyCredentials(), items },
		);
	const paths = () => state.fake.requests.map((r) => `${r.method} ${r.path}`);

	beforeEach(() => addSubAccounts(['Bright Dental', 'Acme Roofing']));
	const [DENTAL, ROOFING] = ['loc_pick_0000000001', 'loc_pick_0000000002'];

	it.each([
		[
			'picked from the list',
			{ __rl: true, mode: 'list', value: DENTAL, cachedResultName: 'Bright Dental' },
		],
		['typed as an ID', { __rl: true, mode: 'id', value: ` ${DENTAL} ` }],
		[
			'taken from a HighLevel URL',
			{
				__rl: true,
				mode: 'url',
				value: `https://app.example-agency.com/v2/location/${DENTAL}/contacts/smart_list/All`,
			},
		],
		['saved as plain text before the picker', DENTAL],
		['saved as a plain expression before the picker', `={{ "${DENTAL}" }}`],
	])('works in the sub-account %s', async (_how, locationId) => {
		const result = await get(locationId);
		expect(result.error).toBeUndefined();
		expect(paths()).toEqual([`GET /locations/${DENTAL}`]);
		expect(result.items[0].json).toMatchObject({ id: DENTAL, name: 'Bright Dental' });
	});

	it('takes a sub-account per item from an expression, in the picker or as plain text', async () => {
		const items = [{ loc: DENTAL }, { loc: ROOFING }];
		for (const locationId of [
			{ __rl: true, mode: 'id', value: '={{ $json.loc }}' },
			'={{ $json.loc }}',
		]) {
			state.fake.requests.length = 0;
			const result = await get(locationId, items);
			expect(result.error).toBeUndefined();
			expect(paths()).toEqual([`GET /locations/${DENTAL}`, `GET /locations/${ROOFING}`]);
			expect(result.items.map((i) => i.json.name)).toEqual(['Bright Dental', 'Acme Roofing']);
		}
	});

	it.each([
		['an empty pick', { __rl: true, mode: 'list', value: '' }],
		['empty plain text', ''],
		['no value at all', undefined],
	])('means the credential’s own sub-account for %s', async (_how, locationId) => {
		const result = await run({
			resource: 'subAccount',
			operation: 'get',
			...(locationId === undefined ? {} : { locationId }),
		});
		expect(result.error).toBeUndefined();
		expect(paths()).toEqual([`GET /locations/${LOCATION_ID}`]);
	});

	it.each([
		[
			'a name where the list holds IDs',
			{ __rl: true, mode: 'list', value: 'Bright Dental' },
			"Invalid 'Location ID' in item 0: expected a sub-account ID such as ve9EPM428h8vShlRW1KT (letters, digits, - and _)",
			'Got "Bright Dental".',
		],
		[
			'a path in plain text',
			`${DENTAL}/contacts`,
			"Invalid 'Location ID' in item 0: expected a sub-account ID such as ve9EPM428h8vShlRW1KT (letters, digits, - and _)",
			`Got "${DENTAL}/contacts".`,
		],
		[
			'a URL without a sub-account',
			{
				__rl: true,
				mode: 'url',
				value: '={{ "https://app.gohighlevel.com/v2/agency_dashboard" }}',
			},
			"Invalid 'Location ID' in item 0: expected a HighLevel URL with /location/<sub-account ID>/ in it",
			'Got "https://app.gohighlevel.com/v2/agency_dashboard".',
		],
		[
			'an object from an expression',
			{ __rl: true, mode: 'id', value: '={{ { id: 1 } }}' },
			"Invalid 'Location ID' in item 0: expected a sub-account ID such as ve9EPM428h8vShlRW1KT (letters, digits, - and _)",
			'Got an object.',
		],
	])('refuses %s before any request', async (_what, locationId, message, description) => {
		const result = await get(locationId);
		expect(result.error?.message).toBe(`Sub-Account › Get: ${message}`);
		expect(result.error?.description).toBe(description);
		expect(state.fake.requests).toEqual([]);
	});

	it.each([
		['By ID', { __rl: true, mode: 'id', value: 'Bright Dental' }, 'Expected a sub-account ID'],
		[
			'By URL',
			{ __rl: true, mode: 'url', value: 'https://app.gohighlevel.com/v2/agency_dashboard' },
			'Expected a HighLevel URL with /location/<sub-account ID>/ in it',
		],
	])(
		'is checked by n8n itself when %s holds a fixed value',
		async (_mode, locationId, expected) => {
			const result = await get(locationId);
			expect(result.error?.message).toMatch("The 'HighLevel' node has issues");
			expect(result.error?.message).toMatch(expected);
			expect(state.fake.requests).toEqual([]);
		},
	);

	it('fails only the bad item under Continue On Fail', async () => {
		const result = await run(
			{
				resource: 'subAccount',
				operation: 'get',
				locationId: { __rl: true, mode: 'list', value: '={{ $json.loc }}' },
			},
			{
				auth: 'oauth',
				credentials: agencyCredentials(),
				items: [{ loc: 'Bright Dental' }, { loc: ROOFING }],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.items.map((i) => [i.json.error ?? i.json.name, i.pairedItem])).toEqual([
			[
				"Sub-Account › Get: Invalid 'Location ID' in item 0: expected a sub-account ID such as ve9EPM428h8vShlRW1KT (letters, digits, - and _)",
				{ item: 0 },
			],
			['Acme Roofing', { item: 1 }],
		]);
		expect(paths()).toEqual([`GET /locations/${ROOFING}`]);
	});
});
