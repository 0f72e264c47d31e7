import {
	OAUTH_ACCESS_TOKEN,
	OAUTH_CLIENT_SECRET,
	OAUTH_REFRESH_TOKEN,
	PIT_TOKEN,
	type RunResult,
} from '../harness/run';

/** The test credentials' secret values; tokens the fake mints during a run are added as they appear. */
const FIXED_SECRETS = [PIT_TOKEN, OAUTH_ACCESS_TOKEN, OAUTH_REFRESH_TOKEN, OAUTH_CLIENT_SECRET];
/** Access, refresh and location tokens the fake HighLevel hands out. */
const MINTED = /fake-(?:access|refresh|location)-[A-Za-z0-9]{20}/g;

function errorText(error: unknown): string {
	if (!error || typeof error !== 'object') return String(error ?? '');
	const names = Object.getOwnPropertyNames(error);
	const parts = [JSON.stringify(error, names)];
	const { stack, cause } = error as { stack?: unknown; cause?: unknown };
	if (typeof stack === 'string') parts.push(stack);
	if (cause && cause !== error) parts.push(errorText(cause));
	return parts.join('\n');
}

/**
 * Captures what a user, a log or an execution record could show of every run in a test file —
 * output items, error items, the error with its description, context, stack and cause, n8n's
 * stored run data, and every console line (n8n's logger writes there) — and checks at the end
 * that no secret is in any of it.
 */
export function useSecretsScan() {
	const captured: string[] = [];
	const secrets = new Set(FIXED_SECRETS);
	const spies: jest.SpyInstance[] = [];
	beforeAll(() => {
		for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
			spies.push(
				jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
					captured.push(args.map((a) => (typeof a === 'string' ? a : errorText(a))).join(' '));
				}),
			);
		}
	});
	afterAll(() => spies.forEach((spy) => spy.mockRestore()));

	return {
		capture(result: RunResult): void {
			for (const update of result.credentialsHelper.updates) {
				const data = (update.data.oauthTokenData ?? {}) as Record<string, unknown>;
				for (const k of ['access_token', 'refresh_token'])
					if (typeof data[k] === 'string') secrets.add(data[k] as string);
			}
			captured.push(
				JSON.stringify(result.items),
				JSON.stringify(result.errorItems),
				errorText(result.error),
				JSON.stringify(result.run?.data?.resultData ?? null),
			);
		},
		/** Secrets found in anything captured so far, with a little context each. */
		leaks(): string[] {
			const found: string[] = [];
			for (const text of captured) {
				for (const secret of secrets) {
					const at = text.indexOf(secret);
					if (at !== -1) found.push(`${secret}: …${text.slice(Math.max(0, at - 80), at)}`);
				}
				for (const minted of text.match(MINTED) ?? [])
					found.push(`${minted} (a token the fake minted)`);
			}
			return found;
		},
		/** How much was looked at, so a scan that saw nothing cannot pass unnoticed. */
		size(): number {
			return captured.length;
		},
	};
}
