import { OAUTH_ACCESS_TOKEN, testCredentials } from '../harness/run';
import { resetLocationTokens } from '../../nodes/HighLevel/transport/agency';
import { FIRST_REQUESTS } from '../../nodes/HighLevel/transport/pace';
import { agencyOAuthCredentials, requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

beforeEach(() => resetLocationTokens());

describe('Paced concurrency', () => {
	it('absorbs a small rate limit: every item succeeds, in input order, with no error', async () => {
		const { fake, seed } = state;
		fake.setRateLimit({ max: 5, intervalMs: 300 });
		const items = Array.from({ length: 24 }, (_, i) => ({ email: `p${i}@example.com` }));
		const result = await run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				settings: { concurrency: 8 },
			},
			{ items },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.email)).toEqual(items.map((i) => i.email));
		expect(result.items.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(seed.location.contacts.size).toBe(24);
		// Each contact was applied exactly once; 429s, if any, were waited out and resent.
		const applied = requestsTo(fake, 'POST', /^\/contacts\/upsert$/).filter((r) => r.status < 300);
		expect(applied).toHaveLength(24);
	});

	it('never runs two upserts of the same email at once, so no duplicate is made', async () => {
		const { fake, seed } = state;
		fake.setLatency(30);
		const items = Array.from({ length: 10 }, (_, i) => ({
			email: 'same@example.com',
			n: String(i),
		}));
		const result = await run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				columns: { mappingMode: 'defineBelow', value: { source: '={{ $json.n }}' } },
				settings: { concurrency: 10 },
			},
			{ items },
		);
		fake.setLatency(0);
		expect(result.error).toBeUndefined();
		expect(seed.location.contacts.size).toBe(1);
		expect(result.items.filter((i) => i.json.new === true)).toHaveLength(1);
	});

	it('keeps more items under way than the old default of 5 when HighLevel is slow and the budget is there', async () => {
		const { fake, seed } = state;
		fake.setRateLimit({ max: 100, intervalMs: 10_000 });
		fake.setLatency(300);
		const items = Array.from({ length: 60 }, (_, i) => ({ email: `w${i}@example.com` }));
		const result = await run(
			{ resource: 'contact', operation: 'upsert', email: '={{ $json.email }}' },
			{ items },
		);
		fake.setLatency(0);
		expect(result.error).toBeUndefined();
		expect(seed.location.contacts.size).toBe(60);
		// The first few go out alone (to learn the budget), then as many as the budget allows.
		expect(fake.peakInFlight).toBeGreaterThan(FIRST_REQUESTS);
		expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(0);
	});

	it('keeps to Items at Once when it is set', async () => {
		const { fake, seed } = state;
		fake.setLatency(30);
		const items = Array.from({ length: 12 }, (_, i) => ({ email: `c${i}@example.com` }));
		const result = await run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				settings: { concurrency: 3 },
			},
			{ items },
		);
		fake.setLatency(0);
		expect(result.error).toBeUndefined();
		expect(seed.location.contacts.size).toBe(12);
		expect(fake.peakInFlight).toBeLessThanOrEqual(3);
		expect(fake.peakInFlight).toBeGreaterThan(1);
	});

	it('stops starting items after a failure when Continue On Fail is off', async () => {
		const { fake } = state;
		const items = [
			{ email: 'a@example.com' },
			{ email: 'bad' },
			{ email: 'c@example.com' },
			{ email: 'd@example.com' },
		];
		const result = await run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				settings: { concurrency: 1 },
			},
			{ items },
		);
		expect(result.error?.message).toMatch(/Invalid 'Email' in item 1/);
		expect(requestsTo(fake, 'POST', /^\/contacts\/upsert$/)).toHaveLength(1);
	});
});

describe('Agency OAuth2 token', () => {
	it('exchanges the agency token for a location token once and uses it for every item', async () => {
		const { fake } = state;
		const agencyToken = 'agency-access-test-secret';
		const credentials = agencyOAuthCredentials(fake, agencyToken, 'company_test_0001');
		const result = await run(
			{
				resource: 'contact',
				operation: 'upsert',
				email: '={{ $json.email }}',
				locationId: '={{ $json.location }}',
			},
			{
				auth: 'oauth',
				credentials,
				items: [
					{ email: 'one@example.com', location: 'loc_test_000000000001' },
					{ email: 'two@example.com', location: 'loc_test_000000000001' },
					{ email: 'three@example.com', location: 'loc_test_000000000002' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const mints = fake.requests.filter((r) => r.path === '/oauth/locationToken');
		expect(mints.map((m) => m.body)).toEqual([
			{ companyId: 'company_test_0001', locationId: 'loc_test_000000000001' },
			{ companyId: 'company_test_0001', locationId: 'loc_test_000000000002' },
		]);
		expect(mints[0].headers.authorization).toBe(`Bearer ${agencyToken}`);
		const upserts = requestsTo(fake, 'POST', /^\/contacts\/upsert$/);
		expect(upserts).toHaveLength(3);
		for (const upsert of upserts) {
			expect(upsert.headers.authorization).not.toBe(`Bearer ${agencyToken}`);
			expect(upsert.headers.authorization).not.toBe(`Bearer ${OAUTH_ACCESS_TOKEN}`);
		}
		expect(fake.location('loc_test_000000000002').contacts.size).toBe(1);
	});

	it('asks for a Location ID when an agency token has no location to work on', async () => {
		const { fake } = state;
		const credentials = testCredentials(fake.baseUrl);
		credentials.highLevelAppOAuth2Api.oauthTokenData = {
			access_token: 'agency-x',
			userType: 'Company',
			companyId: 'c1',
		};
		const result = await run(
			{ resource: 'contact', operation: 'upsert', email: 'x@example.com' },
			{ auth: 'oauth', credentials },
		);
		expect(result.error?.message).toMatch(/No location ID to work on/);
		expect(fake.requests).toHaveLength(0);
	});
});
