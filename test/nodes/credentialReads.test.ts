import { OAUTH_ACCESS_TOKEN, PIT_TOKEN } from '../harness/run';
import { TestCredentialsHelper } from '../harness/credentials';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

// In n8n every credential read is a database query and a decryption, so a Private Integration
// Token is read once per execution and handed to n8n's request helper with every request.
describe('Credential reads per execution', () => {
	const items = Array.from({ length: 12 }, (_, i) => ({ email: `r${i}@example.com` }));
	const parameters = {
		resource: 'contact',
		operation: 'upsert',
		email: '={{ $json.email }}',
		settings: { concurrency: 4 },
	};

	afterEach(() => jest.restoreAllMocks());

	it('reads a Private Integration Token once and authenticates every request with it', async () => {
		const reads = jest.spyOn(TestCredentialsHelper.prototype, 'getDecrypted');
		const result = await run(parameters, { items });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.email)).toEqual(items.map((i) => i.email));
		const upserts = requestsTo(state.fake, 'POST', /^\/contacts\/upsert$/);
		expect(upserts).toHaveLength(12);
		expect(upserts.every((r) => r.headers.authorization === `Bearer ${PIT_TOKEN}`)).toBe(true);
		expect(
			reads.mock.calls.filter(([, , type]) => type === 'highLevelPrivateIntegrationApi'),
		).toHaveLength(1);
	});

	it('reads the token again in the next execution', async () => {
		const reads = jest.spyOn(TestCredentialsHelper.prototype, 'getDecrypted');
		await run(parameters, { items: items.slice(0, 2) });
		await run(parameters, { items: items.slice(2, 4) });
		expect(
			reads.mock.calls.filter(([, , type]) => type === 'highLevelPrivateIntegrationApi'),
		).toHaveLength(2);
	});

	it('leaves OAuth2 credentials to n8n, which reads them for each request to refresh them', async () => {
		const reads = jest.spyOn(TestCredentialsHelper.prototype, 'getDecrypted');
		const result = await run(parameters, { items: items.slice(0, 3), auth: 'oauth' });
		expect(result.error).toBeUndefined();
		const upserts = requestsTo(state.fake, 'POST', /^\/contacts\/upsert$/);
		expect(upserts.every((r) => r.headers.authorization === `Bearer ${OAUTH_ACCESS_TOKEN}`)).toBe(
			true,
		);
		expect(
			reads.mock.calls.filter(([, , type]) => type === 'highLevelAppOAuth2Api').length,
		).toBeGreaterThan(upserts.length);
	});
});
