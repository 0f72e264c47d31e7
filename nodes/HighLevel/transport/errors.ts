import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { HighLevelOperation } from '../apiSpec/types';

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
		(status >= 500 ? `HighLevel answered with a server error (${status})` : `HighLevel answered ${status}`);
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
		hints.push('HighLevel allows 100 requests per 10 seconds per sub-account; the node waited and retried before giving up.');
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

/** A request whose answer never came (reset, timeout, DNS). */
export function transportError(
	node: INode,
	cause: { code?: string; message?: string },
	operation: HighLevelOperation,
	itemIndex: number | undefined,
	mayHaveBeenApplied: boolean,
): NodeApiError {
	// n8n replaces any message that names a Node error code (ECONNRESET…) with a generic text
	// that invites a retry, which is exactly wrong for a create; so the code goes in words.
	const reason = describeCode(cause.code);
	const message = mayHaveBeenApplied
		? `No answer from HighLevel (${reason}); the request may have been applied and was not resent`
		: `Could not reach HighLevel (${reason})`;
	const description = mayHaveBeenApplied
		? `${operation.method} ${operation.path}${forItem(itemIndex)} is not safe to repeat blindly: check in HighLevel whether it took effect before running this item again.`
		: `${operation.method} ${operation.path}${forItem(itemIndex)} was tried several times and failed each time.`;
	return new NodeApiError(node, { message } as JsonObject, { message, description, itemIndex });
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
