import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { retryLimits } from '../../nodes/HighLevel/transport/retry';
import { LOCATION_ID, OAUTH_ACCESS_TOKEN, PIT_TOKEN, testCredentials } from '../harness/run';
import type { Fault } from '../fake-highlevel';
import type { RunOptions } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

/**
 * README's Reliability promises, one by one, against the fake HighLevel: redirects, long waits,
 * the daily quota, cut answers, refresh failures, plain http, empty bodies and repeating lists.
 */
const { state, run } = useFakeHighLevel();

/** Another host, which must never see a request (and so never the token). */
function useElsewhere() {
	const seen: http.IncomingHttpHeaders[] = [];
	const holder = {} as { server: http.Server; url: string; seen: typeof seen };
	beforeAll(async () => {
		holder.server = http.createServer((req, res) => {
			seen.push(req.headers);
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ contacts: [], contact: { id: 'not-from-highlevel' } }));
		});
		await new Promise<void>((resolve) => holder.server.listen(0, '127.0.0.2', resolve));
		holder.url = `http://127.0.0.2:${(holder.server.address() as AddressInfo).port}`;
		holder.seen = seen;
	});
	afterAll(async () => {
		await new Promise<void>((resolve) => holder.server.close(() => resolve()));
	});
	beforeEach(() => {
		seen.length = 0;
	});
	return holder;
}

/** Contact › Create while HighLevel answers the first `times` creates with `fault`. */
async function createContactFacing(
	fault: Fault,
	{ times = 1, email, ...options }: { times?: number; email: string } & Partial<RunOptions>,
) {
	state.fake.injectFault({ method: 'POST', path: '/contacts/', times, fault });
	return await run({ resource: 'contact', operation: 'create', email }, options);
}

const errorText = (item: { json: Record<string, unknown> }) =>
	`${String(item.json.error)} ${String(item.json.details ?? '')}`;

describe('redirects', () => {
	const elsewhere = useElsewhere();

	it.each([
		[302, 'pit'],
		[307, 'pit'],
		[302, 'oauth'],
		[308, 'oauth'],
	] as const)(
		'a %i on a create is not followed (%s): the item fails naming status and host, the token stays',
		async (status, auth) => {
			const { fake, seed } = state;
			const result = await createContactFacing(
				{ kind: 'redirect', status, location: `${elsewhere.url}/contacts/` },
				{ email: 'redirected@example.com', auth },
			);
			expect(result.error?.message).toMatch(
				new RegExp(
					`Contact › Create: HighLevel answered ${status} with a redirect to 127\\.0\\.0\\.2:\\d+, which the node does not follow`,
				),
			);
			expect(result.error?.description).toMatch(/for item 0/);
			expect(elsewhere.seen).toEqual([]);
			expect(seed.location.contacts.size).toBe(0);
			expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
			expect(JSON.stringify(result.error)).not.toContain(
				auth === 'pit' ? PIT_TOKEN : OAUTH_ACCESS_TOKEN,
			);
		},
	);

	it('a redirect on a read is not followed either', async () => {
		const { fake } = state;
		fake.injectFault({
			method: 'POST',
			path: '/contacts/search',
			fault: { kind: 'redirect', status: 301, location: `${elsewhere.url}/contacts/search` },
		});
		const result = await run(
			{ resource: 'contact', operation: 'getAll', returnAll: true },
			{ onError: 'continueRegularOutput' },
		);
		expect(result.items.map(errorText)).toEqual([
			expect.stringMatching(/answered 301 with a redirect to 127\.0\.0\.2.*for item 0/),
		]);
		expect(elsewhere.seen).toEqual([]);
	});
});

describe('bounded waits', () => {
	const limits = { ...retryLimits };
	afterEach(() => Object.assign(retryLimits, limits));

	it('a Retry-After longer than the single-wait cap fails at once, saying what HighLevel asked', async () => {
		const { fake } = state;
		const result = await createContactFacing(
			{ kind: 'status', status: 429, headers: { 'Retry-After': '120' } },
			{ email: 'patient@example.com', times: 5 },
		);
		expect(result.error?.message).toMatch(
			/HighLevel asked to wait 120 s before sending again, longer than the 60 s the node waits at a time/,
		);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
	});

	it('an item stops waiting at the total cap and says how long it waited', async () => {
		const { fake, seed } = state;
		retryLimits.maxTotalWaitMs = 500;
		const result = await createContactFacing(
			{ kind: 'status', status: 429, headers: { 'Retry-After': '0.2' } },
			{ email: 'patient@example.com', times: 10 },
		);
		expect(result.error?.message).toMatch(
			/gave up after waiting 0\.4 s in all; the next wait \(0\.2 s\) would pass the 0\.5 s an item waits at most/,
		);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(3);
		expect(seed.location.contacts.size).toBe(0);
	});

	it('an item that runs out of retries says how many and how long it waited', async () => {
		const { fake } = state;
		const result = await createContactFacing(
			{ kind: 'status', status: 429, headers: { 'Retry-After': '0' } },
			{ email: 'patient@example.com', times: 20 },
		);
		expect(result.error?.message).toMatch(/gave up after 8 retries and 0 s of waiting/);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(9);
	});

	it('a spent daily quota fails at once, saying so and when it resets', async () => {
		const { fake } = state;
		const before = Date.now();
		const result = await createContactFacing(
			{
				kind: 'status',
				status: 429,
				headers: {
					'X-RateLimit-Daily-Remaining': '0',
					'X-RateLimit-Limit-Daily': '200000',
					'Retry-After': '3600',
				},
			},
			{ email: 'quota@example.com', times: 5 },
		);
		expect(result.error?.message).toBe(
			'Contact › Create: HighLevel’s daily request quota for this sub-account is spent (200,000 requests a day)',
		);
		const resets = /It resets at (\S+)\./.exec(result.error?.description ?? '');
		expect(resets).not.toBeNull();
		const at = Date.parse(resets?.[1] ?? '');
		expect(at).toBeGreaterThanOrEqual(before + 3_600_000 - 1000);
		expect(result.error?.description).toMatch(/for item 0/);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
	});

	it('items past the fake’s daily quota fail at once; those before it succeed', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'daily@example.com' });
		fake.setRateLimit({ max: 100, intervalMs: 10_000, dailyMax: 2 });
		const result = await run(
			{ resource: 'contact', operation: 'get', contactId: c.id, settings: { concurrency: 1 } },
			{ items: [{}, {}, {}, {}], onError: 'continueRegularOutput' },
		);
		expect(
			result.items.map((item) => (item.json.error === undefined ? 'ok' : String(item.json.error))),
		).toEqual([
			'ok',
			'ok',
			'Contact › Get: HighLevel’s daily request quota for this sub-account is spent (2 requests a day)',
			'Contact › Get: HighLevel’s daily request quota for this sub-account is spent (2 requests a day)',
		]);
		expect(String(result.items[3].json.details)).toMatch(
			/GET \/contacts\/\{contactId\} was not sent for item 3: HighLevel refused an earlier request of this run/,
		);
		// The first refusal is HighLevel's; the items after it are refused without asking again.
		expect(requestsTo(fake, 'GET', /^\/contacts\//).map((r) => r.status)).toEqual([200, 200, 429]);
	});

	it('the daily quota running low shows a hint in the output panel, once', async () => {
		const { fake, seed } = state;
		seed.location.seedContacts(5);
		fake.setRateLimit({ max: 100, intervalMs: 10_000, dailyMax: 20 });
		// 19 items, one request each: the last answers leave 2, 1 and 0 of 20 (at most a tenth).
		const result = await run(
			{ resource: 'contact', operation: 'getAll', returnAll: true },
			{ items: Array.from({ length: 19 }, () => ({})) },
		);
		expect(result.items).toHaveLength(19 * 5);
		const hints = result.run.data.resultData.runData.HighLevel[0].hints ?? [];
		expect(hints).toEqual([
			expect.objectContaining({
				type: 'warning',
				message: expect.stringMatching(
					/^HighLevel’s daily request quota for this sub-account is running low: [0-2] of 20 requests left/,
				),
			}),
		]);
		fake.setRateLimit({ max: 100, intervalMs: 10_000 });
		const plenty = await run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(plenty.run.data.resultData.runData.HighLevel[0].hints ?? []).toEqual([]);
	});
});

describe('answers cut off after their status', () => {
	it('a create says the record may have been created and was not resent', async () => {
		const { fake, seed } = state;
		const result = await createContactFacing({ kind: 'cut' }, { email: 'cut@example.com' });
		expect(result.error?.message).toBe(
			'Contact › Create: HighLevel’s answer (201) broke off before its end; the record may have been created and was not resent',
		);
		expect(seed.location.contacts.size).toBe(1);
		expect(requestsTo(fake, 'POST', /^\/contacts\/$/)).toHaveLength(1);
	});

	it('Create or Update is resent and succeeds, with one contact', async () => {
		const { fake, seed } = state;
		fake.injectFault({ method: 'POST', path: '/contacts/upsert', fault: { kind: 'cut' } });
		const result = await run({
			resource: 'contact',
			operation: 'upsert',
			email: 'cut@example.com',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email: 'cut@example.com' });
		expect(seed.location.contacts.size).toBe(1);
		expect(requestsTo(fake, 'POST', /^\/contacts\/upsert$/)).toHaveLength(2);
	});
});

describe('credentials', () => {
	it('a failed OAuth2 refresh names the item in every error', async () => {
		const { fake } = state;
		fake.expireToken(OAUTH_ACCESS_TOKEN);
		const credentials = testCredentials(fake.baseUrl);
		credentials.highLevelAppOAuth2Api = {
			...credentials.highLevelAppOAuth2Api,
			oauthTokenData: {
				...(credentials.highLevelAppOAuth2Api.oauthTokenData as object),
				refresh_token: 'revoked-refresh-token',
			},
		};
		const result = await run(
			{ resource: 'contact', operation: 'get', contactId: 'abc123' },
			{ auth: 'oauth', credentials, items: [{}, {}, {}], onError: 'continueRegularOutput' },
		);
		expect(result.items).toHaveLength(3);
		result.items.forEach((item, i) => {
			expect(item.pairedItem).toEqual({ item: i });
			expect(errorText(item)).toMatch(
				new RegExp(`GET /contacts/\\{contactId\\} was not sent for item ${i}\\.`),
			);
		});
	});

	it.each(['http://api.example.com', 'http://10.0.0.8:8080', 'ftp://127.0.0.1'])(
		'a custom base URL %s is refused before any request',
		async (baseUrl) => {
			const credentials = testCredentials(baseUrl);
			const result = await run(
				{ resource: 'contact', operation: 'get', contactId: 'abc123' },
				{ credentials, items: [{}, {}], onError: 'continueRegularOutput' },
			);
			expect(result.items.map(errorText)).toEqual([
				expect.stringMatching(
					/The credential’s Base URL uses .*(unencrypted|not http).*for item 0/,
				),
				expect.stringMatching(/The credential’s Base URL uses .*for item 1/),
			]);
		},
	);

	it('plain http to this machine is allowed; to another only when the credential says so', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'local@example.com' });
		const local = testCredentials(fake.baseUrl.replace('127.0.0.1', 'localhost'));
		const ok = await run(
			{ resource: 'contact', operation: 'get', contactId: c.id },
			{ credentials: local },
		);
		expect(ok.error).toBeUndefined();
		// Allowed explicitly, a plain-http host is used (this one does not resolve: the request is tried).
		const allowed = testCredentials('http://highlevel-proxy.invalid');
		allowed.highLevelPrivateIntegrationApi.allowPlainHttp = true;
		const tried = await run(
			{ resource: 'contact', operation: 'get', contactId: 'abc123' },
			{ credentials: allowed },
		);
		expect(tried.error?.message).toMatch(/Could not reach HighLevel \(host not found\)/);
	});
});

describe('bodies the spec requires', () => {
	it.each([
		[
			'Contact › Add to Campaign',
			'POST',
			/\/campaigns\//,
			(s: typeof state.seed, id: string) => ({
				resource: 'contact',
				operation: 'addToCampaign',
				contactId: id,
				campaignId: s.spring.id,
			}),
		],
		[
			'Contact › Add to Workflow',
			'POST',
			/\/workflow\//,
			(s: typeof state.seed, id: string) => ({
				resource: 'contact',
				operation: 'addToWorkflow',
				contactId: id,
				workflowId: s.onboarding.id,
			}),
		],
	] as const)(
		'%s sends {} as JSON when there is nothing to set',
		async (_name, method, path, parameters) => {
			const { fake, seed } = state;
			const c = seed.location.addContact({ email: 'body@example.com' });
			const result = await run(parameters(seed, c.id as string));
			expect(result.error).toBeUndefined();
			const [sent] = requestsTo(fake, method, path);
			expect(sent.body).toEqual({});
			expect(sent.headers['content-type']).toMatch(/^application\/json/);
		},
	);

	it('the fake refuses a request without the body its spec requires, as HighLevel does', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'nobody@example.com' });
		const response = await fetch(
			`${fake.baseUrl}/contacts/${String(c.id)}/campaigns/${String(seed.spring.id)}`,
			{
				method: 'POST',
				headers: { Authorization: `Bearer ${PIT_TOKEN}`, Version: '2021-07-28' },
			},
		);
		expect(response.status).toBe(422);
		expect(seed.location.campaignEnrolments.size).toBe(0);
	});
});

describe('lists whose cursor repeats', () => {
	it('Contact › Get Many stops with a clear error when every page is the first', async () => {
		const { fake, seed } = state;
		seed.location.seedContacts(1200);
		fake.injectFault({
			method: 'POST',
			path: '/contacts/search',
			times: 1000,
			fault: { kind: 'static-page' },
		});
		const result = await run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toMatch(/Contact › Get Many: HighLevel’s list repeats itself/);
		expect(result.error?.description).toMatch(/Stopped after 1000 records.*for item 0/);
		expect(requestsTo(fake, 'POST', /^\/contacts\/search$/)).toHaveLength(2);
	});

	it('a skip/limit list whose pages bring nothing new stops too', async () => {
		const { fake } = state;
		const store = state.seed.location.collection('businesses');
		for (let i = 0; i < 150; i++)
			store.set(`b${i}`, { id: `b${i}`, name: `Business ${i}`, locationId: LOCATION_ID });
		fake.injectFault({
			method: 'GET',
			path: '/businesses/',
			times: 1000,
			fault: { kind: 'static-page' },
		});
		const result = await run({ resource: 'business', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toMatch(
			/Business › Get Many: HighLevel’s list repeats itself: the next page brought only records it had already sent/,
		);
		expect(requestsTo(fake, 'GET', /^\/businesses\/$/)).toHaveLength(2);
	});
});
