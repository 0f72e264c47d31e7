import {
	OAUTH_ACCESS_TOKEN,
	OAUTH_CLIENT_SECRET,
	OAUTH_REFRESH_TOKEN,
	PIT_TOKEN,
	LOCATION_ID,
} from '../harness/run';
import type { RunResult } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();
const SECRETS = [PIT_TOKEN, OAUTH_ACCESS_TOKEN, OAUTH_REFRESH_TOKEN, OAUTH_CLIENT_SECRET];

/** Everything a user or a log could see of a run: items, the error with its stack and context. */
function visible(result: RunResult, logged: string[]): string {
	const error = result.error as (Error & Record<string, unknown>) | undefined;
	const errorParts = error
		? [
				error.message,
				error.stack,
				error.description,
				JSON.stringify(error.context),
				JSON.stringify(error.errorResponse),
				JSON.stringify(error.cause ?? null, Object.getOwnPropertyNames(error.cause ?? {})),
			]
		: [];
	return [
		JSON.stringify(result.items),
		JSON.stringify(result.errorItems),
		...errorParts,
		...logged,
	].join('\n');
}

describe('secrets stay secret', () => {
	const logged: string[] = [];
	beforeEach(() => {
		logged.length = 0;
		for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
			jest
				.spyOn(console, method)
				.mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
		}
	});
	afterEach(() => jest.restoreAllMocks());

	const scenarios: Array<[string, () => Promise<RunResult>]> = [
		[
			'a scope error',
			async () => {
				state.fake.addToken(PIT_TOKEN, { locationId: LOCATION_ID, scopes: ['contacts.readonly'] });
				return await run({ resource: 'contact', operation: 'create', email: 'a@example.com' });
			},
		],
		[
			'a server error',
			async () => {
				state.fake.injectFault({
					method: 'POST',
					path: '/contacts/',
					fault: { kind: 'status', status: 500 },
				});
				return await run({ resource: 'contact', operation: 'create', email: 'a@example.com' });
			},
		],
		[
			'a lost answer',
			async () => {
				state.fake.injectFault({
					method: 'POST',
					path: '/contacts/',
					fault: { kind: 'reset-after' },
				});
				return await run({ resource: 'contact', operation: 'create', email: 'a@example.com' });
			},
		],
		[
			'an HTML error page',
			async () => {
				state.fake.injectFault({
					method: 'GET',
					path: /\/contacts\//,
					times: 10,
					fault: { kind: 'html', status: 502 },
				});
				return await run({ resource: 'contact', operation: 'get', contactId: 'abc' });
			},
		],
		[
			'an OAuth2 refresh that fails',
			async () => {
				state.fake.expireToken(OAUTH_ACCESS_TOKEN);
				state.fake.addOAuthClient({
					clientId: 'test-client-id',
					clientSecret: 'another-secret',
					refreshToken: 'x',
					grant: { scopes: [] },
				});
				return await run(
					{ resource: 'contact', operation: 'upsert', email: 'a@example.com' },
					{ auth: 'oauth' },
				);
			},
		],
		[
			'bad input under Continue On Fail',
			async () =>
				await run(
					{ resource: 'contact', operation: 'upsert', email: 'nope' },
					{ onError: 'continueRegularOutput' },
				),
		],
	];

	it.each(scenarios)('after %s, no token or secret appears anywhere', async (_name, scenario) => {
		const result = await scenario();
		expect(result.error ?? result.items[0]?.json.error).toBeTruthy();
		const text = visible(result, logged);
		for (const secret of SECRETS) expect(text).not.toContain(secret);
	});
});
