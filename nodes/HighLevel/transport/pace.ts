import { sleep } from 'n8n-workflow';

/**
 * HighLevel allows a fixed number of requests per window per sub-account (100 per 10 s) and
 * says on every answer how many are left (`X-RateLimit-Remaining`). The pacer spends that
 * budget freely while it is large and spreads the rest over what is left of the window, so
 * the requests of this process reach the ceiling without running into 429s. Several
 * executions or workers sharing a location see the same headers and slow down together.
 */
export interface Bucket {
	max: number;
	intervalMs: number;
	/** Requests left in HighLevel's current window, as last reported. */
	remaining?: number;
	/** When the current window is thought to have started (seen as a jump in `remaining`). */
	windowStart?: number;
	inFlight: number;
	/** Earliest start for the next request while the budget is spread out. */
	nextSlot: number;
	/** No request before this moment (after a 429 or an empty window). */
	blockedUntil: number;
	/** When the pacer last assumed a fresh window; answers to older requests describe the old one. */
	freshSince: number;
	/** Typical time to an answer; HighLevel's window may start anywhere within it. */
	latencyMs: number;
}

const buckets = new Map<string, Bucket>();

export const DEFAULT_INTERVAL_MS = 10_000;

/**
 * The transport's own waits: the window assumed before HighLevel's headers say otherwise, the
 * backoff before a safe resend, and how long an answer may take. Tests shorten them so fault
 * scenarios run in milliseconds; nothing in the node changes them.
 */
export const timing = {
	defaultIntervalMs: DEFAULT_INTERVAL_MS,
	backoffBaseMs: 250,
	backoffMaxMs: 4_000,
	requestTimeoutMs: 60_000,
	/** Sent this long after a window should have ended, since clocks and latencies jitter. */
	edgeMarginMs: 100,
};
const DEFAULT_MAX = 100;
/** Below this share of the window's budget, requests are spread out instead of sent at once. */
const SPREAD_BELOW = 0.25;

export function bucketState(key: string): Bucket | undefined {
	return buckets.get(key);
}

function bucketFor(key: string): Bucket {
	let bucket = buckets.get(key);
	if (!bucket) {
		bucket = { max: DEFAULT_MAX, intervalMs: timing.defaultIntervalMs, inFlight: 0, nextSlot: 0, blockedUntil: 0, freshSince: 0, latencyMs: 0 };
		buckets.set(key, bucket);
	}
	return bucket;
}

function header(headers: Record<string, unknown>, name: string): number | undefined {
	const raw = headers[name] ?? headers[name.toLowerCase()];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

/** When HighLevel's current window ends at the latest, as seen from here. */
function windowEnd(bucket: Bucket, now: number): number {
	if (bucket.windowStart !== undefined) {
		const end = bucket.windowStart + bucket.intervalMs + bucket.latencyMs;
		if (end > now) return end;
	}
	return now + bucket.intervalMs;
}

/** Waits until a request may start without spending more than HighLevel allows. */
export async function acquire(key: string): Promise<void> {
	const bucket = bucketFor(key);
	for (;;) {
		const now = Date.now();
		if (bucket.blockedUntil > now) {
			await sleep(bucket.blockedUntil - now);
			continue;
		}
		if (bucket.windowStart !== undefined && now >= bucket.windowStart + bucket.intervalMs + bucket.latencyMs) {
			// The window has ended and refilled, whatever the last answer of it said.
			bucket.remaining = undefined;
			bucket.windowStart = undefined;
			bucket.freshSince = now;
		}
		const left = bucket.remaining === undefined ? Infinity : bucket.remaining - bucket.inFlight;
		if (left <= 0) {
			// Nothing left in this window: wait for the next one.
			bucket.blockedUntil = windowEnd(bucket, now) + timing.edgeMarginMs;
			continue;
		}
		if (left < bucket.max * SPREAD_BELOW) {
			if (bucket.nextSlot > now) {
				await sleep(bucket.nextSlot - now);
				continue;
			}
			bucket.nextSlot = now + (windowEnd(bucket, now) - now) / left;
		}
		bucket.inFlight++;
		return;
	}
}

/** Takes in what an answer's rate-limit headers say, and frees the request's place. */
export function release(key: string, headers: Record<string, unknown>, status: number, startedAt: number): void {
	const bucket = bucketFor(key);
	const othersInFlight = Math.max(0, bucket.inFlight - 1);
	bucket.inFlight = othersInFlight;
	const took = Date.now() - startedAt;
	bucket.latencyMs = bucket.latencyMs ? Math.round(0.8 * bucket.latencyMs + 0.2 * took) : took;
	const max = header(headers, 'x-ratelimit-max');
	const interval = header(headers, 'x-ratelimit-interval-milliseconds');
	const remaining = header(headers, 'x-ratelimit-remaining');
	if (max !== undefined && max > 0) bucket.max = max;
	if (interval !== undefined && interval > 0) bucket.intervalMs = interval;
	if (remaining !== undefined && startedAt >= bucket.freshSince) {
		// Answers overtake each other, so an older one may report more left than a newer one.
		// Only a jump larger than what is in flight means HighLevel opened a new window.
		if (bucket.remaining === undefined || remaining > bucket.remaining + othersInFlight + 1) {
			bucket.windowStart = startedAt;
			bucket.remaining = remaining;
		} else {
			bucket.remaining = Math.min(bucket.remaining, remaining);
		}
	}
	if (status === 429) {
		bucket.blockedUntil = Math.max(bucket.blockedUntil, Date.now() + waitAfter429(headers, 1, bucket));
		bucket.remaining = undefined;
	}
}

/** Frees the place of a request whose answer never came. */
export function abandon(key: string): void {
	const bucket = bucketFor(key);
	bucket.inFlight = Math.max(0, bucket.inFlight - 1);
}

/**
 * How long to wait before resending after a 429: `Retry-After` when HighLevel sends one,
 * otherwise until the window is thought to end (never longer than the window HighLevel
 * announces), growing with each attempt in case that guess was early.
 */
export function waitAfter429(headers: Record<string, unknown>, attempt: number, bucket?: Bucket): number {
	const retryAfterRaw = headers['retry-after'];
	const retryAfter = Array.isArray(retryAfterRaw) ? retryAfterRaw[0] : retryAfterRaw;
	if (typeof retryAfter === 'string' || typeof retryAfter === 'number') {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const at = Date.parse(String(retryAfter));
		if (Number.isFinite(at)) return Math.max(0, at - Date.now());
	}
	const interval = header(headers, 'x-ratelimit-interval-milliseconds') ?? bucket?.intervalMs ?? timing.defaultIntervalMs;
	const untilWindowEnd =
		bucket?.windowStart !== undefined ? bucket.windowStart + interval + bucket.latencyMs - Date.now() + 50 : interval;
	const first = Math.min(interval, Math.max(50, untilWindowEnd));
	return Math.min(first * attempt, 60_000);
}

/** Backoff before resending an idempotent request after a 5xx or a lost connection. */
export function backoff(attempt: number): number {
	return Math.min(timing.backoffBaseMs * 2 ** (attempt - 1), timing.backoffMaxMs);
}

export function resetPacing(): void {
	buckets.clear();
}
