import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { HighLevelOperation } from '../apiSpec/types';
import { dailyMax, retryLimits, type Attempt, type GiveUp, type Outcome } from './retry';

/** An HTTP answer HighLevel gave that is not a success. */
export interface FailedResponse {
	status: number;
	body: unknown;
	headers: Record<string, unknown>;
}

/**
 * HighLevel answers NestJS-style: `{statusCode, message, error?, traceId?}` where `message` is a
 * string, or an array of validator messages on 422. Proxies in front of it answer HTML.
 */
export function highLevelMessage(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const text = body.trim();
		if (!text) return undefined;
		if (text.startsWith('<')) return undefined; // an HTML error page says nothing useful
		return text.length > 300 ? `${text.slice(0, 300)}…` : text;
	}
	if (body && typeof body === 'object') {
		const { message, error, msg } = body as Record<string, unknown>;
		for (const candidate of [message, msg, error]) {
			if (Array.isArray(candidate) && candidate.length) return candidate.map(String).join('; ');
			if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
			if (candidate && typeof candidate === 'object') {
				const nested = highLevelMessage(candidate);
				if (nested) return nested;
			}
		}
	}
	return undefined;
}

function traceIdOf(body: unknown, headers: Record<string, unknown>): string | undefined {
	const fromBody =
		body && typeof body === 'object' ? (body as Record<string, unknown>).traceId : undefined;
	const fromHeader = headers['x-trace-id'] ?? headers['traceid'];
	const value = fromBody ?? fromHeader;
	return typeof value === 'string' ? value : undefined;
}

const FALLBACK: Record<number, string> = {
	400: 'HighLevel rejected the request',
	401: 'HighLevel rejected the credential',
	403: 'The credential may not access this resource',
	404: 'HighLevel could not find the resource',
	413: 'The request is too large for HighLevel',
	422: 'HighLevel could not process the request',
	429: 'HighLevel’s rate limit was reached',
};

/** The one place an unsuccessful HighLevel answer becomes an n8n error. */
export function apiError(
	node: INode,
	response: FailedResponse,
	operation: HighLevelOperation,
	itemIndex: number | undefined,
): NodeApiError {
	const { status, body, headers } = response;
	const hlMessage = highLevelMessage(body);
	const message =
		hlMessage ??
		FALLBACK[status] ??
		(status >= 500
			? `HighLevel answered with a server error (${status})`
			: `HighLevel answered ${status}`);
	const hints: string[] = [];
	if (status === 401 && /scope/i.test(hlMessage ?? '') && operation.scopes.length) {
		hints.push(
			`This operation needs the ${operation.scopes.join(' or ')} scope. Add it to the Private Integration (or to your marketplace app and reconnect the OAuth2 credential).`,
		);
	} else if (status === 401) {
		hints.push(
			'Check that the token is current: Private Integration Tokens stop working when rotated or expired.',
		);
	} else if (status === 403 && /location/i.test(hlMessage ?? '')) {
		hints.push("Check 'Location ID': the credential is bound to a different sub-account.");
	} else if (status === 429) {
		hints.push(
			'HighLevel allows 100 requests per 10 seconds per sub-account; the node waited and retried before giving up.',
		);
	} else if (status >= 500 && typeof body === 'string' && body.trim().startsWith('<')) {
		hints.push('A proxy in front of HighLevel answered with an HTML error page.');
	}
	const traceId = traceIdOf(body, headers);
	if (traceId) hints.push(`HighLevel trace ID: ${traceId}`);
	hints.push(`${operation.method} ${operation.path} answered ${status}${forItem(itemIndex)}.`);
	// Built from a clean object, never from the HTTP client's error, whose config carries the
	// Authorization header.
	const clean: JsonObject = { message, httpCode: String(status) };
	if (traceId) clean.traceId = traceId;
	if (body && typeof body === 'object') clean.response = body as JsonObject;
	return new NodeApiError(node, clean, {
		message,
		description: hints.join(' '),
		httpCode: String(status),
		itemIndex,
	});
}

/** What each error the transport raised left behind, kept beside the error rather than in its text. */
const outcomes = new WeakMap<object, { outcome: Outcome; reason: string }>();

/**
 * What a failed request left behind in HighLevel, for errors the transport raised (undefined for
 * others, such as bad input, which sent nothing).
 */
export function outcomeOf(error: unknown): Outcome | undefined {
	return error !== null && typeof error === 'object' ? outcomes.get(error)?.outcome : undefined;
}

/** The error's message without the sentence about resending, for callers that say it their own way. */
export function reasonOf(error: unknown): string | undefined {
	return error !== null && typeof error === 'object' ? outcomes.get(error)?.reason : undefined;
}

/** The words every unclear outcome ends with, whatever caused it. */
export function notResent(what = 'the request', verb = 'applied'): string {
	return `${what} may have been ${verb} and was not resent`;
}

function withOutcome<E extends NodeApiError>(error: E, outcome: Outcome, reason: string): E {
	outcomes.set(error, { outcome, reason });
	return error;
}

/** A success whose body could not be read: HighLevel did apply the request. */
export function markApplied<E extends NodeApiError>(error: E): E {
	return withOutcome(error, 'applied', error.message);
}

/** Everything the transport knows when a request gives up. */
export interface Failure {
	node: INode;
	operation: HighLevelOperation;
	itemIndex: number | undefined;
	attempt: Attempt;
	outcome: Outcome;
	why: GiveUp;
	/** Whether resending could not apply it twice (an unclear outcome of such a request is no news). */
	idempotent: boolean;
	/** How long this item waited before retries, in all. */
	waitedMs: number;
	retries: number;
	/** The wait HighLevel asked for that was not started. */
	waitMs?: number;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** The one place a request that gave up becomes an n8n error, with its outcome attached. */
export function requestFailure(f: Failure): NodeApiError {
	const { attempt, operation, itemIndex } = f;
	const where = `${operation.method} ${operation.path}`;
	if (attempt.kind === 'lost')
		return transportError(
			f.node,
			{ code: attempt.code },
			operation,
			itemIndex,
			f.outcome === 'may have been applied' && !f.idempotent,
			f,
		);
	if (attempt.kind === 'cut') {
		const verb = attempt.status === 201 ? 'created' : 'applied';
		const what = attempt.status === 201 ? 'the record' : 'the request';
		const reason = `HighLevel’s answer (${attempt.status}) broke off before its end`;
		const message = `${reason}; ${notResent(what, verb)}`;
		const description = `${where}${forItem(itemIndex)} is not safe to repeat blindly: check in HighLevel whether it took effect before running this item again.`;
		return withOutcome(
			new NodeApiError(f.node, { message } as JsonObject, { message, description, itemIndex }),
			f.outcome,
			reason,
		);
	}
	const { status, headers } = attempt;
	if (f.why === 'redirect') {
		const target = redirectHost(headers);
		const message = `HighLevel answered ${status} with a redirect${target ? ` to ${target}` : ''}, which the node does not follow`;
		const description = `HighLevel’s API does not redirect: check the credential’s base URL, or a proxy in front of it. The token was not sent on${target ? ` to ${target}` : ''}. ${where} answered ${status}${forItem(itemIndex)}.`;
		return withOutcome(
			new NodeApiError(f.node, { message, httpCode: String(status) } as JsonObject, {
				message,
				description,
				httpCode: String(status),
				itemIndex,
			}),
			f.outcome,
			message,
		);
	}
	if (f.why === 'daily quota') {
		const max = dailyMax(headers);
		const message = `HighLevel’s daily request quota for this sub-account is spent${max ? ` (${max.toLocaleString('en-US')} requests a day)` : ''}`;
		const description = `${dailyReset(headers)} The node did not wait for it. ${where} answered 429${forItem(itemIndex)}.`;
		return withOutcome(
			new NodeApiError(f.node, { message, httpCode: '429' } as JsonObject, {
				message,
				description,
				httpCode: '429',
				itemIndex,
			}),
			f.outcome,
			message,
		);
	}
	const error = apiError(f.node, { status, body: attempt.body, headers }, operation, itemIndex);
	const reason = error.message;
	if (f.why === 'wait too long') {
		error.message = `${reason}: HighLevel asked to wait ${seconds(f.waitMs ?? 0)} before sending again, longer than the ${seconds(retryLimits.maxSingleWaitMs)} the node waits at a time`;
	} else if (f.why === 'waited too long') {
		error.message = `${reason}: gave up after waiting ${seconds(f.waitedMs)} in all; the next wait (${seconds(f.waitMs ?? 0)}) would pass the ${seconds(retryLimits.maxTotalWaitMs)} an item waits at most`;
	} else if (f.why === 'retries spent') {
		error.message = `${reason}: gave up after ${f.retries} retries and ${seconds(f.waitedMs)} of waiting`;
	}
	if (f.outcome === 'may have been applied' && !f.idempotent)
		error.message = `${error.message}; ${notResent()}`;
	return withOutcome(error, f.outcome, reason);
}

/** Where a redirect pointed, as a host name only: its path or query may carry anything. */
function redirectHost(headers: Record<string, unknown>): string | undefined {
	const raw = headers.location ?? headers.Location;
	const location = Array.isArray(raw) ? raw[0] : raw;
	if (typeof location !== 'string' || location === '') return undefined;
	try {
		return new URL(location, 'http://relative.invalid').host.replace(
			/^relative\.invalid$/,
			'the same host',
		);
	} catch {
		return undefined;
	}
}

/** When the daily quota resets, as far as the answer that refused a request says. */
export function dailyResetText(attempt: Attempt): string {
	return dailyReset(attempt.kind === 'lost' ? {} : attempt.headers);
}

function dailyReset(headers: Record<string, unknown>): string {
	const raw =
		headers['retry-after'] ?? headers['x-ratelimit-daily-reset'] ?? headers['x-ratelimit-reset'];
	const value = Array.isArray(raw) ? raw[0] : raw;
	let at: number | undefined;
	if (typeof value === 'string' || typeof value === 'number') {
		const n = Number(value);
		// Seconds from now, or an epoch time in seconds or milliseconds.
		if (Number.isFinite(n)) at = n > 1e11 ? n : n > 1e9 ? n * 1000 : Date.now() + n * 1000;
		else if (Number.isFinite(Date.parse(String(value)))) at = Date.parse(String(value));
	}
	if (at !== undefined) return `It resets at ${new Date(at).toISOString()}.`;
	return 'HighLevel counts requests per sub-account per day and sent no reset time: it resets within 24 hours.';
}

/** A request whose answer never came (reset, timeout, DNS). */
export function transportError(
	node: INode,
	cause: { code?: string; message?: string },
	operation: HighLevelOperation,
	itemIndex: number | undefined,
	mayHaveBeenApplied: boolean,
	failure?: Pick<Failure, 'outcome' | 'retries' | 'waitedMs'>,
): NodeApiError {
	// n8n replaces any message that names a Node error code (ECONNRESET…) with a generic text
	// that invites a retry, which is exactly wrong for a create; so the code goes in words.
	const reason = describeCode(cause.code);
	const message = mayHaveBeenApplied
		? `No answer from HighLevel (${reason}); ${notResent()}`
		: `Could not reach HighLevel (${reason})`;
	const tried = failure?.retries
		? ` was tried ${failure.retries + 1} times over ${seconds(failure.waitedMs)} and failed each time.`
		: ' failed.';
	const description = mayHaveBeenApplied
		? `${operation.method} ${operation.path}${forItem(itemIndex)} is not safe to repeat blindly: check in HighLevel whether it took effect before running this item again.`
		: `${operation.method} ${operation.path}${forItem(itemIndex)}${tried}`;
	const error = new NodeApiError(node, { message } as JsonObject, {
		message,
		description,
		itemIndex,
	});
	return withOutcome(
		error,
		failure?.outcome ?? (mayHaveBeenApplied ? 'may have been applied' : 'not applied'),
		`No answer from HighLevel (${reason})`,
	);
}

/** Which input item a failed request was for: with several items at once, the message alone does not say. */
function forItem(itemIndex: number | undefined): string {
	return itemIndex === undefined ? '' : ` for item ${itemIndex}`;
}

function describeCode(code: string | undefined): string {
	switch (code) {
		case 'ECONNRESET':
			return 'connection reset';
		case 'ETIMEDOUT':
		case 'ECONNABORTED':
			return 'timed out';
		case 'ECONNREFUSED':
			return 'connection refused';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'host not found';
		default:
			return 'connection lost';
	}
}
