/**
 * The shapes HighLevel's burst limit may have. HighLevel documents "100 requests per 10
 * seconds" and the `X-RateLimit-*` headers, not how the window moves, so the fake offers each
 * plausible one and the node must be right on all of them:
 * - `fixed`: a window opens with the first request after the last one closed, and allows `max`
 *   requests until `intervalMs` later (the fake's default);
 * - `sliding`: at most `max` requests in any `intervalMs` (a log of when each was counted);
 * - `token`: a bucket of `max` tokens, refilled evenly at `max` per `intervalMs`.
 * `remaining` is what `X-RateLimit-Remaining` says: what may still be sent right now.
 */
export type LimiterShape = 'fixed' | 'sliding' | 'token';
export const LIMITER_SHAPES: LimiterShape[] = ['fixed', 'sliding', 'token'];

export interface Limiter {
	/** Counts one request at `now`; false when HighLevel would answer 429 (nothing is counted). */
	take(now: number): boolean;
	remaining(now: number): number;
}

export function createLimiter(shape: LimiterShape, max: number, intervalMs: number): Limiter {
	if (shape === 'sliding') return slidingLimiter(max, intervalMs);
	if (shape === 'token') return tokenLimiter(max, intervalMs);
	return fixedLimiter(max, intervalMs);
}

function fixedLimiter(max: number, intervalMs: number): Limiter {
	let windowStart = -Infinity;
	let used = 0;
	const roll = (now: number) => {
		if (now - windowStart >= intervalMs) {
			windowStart = now;
			used = 0;
		}
	};
	return {
		take(now) {
			roll(now);
			if (used >= max) return false;
			used++;
			return true;
		},
		remaining(now) {
			if (now - windowStart >= intervalMs) return max;
			return Math.max(0, max - used);
		},
	};
}

function slidingLimiter(max: number, intervalMs: number): Limiter {
	// When each counted request leaves the window, oldest first.
	const expiries: number[] = [];
	let head = 0;
	const expire = (now: number) => {
		while (head < expiries.length && expiries[head] <= now) head++;
		if (head > 1024 && head * 2 > expiries.length) {
			expiries.splice(0, head);
			head = 0;
		}
	};
	return {
		take(now) {
			expire(now);
			if (expiries.length - head >= max) return false;
			expiries.push(now + intervalMs);
			return true;
		},
		remaining(now) {
			expire(now);
			return Math.max(0, max - (expiries.length - head));
		},
	};
}

function tokenLimiter(max: number, intervalMs: number): Limiter {
	let tokens = max;
	let at = -Infinity;
	const refill = (now: number) => {
		tokens = at === -Infinity ? max : Math.min(max, tokens + ((now - at) * max) / intervalMs);
		at = now;
	};
	return {
		take(now) {
			refill(now);
			if (tokens < 1) return false;
			tokens -= 1;
			return true;
		},
		remaining(now) {
			refill(now);
			return Math.floor(tokens);
		},
	};
}

/**
 * The least time `n` requests can take on a limiter of this shape, from the first leaving to
 * the last answered, when each is answered `latencyMs` after it leaves: what a client that
 * knows the limit exactly could reach.
 */
export function leastTimeMs(
	shape: LimiterShape,
	n: number,
	max: number,
	intervalMs: number,
	latencyMs: number,
): number {
	if (shape === 'token') return (Math.max(0, n - max) * intervalMs) / max + latencyMs;
	return (Math.ceil(n / max) - 1) * intervalMs + latencyMs;
}
