import { sleep } from 'n8n-workflow';

/**
 * HighLevel allows a fixed number of requests per window per sub-account (100 per 10 s) and
 * says on every answer how many are left (`X-RateLimit-Remaining`). The pacer spends that
 * budget freely while it is large and spreads the rest over what is left of the window, so
 * the requests of this process reach the ceiling without running into 429s. Several
 * executions or workers sharing a location see the same headers and slow down together.
 */
interface Bucket {
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
}

const buckets = new Map<string, Bucket>();

export const DEFAULT_INTERVAL_MS = 10_000;
const DEFAULT_MAX = 100;
/** Below this share of the window's budget, requests are spread out instead of sent at once. */
const SPREAD_BELOW = 0.25;

function bucketFor(key: string): Bucket {
	let bucket = buckets.get(key);
	if (!bucket) {
		bucket = { max: DEFAULT_MAX, intervalMs: DEFAULT_INTERVAL_MS, inFlight: 0, nextSlot: 0, blockedUntil: 0 };
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

function windowEnd(bucket: Bucket, now: number): number {
	if (bucket.windowStart !== undefined) {
		const end = bucket.windowStart + bucket.intervalMs;
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
		const left = bucket.remaining === undefined ? Infinity : bucket.remaining - bucket.inFlight;
		if (left <= 0) {
			// Nothing left in this window: wait for the next one.
			bucket.blockedUntil = windowEnd(bucket, now) + 25;
			bucket.remaining = undefined;
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
	bucket.inFlight = Math.max(0, bucket.inFlight - 1);
	const max = header(headers, 'x-ratelimit-max');
	const interval = header(headers, 'x-ratelimit-interval-milliseconds');
	const remaining = header(headers, 'x-ratelimit-remaining');
	if (max !== undefined && max > 0) bucket.max = max;
	if (interval !== undefined && interval > 0) bucket.intervalMs = interval;
	if (remaining !== undefined) {
		// More left than before means HighLevel opened a new window around this request.
		if (bucket.remaining === undefined || remaining > bucket.remaining) bucket.windowStart = startedAt;
		bucket.remaining = remaining;
	}
	if (status === 429) {
		bucket.blockedUntil = Math.max(bucket.blockedUntil, Date.now() + waitAfter429(headers, 1));
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
 * otherwise the window HighLevel announces (growing with each attempt), or 10 s.
 */
export function waitAfter429(headers: Record<string, unknown>, attempt: number): number {
	const retryAfterRaw = headers['retry-after'];
	const retryAfter = Array.isArray(retryAfterRaw) ? retryAfterRaw[0] : retryAfterRaw;
	if (typeof retryAfter === 'string' || typeof retryAfter === 'number') {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const at = Date.parse(String(retryAfter));
		if (Number.isFinite(at)) return Math.max(0, at - Date.now());
	}
	const interval = header(headers, 'x-ratelimit-interval-milliseconds') ?? DEFAULT_INTERVAL_MS;
	return Math.min(interval * attempt, 60_000);
}

/** Backoff before resending an idempotent request after a 5xx or a lost connection. */
export function backoff(attempt: number): number {
	return Math.min(250 * 2 ** (attempt - 1), 4_000);
}

export function resetPacing(): void {
	buckets.clear();
}
