import type { Bucket } from './pace';
import { backoff, waitAfter429 } from './pace';

/**
 * What a request that did not succeed left behind in HighLevel. Errors carry it as data
 * (`outcomeOf` in errors.ts), so no module reads it back out of a message.
 */
export type Outcome = 'not applied' | 'may have been applied' | 'applied';

/**
 * The bounds on every wait of the retry loop. A single wait longer than `maxSingleWaitMs` is not
 * started (the item fails at once, saying what HighLevel asked for); an item that has waited
 * `maxTotalWaitMs` in all gives up. Tests shorten them; nothing in the node changes them.
 */
export const retryLimits = {
	maxSingleWaitMs: 60_000,
	maxTotalWaitMs: 300_000,
	max429Retries: 8,
	maxUnsafeRetries: 3,
};

/** Connection failures that mean the request never reached HighLevel. */
const NEVER_SENT = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

/** What one attempt ended with, short of a success with a complete body. */
export type Attempt =
	/** HighLevel (or something in front of it) answered with this status. */
	| { kind: 'answer'; status: number; headers: Record<string, unknown>; body: unknown }
	/** A success status arrived, but the connection dropped before the body was complete. */
	| { kind: 'cut'; status: number; headers: Record<string, unknown> }
	/** No answer at all: reset, timeout, DNS; `code` is Node's error code where there is one. */
	| { kind: 'lost'; code?: string };

/** What the retry loop knows about the request and its earlier attempts. */
export interface RetryState {
	/** Whether sending it twice cannot apply it twice (spec table's `idempotent`). */
	idempotent: boolean;
	method: string;
	/** Sent with a location token minted from an agency token (which may be minted again once). */
	asLocation: boolean;
	rateLimited: number;
	failed: number;
	/** Already waited for this item, by this and earlier requests. */
	waitedMs: number;
	remintedAfter401: boolean;
	/** Set once an attempt may have been applied without its answer arriving. */
	outcomeUnknown: boolean;
	/** The pacer's view of the bucket, for how long a 429 without `Retry-After` should wait. */
	bucket?: Bucket;
}

export type GiveUp =
	| 'answer'
	| 'redirect'
	| 'lost'
	| 'cut'
	| 'daily quota'
	| 'wait too long'
	| 'waited too long'
	| 'retries spent';

export type Decision =
	| {
			action: 'retry';
			waitMs: number;
			remint?: boolean;
			outcomeUnknown: boolean;
			counts: 'rateLimited' | 'failed' | 'none';
	  }
	/** The resend of a delete found nothing to delete: the attempt whose answer was lost did it. */
	| { action: 'done' }
	| { action: 'fail'; outcome: Outcome; why: GiveUp; waitMs?: number };

/** A header's first value, whatever case the answer spelled its name in. */
function header(headers: Record<string, unknown>, name: string): string | undefined {
	const key = name in headers ? name : Object.keys(headers).find((k) => k.toLowerCase() === name);
	const raw = key === undefined ? undefined : headers[key];
	const value = Array.isArray(raw) ? raw[0] : raw;
	return value === undefined || value === null || value === '' ? undefined : String(value);
}

/** `X-RateLimit-Daily-Remaining` as a number, where HighLevel sent it. */
export function dailyRemaining(headers: Record<string, unknown>): number | undefined {
	const value = Number(header(headers, 'x-ratelimit-daily-remaining'));
	return header(headers, 'x-ratelimit-daily-remaining') !== undefined && Number.isFinite(value)
		? value
		: undefined;
}

/** The sub-account's daily quota, under the names HighLevel documents and the ones it has been seen to send. */
export function dailyMax(headers: Record<string, unknown>): number | undefined {
	for (const name of ['x-ratelimit-limit-daily', 'x-ratelimit-daily-max']) {
		const raw = header(headers, name);
		const value = Number(raw);
		if (raw !== undefined && Number.isFinite(value) && value > 0) return value;
	}
	return undefined;
}

/** HighLevel answers a missing record with 404, or on many endpoints with 400 "… not found". */
function isNotFound(status: number, message: string | undefined): boolean {
	return status === 404 || (status === 400 && /not found/i.test(message ?? ''));
}

/**
 * The retry policy in one pure function: given what an attempt ended with and what came before,
 * whether to send again (and after how long) or to give up, and what the request may have left
 * behind. `message` is HighLevel's own message of the answer, where it gave one.
 */
export function classify(attempt: Attempt, state: RetryState, message?: string): Decision {
	const unsafeRetry = (outcomeUnknown: boolean): Decision | undefined => {
		if (state.failed >= retryLimits.maxUnsafeRetries) return undefined;
		const waitMs = backoff(state.failed + 1);
		if (state.waitedMs + waitMs > retryLimits.maxTotalWaitMs) return undefined;
		return {
			action: 'retry',
			waitMs,
			outcomeUnknown: state.outcomeUnknown || outcomeUnknown,
			counts: 'failed',
		};
	};

	if (attempt.kind === 'lost') {
		const neverSent = attempt.code !== undefined && NEVER_SENT.has(attempt.code);
		if (state.idempotent || neverSent) {
			const retry = unsafeRetry(!neverSent);
			if (retry) return retry;
		}
		const outcome: Outcome =
			neverSent && !state.outcomeUnknown ? 'not applied' : 'may have been applied';
		return { action: 'fail', outcome, why: state.failed ? 'retries spent' : 'lost' };
	}

	if (attempt.kind === 'cut') {
		// The status said it worked, but what it made (and its ID) never arrived: only a request
		// that cannot apply twice is sent again.
		if (state.idempotent) {
			const retry = unsafeRetry(true);
			if (retry) return retry;
		}
		return { action: 'fail', outcome: 'may have been applied', why: 'cut' };
	}

	const { status, headers } = attempt;
	if (status >= 300 && status < 400) {
		// HighLevel's API does not redirect; following would hand the token to another host.
		return { action: 'fail', outcome: 'not applied', why: 'redirect' };
	}
	if (status === 401 && state.asLocation && !state.remintedAfter401) {
		// A minted location token expired early or was revoked: mint once more.
		return {
			action: 'retry',
			waitMs: 0,
			remint: true,
			outcomeUnknown: state.outcomeUnknown,
			counts: 'none',
		};
	}
	if (status === 429) {
		// HighLevel applied nothing, so resending is always safe, within the bounds.
		if (dailyRemaining(headers) === 0)
			return { action: 'fail', outcome: 'not applied', why: 'daily quota' };
		if (state.rateLimited >= retryLimits.max429Retries)
			return { action: 'fail', outcome: 'not applied', why: 'retries spent' };
		const waitMs = waitAfter429(headers, state.rateLimited + 1, state.bucket);
		if (waitMs > retryLimits.maxSingleWaitMs)
			return { action: 'fail', outcome: 'not applied', why: 'wait too long', waitMs };
		if (state.waitedMs + waitMs > retryLimits.maxTotalWaitMs) {
			return { action: 'fail', outcome: 'not applied', why: 'waited too long', waitMs };
		}
		return { action: 'retry', waitMs, outcomeUnknown: state.outcomeUnknown, counts: 'rateLimited' };
	}
	if (status >= 500) {
		if (state.idempotent) {
			const retry = unsafeRetry(true);
			if (retry) return retry;
		}
		return {
			action: 'fail',
			outcome: 'may have been applied',
			why: state.failed ? 'retries spent' : 'answer',
		};
	}
	if (status >= 200 && status < 300) {
		// A success reaches classify only when its body could not be read whole.
		return classify({ kind: 'cut', status, headers }, state, message);
	}
	if (state.outcomeUnknown && state.method === 'DELETE' && isNotFound(status, message))
		return { action: 'done' };
	return {
		action: 'fail',
		outcome: state.outcomeUnknown ? 'may have been applied' : 'not applied',
		why: 'answer',
	};
}
