import { timing } from '../../nodes/HighLevel/transport/pace';
import {
	classify,
	retryLimits,
	type Attempt,
	type RetryState,
} from '../../nodes/HighLevel/transport/retry';

/** The retry policy alone: every status, header and error kind, with no server and no clock. */

const fresh = (over: Partial<RetryState> = {}): RetryState => ({
	idempotent: false,
	method: 'POST',
	asLocation: false,
	rateLimited: 0,
	failed: 0,
	waitedMs: 0,
	remintedAfter401: false,
	outcomeUnknown: false,
	...over,
});
const answer = (
	status: number,
	headers: Record<string, unknown> = {},
	body: unknown = {},
): Attempt => ({ kind: 'answer', status, headers, body });
const create = fresh();
const update = fresh({ idempotent: true, method: 'PUT' });
const remove = fresh({ idempotent: true, method: 'DELETE' });

describe('classify: HighLevel answered', () => {
	it.each([301, 302, 303, 307, 308])(
		'%i: never followed, not applied, fails for creates and reads alike',
		(status) => {
			const headers = { location: 'https://elsewhere.example/x' };
			expect(classify(answer(status, headers), create)).toEqual({
				action: 'fail',
				outcome: 'not applied',
				why: 'redirect',
			});
			expect(classify(answer(status, headers), update)).toEqual({
				action: 'fail',
				outcome: 'not applied',
				why: 'redirect',
			});
		},
	);

	it.each([400, 401, 403, 404, 409, 413, 415, 422])(
		'%i: HighLevel refused it; not applied, never resent',
		(status) => {
			expect(classify(answer(status), create)).toEqual({
				action: 'fail',
				outcome: 'not applied',
				why: 'answer',
			});
			expect(classify(answer(status), update)).toEqual({
				action: 'fail',
				outcome: 'not applied',
				why: 'answer',
			});
		},
	);

	it('401 on a minted location token: mint again once, then give up', () => {
		const state = fresh({ asLocation: true });
		expect(classify(answer(401), state)).toMatchObject({
			action: 'retry',
			remint: true,
			waitMs: 0,
			counts: 'none',
		});
		expect(classify(answer(401), { ...state, remintedAfter401: true })).toMatchObject({
			action: 'fail',
			outcome: 'not applied',
		});
	});

	it('a refusal after an attempt whose answer was lost may still have been applied', () => {
		expect(
			classify(answer(422), fresh({ idempotent: true, method: 'PUT', outcomeUnknown: true })),
		).toEqual({
			action: 'fail',
			outcome: 'may have been applied',
			why: 'answer',
		});
	});

	it('a delete resent after a lost answer that finds nothing was done by the lost attempt', () => {
		const after = { ...remove, outcomeUnknown: true };
		expect(classify(answer(404), after)).toEqual({ action: 'done' });
		expect(classify(answer(400), after, 'Contact not found')).toEqual({ action: 'done' });
		expect(classify(answer(400), after, 'Bad Request')).toMatchObject({ action: 'fail' });
		// Without a lost attempt before it, a 404 is the user's to hear about.
		expect(classify(answer(404), remove)).toMatchObject({ action: 'fail', outcome: 'not applied' });
		expect(classify(answer(404), { ...update, outcomeUnknown: true })).toMatchObject({
			action: 'fail',
		});
	});

	it.each([500, 502, 503, 504])(
		'%i: resent only when sending twice cannot apply twice',
		(status) => {
			expect(classify(answer(status), create)).toEqual({
				action: 'fail',
				outcome: 'may have been applied',
				why: 'answer',
			});
			const retry = classify(answer(status), update);
			expect(retry).toMatchObject({ action: 'retry', outcomeUnknown: true, counts: 'failed' });
			expect(classify(answer(status), { ...update, failed: retryLimits.maxUnsafeRetries })).toEqual(
				{
					action: 'fail',
					outcome: 'may have been applied',
					why: 'retries spent',
				},
			);
		},
	);

	it('a 2xx that reaches classify is an answer whose body broke off', () => {
		expect(classify(answer(201), create)).toEqual({
			action: 'fail',
			outcome: 'may have been applied',
			why: 'cut',
		});
		expect(classify(answer(200), update)).toMatchObject({ action: 'retry', outcomeUnknown: true });
	});
});

describe('classify: 429', () => {
	it('is always resent, even a create: HighLevel applied nothing', () => {
		expect(classify(answer(429, { 'retry-after': '2' }), create)).toEqual({
			action: 'retry',
			waitMs: 2000,
			outcomeUnknown: false,
			counts: 'rateLimited',
		});
		expect(classify(answer(429, { 'retry-after': '0' }), update)).toMatchObject({
			action: 'retry',
			waitMs: 0,
		});
	});

	it('reads Retry-After as an HTTP date too', () => {
		const decision = classify(
			answer(429, { 'retry-after': new Date(Date.now() + 30_000).toUTCString() }),
			create,
		);
		expect(decision).toMatchObject({ action: 'retry' });
		expect((decision as { waitMs: number }).waitMs).toBeGreaterThan(20_000);
		expect((decision as { waitMs: number }).waitMs).toBeLessThanOrEqual(30_000);
	});

	it('without Retry-After waits for the window the headers announce, never longer', () => {
		const decision = classify(
			answer(429, { 'x-ratelimit-interval-milliseconds': '10000', 'x-ratelimit-remaining': '0' }),
			create,
		);
		expect(decision).toMatchObject({ action: 'retry', counts: 'rateLimited' });
		expect((decision as { waitMs: number }).waitMs).toBeLessThanOrEqual(10_000);
		const bare = classify(answer(429), create);
		expect((bare as { waitMs: number }).waitMs).toBeLessThanOrEqual(timing.defaultIntervalMs);
	});

	it('does not start a wait longer than the single-wait cap; says how long was asked', () => {
		const asked = retryLimits.maxSingleWaitMs / 1000 + 60;
		expect(classify(answer(429, { 'retry-after': String(asked) }), create)).toEqual({
			action: 'fail',
			outcome: 'not applied',
			why: 'wait too long',
			waitMs: asked * 1000,
		});
		expect(classify(answer(429, { 'retry-after': '86400' }), update)).toMatchObject({
			action: 'fail',
			why: 'wait too long',
		});
	});

	it('gives up when the item would wait longer than the total cap', () => {
		const state = fresh({ waitedMs: retryLimits.maxTotalWaitMs - 1000 });
		expect(classify(answer(429, { 'retry-after': '2' }), state)).toEqual({
			action: 'fail',
			outcome: 'not applied',
			why: 'waited too long',
			waitMs: 2000,
		});
		expect(classify(answer(429, { 'retry-after': '1' }), state)).toMatchObject({
			action: 'retry',
			waitMs: 1000,
		});
	});

	it('gives up after the most retries', () => {
		expect(
			classify(
				answer(429, { 'retry-after': '1' }),
				fresh({ rateLimited: retryLimits.max429Retries }),
			),
		).toEqual({
			action: 'fail',
			outcome: 'not applied',
			why: 'retries spent',
		});
	});

	it('fails at once when the daily quota is spent, whatever Retry-After says', () => {
		for (const headers of [
			{ 'x-ratelimit-daily-remaining': '0' },
			{ 'X-RateLimit-Daily-Remaining': '0', 'retry-after': '1' },
			{ 'x-ratelimit-daily-remaining': ['0'], 'x-ratelimit-limit-daily': '200000' },
		]) {
			expect(classify(answer(429, headers), create)).toEqual({
				action: 'fail',
				outcome: 'not applied',
				why: 'daily quota',
			});
		}
		expect(
			classify(answer(429, { 'x-ratelimit-daily-remaining': '5', 'retry-after': '1' }), create),
		).toMatchObject({ action: 'retry' });
	});
});

describe('classify: no answer', () => {
	it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
		'%s: never sent, so even a create is resent',
		(code) => {
			expect(classify({ kind: 'lost', code }, create)).toMatchObject({
				action: 'retry',
				outcomeUnknown: false,
				counts: 'failed',
			});
			expect(
				classify({ kind: 'lost', code }, fresh({ failed: retryLimits.maxUnsafeRetries })),
			).toEqual({
				action: 'fail',
				outcome: 'not applied',
				why: 'retries spent',
			});
		},
	);

	it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', undefined])(
		'%s: may have been applied; only an idempotent request is resent',
		(code) => {
			expect(classify({ kind: 'lost', code }, create)).toEqual({
				action: 'fail',
				outcome: 'may have been applied',
				why: 'lost',
			});
			expect(classify({ kind: 'lost', code }, update)).toMatchObject({
				action: 'retry',
				outcomeUnknown: true,
			});
			expect(
				classify({ kind: 'lost', code }, { ...update, failed: retryLimits.maxUnsafeRetries }),
			).toEqual({
				action: 'fail',
				outcome: 'may have been applied',
				why: 'retries spent',
			});
		},
	);

	it('a refused connection after a lost attempt leaves the outcome unknown', () => {
		expect(
			classify(
				{ kind: 'lost', code: 'ECONNREFUSED' },
				fresh({ idempotent: true, failed: retryLimits.maxUnsafeRetries, outcomeUnknown: true }),
			),
		).toMatchObject({
			outcome: 'may have been applied',
		});
	});

	it('backoff waits count against the total cap', () => {
		expect(
			classify(
				{ kind: 'lost', code: 'ECONNRESET' },
				{ ...update, waitedMs: retryLimits.maxTotalWaitMs },
			),
		).toMatchObject({ action: 'fail' });
	});
});

describe('classify: an answer cut off after its status', () => {
	it('a create is not resent and may have been applied; an idempotent request is resent', () => {
		expect(classify({ kind: 'cut', status: 201, headers: {} }, create)).toEqual({
			action: 'fail',
			outcome: 'may have been applied',
			why: 'cut',
		});
		expect(
			classify({ kind: 'cut', status: 200, headers: {} }, fresh({ idempotent: true })),
		).toMatchObject({ action: 'retry', outcomeUnknown: true });
	});
});
