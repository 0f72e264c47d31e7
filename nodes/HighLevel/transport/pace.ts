import { sleep } from 'n8n-workflow';

/**
 * HighLevel allows `X-RateLimit-Max` requests per `X-RateLimit-Interval-Milliseconds` per
 * sub-account and says on every answer how many are left (`X-RateLimit-Remaining`), but not
 * whether its window is fixed, sliding or a token bucket. The pacer keeps the one rule that is
 * safe under all three, never more than `max` of its requests in any interval, and reads each
 * answer's headers for what that rule cannot know:
 * - its own requests are kept in a log, each holding its place until one interval after its
 *   answer came, less the quickest round trip seen (a request reaches HighLevel's counter that
 *   much after it leaves, so a request sent when a place frees is counted after the old one
 *   left the window); requests in flight hold a place too;
 * - `max − remaining` is what HighLevel counts; when that is less than the log holds, HighLevel
 *   has let the oldest go (a fixed window that turned over, a bucket that refilled) and so does
 *   the log; when it is more, the rest is other clients' use (other executions, other n8n
 *   workers on the same sub-account), kept for one interval, so that everyone slows down;
 * - when nothing is left, the next request waits for the oldest place to free, not a window.
 */
export interface Bucket {
	max: number;
	intervalMs: number;
	/** Whether any answer has come: until then only a few requests go out, to learn the budget. */
	answered: boolean;
	/** When the place of each of the node's answered requests frees, ascending (from `head`). */
	frees: number[];
	head: number;
	/** When each request in flight left. */
	inFlight: number[];
	/** Other clients' use as last measured (`n` at `at`); it lapses one interval later. */
	others: { at: number; n: number };
	/** The most others were seen to use lately: while they may come back, the node keeps to its share. */
	othersPeak: { at: number; n: number };
	/** Since when others have been about (0: not lately). */
	othersSince: number;
	/** When recent answers came (to grow what is in flight by at most twice per round trip). */
	answers: number[];
	/** Quickest round trip seen, and a running typical one. */
	fastestMs: number;
	latencyMs: number;
	/** No request before this moment (a `Retry-After`). */
	blockedUntil: number;
	/** Requests waiting for a place, first come first served. */
	queue: Array<(startedAt: number) => void>;
	pumping: boolean;
	/** Wakes the waiting queue when an answer changes the budget. */
	wake?: () => void;
	lastUsed: number;
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
	/** Each place is held this much longer than the interval, since clocks and latencies jitter. */
	edgeMarginMs: 100,
};
const DEFAULT_MAX = 100;
/** Requests in flight on a sub-account before its first answer tells the budget. */
export const FIRST_REQUESTS = 15;
/** Other clients' use below this share of the budget is taken for noise in the measures. */
const OTHERS_NOISE = 0.03;

export function bucketState(key: string): Bucket | undefined {
	return buckets.get(key);
}

function bucketFor(key: string): Bucket {
	let bucket = buckets.get(key);
	if (!bucket) {
		bucket = {
			max: DEFAULT_MAX,
			intervalMs: timing.defaultIntervalMs,
			answered: false,
			frees: [],
			head: 0,
			inFlight: [],
			others: { at: 0, n: 0 },
			othersPeak: { at: 0, n: 0 },
			othersSince: 0,
			answers: [],
			fastestMs: Infinity,
			latencyMs: 0,
			blockedUntil: 0,
			queue: [],
			pumping: false,
			lastUsed: 0,
		};
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

/** Index of the first place in the log that frees after `t`. */
function firstAfter(bucket: Bucket, t: number): number {
	let lo = bucket.head;
	let hi = bucket.frees.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (bucket.frees[mid] > t) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** Other clients' use that still counts at `now`. */
function othersAt(bucket: Bucket, now: number): number {
	return bucket.others.at + bucket.intervalMs > now ? bucket.others.n : 0;
}

/**
 * How many more requests may leave now. What is in flight grows by at most twice what was
 * answered in the last round trip (from a few, after a pause), so that the answers can tell
 * of other clients before the node takes the whole budget. While others are about, the node
 * keeps to half the budget (they do the same), more only when they have used little for a
 * while, so that two workers writing to one sub-account share it evenly.
 */
function budget(bucket: Bucket, now: number): number {
	if (!bucket.answered) return FIRST_REQUESTS - bucket.inFlight.length;
	while (bucket.answers.length && bucket.answers[0] <= now - Math.max(bucket.latencyMs, 1))
		bucket.answers.shift();
	const growth = Math.max(FIRST_REQUESTS, 2 * bucket.answers.length) - bucket.inFlight.length;
	const others = othersAt(bucket, now);
	const room = free(bucket, now, others);
	const peak = bucket.othersPeak.at + 2 * bucket.intervalMs > now ? bucket.othersPeak.n : 0;
	if (Math.max(others, peak) < OTHERS_NOISE * bucket.max) return Math.min(growth, room);
	// Half the budget while others may still be growing into theirs (their latest requests are
	// not counted yet); more only when they have used little for a whole interval.
	const settled = now - bucket.othersSince >= bucket.intervalMs;
	const half = Math.ceil(bucket.max / 2);
	const share =
		(settled ? Math.max(half, bucket.max - 2 * Math.max(others, peak)) : half) -
		ownUse(bucket, now);
	return Math.min(growth, room, share);
}

/** Places the node holds at `now`: answered requests still in the window, and those in flight. */
function ownUse(bucket: Bucket, now: number): number {
	return bucket.frees.length - firstAfter(bucket, now) + bucket.inFlight.length;
}

/** What is left of HighLevel's budget at `now`, as far as the log and the measures tell. */
function free(bucket: Bucket, now: number, others = othersAt(bucket, now)): number {
	return bucket.max - ownUse(bucket, now) - others;
}

/** When the budget may grow next without an answer: a place frees, or a measure of others lapses. */
function nextChange(bucket: Bucket, now: number): number {
	let at = Infinity;
	const i = firstAfter(bucket, now);
	if (i < bucket.frees.length) at = bucket.frees[i];
	if (bucket.others.n && bucket.others.at + bucket.intervalMs > now)
		at = Math.min(at, bucket.others.at + bucket.intervalMs);
	return at;
}

function take(bucket: Bucket, now: number): boolean {
	if (bucket.blockedUntil > now || budget(bucket, now) < 1) return false;
	bucket.inFlight.push(now);
	bucket.lastUsed = now;
	return true;
}

/**
 * Waits until a request may leave without spending more than HighLevel allows, and returns
 * when it left (hand it back to `release` or `abandon`).
 */
export async function acquire(key: string): Promise<number> {
	const bucket = bucketFor(key);
	const now = Date.now();
	if (!bucket.queue.length && take(bucket, now)) return now;
	return await new Promise<number>((resolve) => {
		bucket.queue.push(resolve);
		void pump(bucket);
	});
}

/** Lets waiting requests go, in order, as places free or answers change the budget. */
async function pump(bucket: Bucket): Promise<void> {
	if (bucket.pumping) return;
	bucket.pumping = true;
	try {
		while (bucket.queue.length) {
			const now = Date.now();
			if (take(bucket, now)) {
				bucket.queue.shift()?.(now);
				continue;
			}
			const until = bucket.blockedUntil > now ? bucket.blockedUntil : nextChange(bucket, now);
			const woken = new Promise<void>((resolve) => (bucket.wake = resolve));
			// Without anything that frees by itself, only an answer can (one is in flight). When an
			// answer comes first the sleep is called off: left running, it would hold the process
			// (a jest worker, n8n's task runner) for up to a rate-limit window after the last request.
			const wakeUp = new AbortController();
			const slept =
				until === Infinity
					? []
					: [sleep(Math.max(1, until - now), wakeUp.signal).catch(() => undefined)];
			await Promise.race([woken, ...slept]);
			wakeUp.abort();
			bucket.wake = undefined;
		}
	} finally {
		bucket.pumping = false;
	}
}

function leave(bucket: Bucket, startedAt: number): void {
	const i = bucket.inFlight.indexOf(startedAt);
	bucket.inFlight.splice(i === -1 ? 0 : i, 1);
}

/** Takes in what an answer's rate-limit headers say, and frees the request's place in flight. */
export function release(
	key: string,
	headers: Record<string, unknown>,
	status: number,
	startedAt: number,
): void {
	const bucket = bucketFor(key);
	const now = Date.now();
	leave(bucket, startedAt);
	bucket.answered = true;
	bucket.answers.push(now);
	const took = Math.max(0, now - startedAt);
	bucket.fastestMs = Math.min(bucket.fastestMs, took);
	bucket.latencyMs = bucket.latencyMs ? 0.8 * bucket.latencyMs + 0.2 * took : took;
	const max = header(headers, 'x-ratelimit-max');
	const interval = header(headers, 'x-ratelimit-interval-milliseconds');
	const remaining = header(headers, 'x-ratelimit-remaining');
	if (max !== undefined && max > 0) bucket.max = max;
	if (interval !== undefined && interval > 0) bucket.intervalMs = interval;
	// HighLevel counts no refused request. A 429 without the headers says nothing about the budget:
	// the transport waits as `waitAfter429` says before resending it.
	if (status !== 429) logAnswer(bucket, now);
	else {
		// A Retry-After holds every request to this sub-account, for at most one interval.
		const retryAfter = retryAfterMs(headers);
		if (retryAfter !== undefined)
			bucket.blockedUntil = Math.max(
				bucket.blockedUntil,
				now + Math.min(retryAfter, bucket.intervalMs),
			);
	}
	if (remaining !== undefined) measure(bucket, Math.max(0, bucket.max - remaining), startedAt, now);
	forgetOld(bucket);
	bucket.wake?.();
}

/** Logs one counted request: its place frees an interval after it reached HighLevel. */
function logAnswer(bucket: Bucket, now: number): void {
	const frees = now - bucket.fastestMs + bucket.intervalMs + timing.edgeMarginMs;
	let i = bucket.frees.length;
	// Almost always the latest; a shorter interval from the headers may put it earlier.
	while (i > bucket.head && bucket.frees[i - 1] > frees) i--;
	bucket.frees.splice(i, 0, frees);
}

/**
 * Compares what HighLevel counts (`used`, when the request that left at `startedAt` reached
 * it) with the log: own requests HighLevel no longer counts are let go, the excess is others'.
 */
function measure(bucket: Bucket, used: number, startedAt: number, now: number): void {
	// Places still held when this request left: HighLevel counted them, or let them go early.
	const from = firstAfter(bucket, startedAt);
	let held = bucket.frees.length - from;
	if (used < held) {
		// HighLevel let the oldest go early (a fixed window turned over, a bucket refilled).
		bucket.frees.splice(from, held - used);
		held = used;
	}
	// Own requests that left before this one and are still in flight may be counted already.
	let before = 0;
	for (const t of bucket.inFlight) if (t < startedAt) before++;
	bucket.others = { at: now, n: Math.max(0, used - held - before) };
	if (
		bucket.othersPeak.at + 2 * bucket.intervalMs <= now ||
		bucket.othersPeak.n < OTHERS_NOISE * bucket.max
	)
		bucket.othersSince = now;
	if (bucket.others.n >= bucket.othersPeak.n || bucket.othersPeak.at + 2 * bucket.intervalMs <= now)
		bucket.othersPeak = bucket.others;
}

/** Drops places that freed before any request still in flight left: no answer can concern them. */
function forgetOld(bucket: Bucket): void {
	const oldest = bucket.inFlight.length ? Math.min(...bucket.inFlight) : Date.now();
	bucket.head = firstAfter(bucket, Math.min(oldest, Date.now()) - 1);
	if (bucket.head > 1024 && bucket.head * 2 > bucket.frees.length) {
		bucket.frees.splice(0, bucket.head);
		bucket.head = 0;
	}
}

/** Frees the place of a request whose answer never came. */
export function abandon(key: string, startedAt?: number): void {
	const bucket = bucketFor(key);
	leave(bucket, startedAt ?? bucket.inFlight[0]);
	bucket.wake?.();
}

/**
 * How long to wait before resending after a 429: `Retry-After` when HighLevel sends one,
 * otherwise until a place in the log frees (at least a moment, at most the window HighLevel
 * announces), growing with each attempt in case HighLevel counts differently.
 */
export function waitAfter429(
	headers: Record<string, unknown>,
	attempt: number,
	bucket?: Bucket,
): number {
	const retryAfter = retryAfterMs(headers);
	if (retryAfter !== undefined) return retryAfter;
	const interval =
		header(headers, 'x-ratelimit-interval-milliseconds') ??
		bucket?.intervalMs ??
		timing.defaultIntervalMs;
	const now = Date.now();
	const next = bucket ? nextChange(bucket, now) - now : interval;
	const slot = interval / (bucket?.max ?? DEFAULT_MAX);
	const first = Math.min(interval, Math.max(slot, next));
	return Math.min(first * attempt, 60_000);
}

function retryAfterMs(headers: Record<string, unknown>): number | undefined {
	const raw = headers['retry-after'];
	const retryAfter = Array.isArray(raw) ? raw[0] : raw;
	if (typeof retryAfter !== 'string' && typeof retryAfter !== 'number') return undefined;
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const at = Date.parse(String(retryAfter));
	return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/**
 * How many items are worth having under way at once: on every sub-account in use, what is
 * left of its budget plus what keeps it busy for one round trip (its rate × latency).
 */
export function wantedInFlight(): number {
	const now = Date.now();
	let wanted = 0;
	let active = 0;
	for (const bucket of buckets.values()) {
		if (now - bucket.lastUsed > bucket.intervalMs) continue;
		active++;
		const rate = bucket.max / bucket.intervalMs;
		wanted +=
			Math.max(0, budget(bucket, now)) +
			bucket.inFlight.length +
			Math.ceil(rate * bucket.latencyMs) +
			1;
	}
	return active ? Math.max(FIRST_REQUESTS, wanted) : FIRST_REQUESTS;
}

/** Backoff before resending an idempotent request after a 5xx or a lost connection. */
export function backoff(attempt: number): number {
	return Math.min(timing.backoffBaseMs * 2 ** (attempt - 1), timing.backoffMaxMs);
}

export function resetPacing(): void {
	buckets.clear();
}
