/**
 * The bulk-write patterns of the benchmark, each sending contact upserts to the fake HighLevel:
 * the node (one sub-account, or two alternating through an agency token), a raw client that
 * knows the limit exactly (the ideal), a raw client that sends everything at once, and one
 * that sends one at a time.
 */
import type { LimiterShape } from '../test/fake-highlevel/limiter';
import { runHighLevel } from '../test/harness/run';
import { resetPacing } from '../nodes/HighLevel/transport/pace';
import { benchCredentials, BENCH_TOKEN, upsertRaw } from './cpu';

export interface NodeRun {
	seconds: number;
	/** Items that came out as errors (a 429 the node did not absorb, or anything else). */
	failed: number;
	outputs: number;
}

/** `n` upserts through the node with a Private Integration Token of the bench location. */
export async function nodeUpserts(
	baseUrl: string,
	n: number,
	prefix: string,
	token = BENCH_TOKEN,
): Promise<NodeRun> {
	resetPacing();
	const items = Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@example.com` }));
	const credentials = benchCredentials(baseUrl);
	credentials.highLevelPrivateIntegrationApi.token = token;
	const started = Date.now();
	const result = await runHighLevel({
		baseUrl,
		credentials,
		parameters: { resource: 'contact', operation: 'upsert', email: '={{ $json.email }}' },
		items,
		onError: 'continueRegularOutput',
	});
	const seconds = (Date.now() - started) / 1000;
	const failed = result.items.filter((i) => i.json.error).length + (result.error ? n : 0);
	return { seconds, failed, outputs: result.items.length };
}

/**
 * `n` upserts through the node with an agency token, alternating between two sub-accounts.
 * The location tokens minted by an earlier run are kept (a process keeps them for an hour), so
 * the run measures the writes, not one mint per sub-account.
 */
export async function nodeUpsertsTwoAccounts(
	baseUrl: string,
	n: number,
	prefix: string,
	locations: string[],
	agencyToken: string,
	companyId: string,
): Promise<NodeRun> {
	resetPacing();
	const items = Array.from({ length: n }, (_, i) => ({
		email: `${prefix}${i}@example.com`,
		location: locations[i % locations.length],
	}));
	const credentials = benchCredentials(baseUrl);
	credentials.highLevelAppOAuth2Api.oauthTokenData = {
		access_token: agencyToken,
		refresh_token: 'bench-agency-refresh',
		userType: 'Company',
		companyId,
	};
	const started = Date.now();
	const result = await runHighLevel({
		baseUrl,
		credentials,
		auth: 'oauth',
		parameters: {
			resource: 'contact',
			operation: 'upsert',
			email: '={{ $json.email }}',
			locationId: '={{ $json.location }}',
		},
		items,
		onError: 'continueRegularOutput',
	});
	const seconds = (Date.now() - started) / 1000;
	const failed = result.items.filter((i) => i.json.error).length + (result.error ? n : 0);
	return { seconds, failed, outputs: result.items.length };
}

export interface RawRun {
	seconds: number;
	/** 429s drawn (and resent, for the ideal client). */
	refused: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * A raw client that knows the fake's limit, its shape and the latency, and that the fake counts
 * a request as it answers it: it sends the whole budget at once, then each request so that it
 * arrives just as a place frees (for a window, an interval after the place was taken; for a
 * token bucket, as each token comes back). A 429 is resent.
 */
export async function idealUpserts(
	baseUrl: string,
	shape: LimiterShape,
	n: number,
	latencyMs: number,
	max = 100,
	intervalMs = 10_000,
): Promise<RawRun> {
	const MARGIN_MS = 3;
	let refused = 0;
	let sent = 0;
	const started = Date.now();
	const send = async (): Promise<number> => {
		const i = sent++;
		for (;;) {
			const response = await upsertRaw(baseUrl, BENCH_TOKEN, `ideal${i}@example.com`);
			if (response.status !== 429) return Date.now();
			refused++;
			await sleep(20);
		}
	};
	const burst = Math.min(n, max);
	if (shape === 'token') {
		const answers = await Promise.all(Array.from({ length: burst }, send));
		const emptyAt = Math.max(...answers);
		const rest: Array<Promise<number>> = [];
		for (let k = 1; sent < n; k++) {
			await sleep(emptyAt + (k * intervalMs) / max - latencyMs + MARGIN_MS - Date.now());
			rest.push(send());
		}
		await Promise.all(rest);
	} else {
		// Each place is taken again an interval after the fake counted the request that held it.
		const slot = async (): Promise<void> => {
			while (sent < n) {
				const answeredAt = await send();
				if (sent >= n) return;
				await sleep(answeredAt + intervalMs - latencyMs + MARGIN_MS - Date.now());
			}
		};
		await Promise.all(Array.from({ length: burst }, slot));
	}
	return { seconds: (Date.now() - started) / 1000, refused };
}

/** Everything at once, as a loop without pacing sends it. */
export async function unpacedUpserts(baseUrl: string, n: number): Promise<RawRun> {
	const started = Date.now();
	const all = await Promise.all(
		Array.from({ length: n }, (_, i) => upsertRaw(baseUrl, BENCH_TOKEN, `unpaced${i}@example.com`)),
	);
	return {
		seconds: (Date.now() - started) / 1000,
		refused: all.filter((r) => r.status === 429).length,
	};
}

/** One at a time, as n8n's built-in node sends items without batching. */
export async function sequentialUpserts(baseUrl: string, n: number): Promise<RawRun> {
	const started = Date.now();
	let refused = 0;
	for (let i = 0; i < n; i++)
		if ((await upsertRaw(baseUrl, BENCH_TOKEN, `seq${i}@example.com`)).status === 429) refused++;
	return { seconds: (Date.now() - started) / 1000, refused };
}
