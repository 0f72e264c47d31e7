import { sleep } from 'n8n-workflow';

/**
 * HighLevel's rate-limit state for one sub-account (or company), as its headers last told it.
 * It lives in the process, so every execution sharing a location in this process slows down
 * together; other processes are paced by the same headers they receive.
 */
interface Bucket {
	remaining?: number;
	max?: number;
	intervalMs?: number;
	dailyRemaining?: number;
	/** Earliest moment the window is assumed to have refilled, once it was seen empty. */
	blockedUntil?: number;
}

const buckets = new Map<string, Bucket>();

export const DEFAULT_INTERVAL_MS = 10_000;

function header(headers: Record<string, unknown>, name: string): number | undefined {
	const raw = headers[name] ?? headers[name.toLowerCase()];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

/** Records what the rate-limit headers of an answer say. */
export function observe(key: string, headers: Record<string, unknown>, status: number): void {
	const bucket = buckets.get(key) ?? {};
	const remaining = header(headers, 'x-ratelimit-remaining');
	const max = header(headers, 'x-ratelimit-max');
	const intervalMs = header(headers, 'x-ratelimit-interval-milliseconds');
	const daily = header(headers, 'x-ratelimit-daily-remaining');
	if (remaining !== undefined) bucket.remaining = remaining;
	if (max !== undefined) bucket.max = max;
	if (intervalMs !== undefined) bucket.intervalMs = intervalMs;
	if (daily !== undefined) bucket.dailyRemaining = daily;
	if (status === 429 || bucket.remaining === 0) {
		bucket.blockedUntil = Date.now() + waitAfter429(headers, 1);
		bucket.remaining = undefined;
	}
	buckets.set(key, bucket);
}

/** Waits while the bucket is known to be empty, so the next request is not a wasted 429. */
export async function waitForCapacity(key: string): Promise<void> {
	const bucket = buckets.get(key);
	if (!bucket?.blockedUntil) return;
	const wait = bucket.blockedUntil - Date.now();
	if (wait > 0) await sleep(wait);
	if (bucket.blockedUntil && bucket.blockedUntil <= Date.now()) bucket.blockedUntil = undefined;
}

/**
 * How long to wait before resending after a 429: `Retry-After` when HighLevel sends one,
 * otherwise the window HighLevel announces, growing a little with each attempt.
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
