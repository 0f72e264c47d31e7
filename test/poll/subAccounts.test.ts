import { installApp } from '../fake-highlevel/handlers/oauth';
import { testCredentials } from '../harness/run';
import { ALL_SCOPES } from '../nodes/setup';
import { resetLocationTokens } from '../../nodes/HighLevel/transport/agency';
import { LOCATION_ID, OAUTH_ACCESS_TOKEN } from '../harness/run';
import { addContacts, ids, T0, usePolling } from './setup';

const { state, poller } = usePolling();
const AGENCY_TOKEN = 'agency-access-test-secret';
const COMPANY = 'company_test_0001';
const [LOC_A, LOC_B, LOC_C] = [
	'loc_agency_00000000a',
	'loc_agency_00000000b',
	'loc_agency_00000000c',
];

function agencyCredentials() {
	const credentials = testCredentials(state.fake.baseUrl);
	credentials.highLevelAppOAuth2Api.oauthTokenData = {
		access_token: AGENCY_TOKEN,
		refresh_token: 'agency-refresh-test-secret',
		userType: 'Company',
		companyId: COMPANY,
	};
	return credentials;
}

function addIn(locationId: string, n: number, start: number, prefix: string) {
	const store = state.fake.location(locationId);
	return Array.from({ length: n }, (_, i) =>
		store.addContact({
			email: `${prefix}${i}@example.com`,
			dateAdded: new Date(start + i * 1000).toISOString(),
		}),
	);
}

const searchesIn = (locationId: string) =>
	state.fake.requests.filter(
		(r) =>
			r.path === '/contacts/search' && (r.body as { locationId: string }).locationId === locationId,
	);

beforeEach(() => {
	resetLocationTokens();
	state.fake.addToken(AGENCY_TOKEN, {
		companyId: COMPANY,
		userType: 'Company',
		scopes: [...ALL_SCOPES, 'oauth.write', 'oauth.readonly'],
	});
});

describe('Polling trigger › OAuth2 location credential', () => {
	it('polls the credential’s sub-account with its token', async () => {
		const p = poller({ event: 'contactCreated' }, { auth: 'oauth' });
		await p.tick();
		const [made] = addContacts(state.fake, 1, T0);
		expect(ids((await p.tick()).items)).toEqual([made.id]);
		const searches = state.fake.requests.filter((r) => r.path === '/contacts/search');
		expect(
			searches.map((r) => [r.headers.authorization, (r.body as { locationId: string }).locationId]),
		).toEqual([
			[`Bearer ${OAUTH_ACCESS_TOKEN}`, LOCATION_ID],
			[`Bearer ${OAUTH_ACCESS_TOKEN}`, LOCATION_ID],
		]);
	});
});

describe('Polling trigger › several sub-accounts with an agency OAuth2 credential', () => {
	it.each([
		['picked from the Location ID list', { __rl: true, mode: 'list', value: LOC_B }],
		['saved as plain text before the picker', LOC_B],
	])('polls the one sub-account %s', async (_how, locationId) => {
		addIn(LOC_B, 1, T0, 'b');
		const p = poller(
			{ event: 'contactCreated', subAccounts: 'one', locationId },
			{ auth: 'oauth', credentials: agencyCredentials() },
		);
		expect((await p.tick()).error).toBeUndefined();
		const [made] = addIn(LOC_B, 1, T0 + 5000, 'late');
		expect(ids((await p.tick()).items)).toEqual([made.id]);
		expect(searchesIn(LOC_B)).toHaveLength(2);
		expect(state.fake.requests.filter((r) => r.path === '/contacts/search')).toHaveLength(2);
	});

	it('refuses a Location ID that is not a sub-account ID before polling', async () => {
		const p = poller(
			{
				event: 'contactCreated',
				subAccounts: 'one',
				locationId: { __rl: true, mode: 'list', value: 'Bright Dental' },
			},
			{ auth: 'oauth', credentials: agencyCredentials() },
		);
		const polled = await p.tick();
		expect(polled.error?.message).toMatch(
			"Invalid 'Location ID': expected a sub-account ID such as ve9EPM428h8vShlRW1KT",
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('polls a list of sub-accounts, each from its own position with its own location token', async () => {
		addIn(LOC_A, 2, T0, 'a');
		addIn(LOC_B, 2, T0, 'b');
		const p = poller(
			{ event: 'contactCreated', subAccounts: 'list', locationIds: `${LOC_A}, ${LOC_B}` },
			{ auth: 'oauth', credentials: agencyCredentials() },
		);
		const first = await p.tick();
		expect(first.error).toBeUndefined();
		expect(first.items).toEqual([]);
		const mints = state.fake.requests.filter((r) => r.path === '/oauth/locationToken');
		expect(mints.map((m) => (m.body as { locationId: string }).locationId).sort()).toEqual([
			LOC_A,
			LOC_B,
		]);
		const positions = (p.saved['node:Poller'] as { positions: Record<string, unknown> }).positions;
		expect(Object.keys(positions).sort()).toEqual([
			`contactCreated|${LOC_A}`,
			`contactCreated|${LOC_B}`,
		]);

		state.fake.requests.length = 0;
		const [late] = addIn(LOC_B, 1, T0 + 60_000, 'late');
		const second = await p.tick();
		expect(ids(second.items)).toEqual([late.id]);
		// One request per sub-account, with that sub-account's own token; no new mint.
		expect(searchesIn(LOC_A)).toHaveLength(1);
		expect(searchesIn(LOC_B)).toHaveLength(1);
		expect(state.fake.requests).toHaveLength(2);
		expect(searchesIn(LOC_A)[0].headers.authorization).not.toBe(
			searchesIn(LOC_B)[0].headers.authorization,
		);
		expect(searchesIn(LOC_A)[0].headers.authorization).not.toBe(`Bearer ${AGENCY_TOKEN}`);
		expect((await p.tick()).items).toEqual([]);
	});

	it('polls every sub-account where the app is installed', async () => {
		for (const [locationId, name] of [
			[LOC_A, 'A'],
			[LOC_B, 'B'],
		])
			installApp((id) => state.fake.location(id), {
				companyId: COMPANY,
				appId: 'app1',
				locationId,
				name,
			});
		installApp((id) => state.fake.location(id), {
			companyId: COMPANY,
			appId: 'app1',
			locationId: LOC_C,
			name: 'C',
			isInstalled: false,
		});
		const p = poller(
			{ event: 'contactCreated', subAccounts: 'installed', appId: 'app1' },
			{ auth: 'oauth', credentials: agencyCredentials() },
		);
		await p.tick();
		const listed = state.fake.requests.filter((r) => r.path === '/oauth/installedLocations');
		expect(listed.map((r) => r.query)).toEqual([
			{ companyId: COMPANY, appId: 'app1', isInstalled: 'true', skip: '0', limit: '100' },
		]);
		expect(listed[0].headers.authorization).toBe(`Bearer ${AGENCY_TOKEN}`);
		const a = addIn(LOC_A, 1, T0 + 1000, 'a');
		const b = addIn(LOC_B, 1, T0 + 2000, 'b');
		addIn(LOC_C, 1, T0 + 3000, 'c');
		expect(ids((await p.tick()).items).sort()).toEqual([a[0].id, b[0].id].sort());
		expect(searchesIn(LOC_C)).toHaveLength(0);
	});

	it('asks for the Location IDs when the list is empty', async () => {
		const result = await poller({
			event: 'contactCreated',
			subAccounts: 'list',
			locationIds: ' , ',
		}).tick();
		expect(result.error?.message).toBe("'Location IDs' is empty");
		expect(state.fake.requests).toHaveLength(0);
	});

	it('asks for an agency credential before polling every installed sub-account with a Private Integration Token', async () => {
		const p = poller({ event: 'contactCreated', subAccounts: 'installed', appId: 'app1' });
		const result = await p.tick();
		expect(result.error?.message).toBe(
			'Every installed sub-account needs an agency OAuth2 credential',
		);
		expect(state.fake.requests).toHaveLength(0);
	});

	it('a sub-account that fails fails the poll and keeps every position, naming the sub-account', async () => {
		const p = poller(
			{ event: 'contactCreated', subAccounts: 'list', locationIds: `${LOC_A},${LOC_B}` },
			{ auth: 'oauth', credentials: agencyCredentials() },
		);
		await p.tick();
		const saved = JSON.stringify(p.saved);
		const [a] = addIn(LOC_A, 1, T0 + 1000, 'a');
		state.fake.injectFault({
			path: '/contacts/search',
			fault: { kind: 'status', status: 400, body: { statusCode: 400, message: 'Bad Request' } },
		});
		const failed = await p.tick();
		expect(failed.error?.description).toMatch(/While polling sub-account loc_agency_00000000[ab]/);
		expect(JSON.stringify(p.saved)).toBe(saved);
		expect(ids((await p.tick()).items)).toEqual([a.id]);
	});
});
