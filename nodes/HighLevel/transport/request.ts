import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';
import { isNodeError } from '../shared/errors';
import { OPERATIONS, type OperationKey } from '../apiSpec/operations.generated';
import type { HighLevelOperation } from '../apiSpec/types';
import type { HighLevelContext } from './connection';
import { decryptedCredential, getConnection } from './connection';
import { apiError, highLevelMessage, transportError } from './errors';
import { dropLocationToken, locationToken, needsLocationToken } from './agency';
import { encodeMultipart, type UploadFile } from './multipart';
import { abandon, acquire, backoff, bucketState, release, timing, waitAfter429 } from './pace';

export interface ApiRequest {
	/** `module/operationId` from HighLevel's specs: method, path and Version come from there. */
	operation: OperationKey;
	path?: Record<string, string>;
	qs?: IDataObject;
	body?: IDataObject;
	/**
	 * Whether resending after a 5xx or a lost answer cannot apply the change twice. GET, PUT and
	 * DELETE are; a POST is only when it says so (an upsert matches the record it made).
	 */
	idempotent?: boolean;
	itemIndex?: number;
	/** Sub-account the request works on; keys the rate-limit bucket, picks an agency's location token. */
	locationId?: string;
	/** Send the body form-encoded (HighLevel's OAuth endpoints) instead of as JSON. */
	form?: boolean;
	/**
	 * Files of an upload. Operations the spec declares multipart/form-data send `body` (text
	 * fields) and these files as one multipart body; no other operation takes files.
	 */
	files?: UploadFile[];
}

/** Connection failures that mean the request never reached HighLevel. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const MAX_429_RETRIES = 8;
const MAX_UNSAFE_RETRIES = 3;

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/** Values of path parameters are encoded whole, so an ID can never change the path. */
export function buildPath(op: HighLevelOperation, params: Record<string, string> = {}): string {
	return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined || value === '') {
			throw new Error(`Path parameter ${name} missing for ${op.method} ${op.path}`);
		}
		if (value === '.' || value === '..') {
			// URL parsers fold these (even percent-encoded) into the parent path.
			throw new Error(`Path parameter ${name} may not be "${value}"`);
		}
		return encodeURIComponent(value);
	});
}

/** The one way the node talks to HighLevel. Returns the parsed JSON body. */
export async function apiRequest<T = IDataObject>(
	ctx: HighLevelContext,
	request: ApiRequest,
): Promise<T> {
	const op: HighLevelOperation = OPERATIONS[request.operation];
	const connection = await getConnection(ctx);
	let url: string;
	try {
		url = connection.baseUrl + buildPath(op, request.path);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message, {
			itemIndex: request.itemIndex,
		});
	}
	const headers: IDataObject = { Accept: 'application/json' };
	if (op.version) headers.Version = op.version;
	if (request.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
	const options: IHttpRequestOptions = {
		method: op.method,
		url,
		headers,
		json: true,
		returnFullResponse: true,
		timeout: timing.requestTimeoutMs,
	};
	if (request.qs && Object.keys(request.qs).length) options.qs = request.qs;
	if (request.body !== undefined) options.body = request.body;
	if (op.multipart || request.files?.length) {
		try {
			if (!op.multipart) throw new Error(`${op.method} ${op.path} takes no files`);
			const multipart = encodeMultipart(request.body ?? {}, request.files ?? []);
			headers['Content-Type'] = multipart.contentType;
			options.body = multipart.body;
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message, { itemIndex: request.itemIndex });
		}
	}
	const idempotent = request.idempotent ?? op.method !== 'POST';
	const bucket = `${connection.baseUrl}|${request.locationId ?? connection.credentialLocationId ?? connection.companyId ?? connection.credentialType}`;

	const asLocation = needsLocationToken(connection, op.tokenTypes, request.locationId);
	const mint = async (companyId: string, locationId: string) =>
		await apiRequest<IDataObject>(ctx, {
			operation: 'oauth/get-location-access-token',
			body: { companyId, locationId },
			form: true,
			idempotent: true,
			itemIndex: request.itemIndex,
		});

	let rateLimited = 0;
	let failed = 0;
	let remintedAfter401 = false;
	// Set once an attempt may have been applied without its answer arriving (lost, or a 5xx).
	let outcomeUnknown = false;
	for (;;) {
		// Minted outside the try below: a failed mint is HighLevel's answer, not a lost request.
		const token = asLocation ? await locationToken(ctx, connection, request.locationId as string, mint) : undefined;
		await acquire(bucket);
		const startedAt = Date.now();
		let response: FullResponse;
		try {
			// A fresh copy per attempt: the auth helpers write headers into the options.
			if (token) {
				response = (await ctx.helpers.httpRequest({
					...options,
					headers: { ...headers, Authorization: `Bearer ${token}` },
				})) as FullResponse;
			} else {
				response = (await ctx.helpers.httpRequestWithAuthentication.call(
					ctx,
					connection.credentialType,
					{ ...options, headers: { ...headers } },
					// A Private Integration Token cannot be refreshed, so n8n's resend after a 401 would
					// only repeat the refusal (and double a scope error). Its credential, read once for the
					// execution, is passed along so that n8n does not read it again for every request.
					connection.credentialType === 'highLevelPrivateIntegrationApi'
						? { preAuthenticationRetryStatusCode: -1, credentialsDecrypted: decryptedCredential(connection) }
						: undefined,
				)) as FullResponse;
			}
		} catch (thrown) {
			// n8n-core wraps the HTTP client's error in a NodeApiError; the answer is on its cause.
			const error = isNodeError(thrown) && thrown.cause ? thrown.cause : thrown;
			const httpResponse = (error as { response?: { status?: number; data?: unknown; headers?: Record<string, unknown> } }).response;
			if (!httpResponse?.status) {
				abandon(bucket);
				const code = (error as { code?: unknown }).code;
				if (typeof code !== 'string' && !(error as { isAxiosError?: boolean }).isAxiosError) {
					// Not a network failure (e.g. an OAuth2 credential that needs reconnecting).
					throw isNodeError(thrown)
						? thrown
						: new NodeOperationError(ctx.getNode(), thrown as Error, { itemIndex: request.itemIndex });
				}
				// The answer never came. A request that never left is sent again; one that may
				// have arrived only when it cannot apply twice.
				const neverSent = typeof code === 'string' && NEVER_SENT.has(code);
				if ((idempotent || neverSent) && ++failed <= MAX_UNSAFE_RETRIES) {
					outcomeUnknown ||= !neverSent;
					await sleep(backoff(failed));
					continue;
				}
				throw transportError(ctx.getNode(), error as { code?: string }, op, request.itemIndex, !idempotent && !neverSent);
			}
			const status = httpResponse.status;
			const responseHeaders = httpResponse.headers ?? {};
			release(bucket, responseHeaders, status, startedAt);
			if (status === 401 && asLocation && !remintedAfter401) {
				// A minted location token expired early or was revoked: mint once more.
				remintedAfter401 = true;
				dropLocationToken(ctx, connection, request.locationId as string);
				continue;
			}
			// A 429 means HighLevel applied nothing, so it is always safe to resend.
			if (status === 429 && ++rateLimited <= MAX_429_RETRIES) {
				await sleep(waitAfter429(responseHeaders, rateLimited, bucketState(bucket)));
				continue;
			}
			if (status >= 500 && idempotent && ++failed <= MAX_UNSAFE_RETRIES) {
				outcomeUnknown = true;
				await sleep(backoff(failed));
				continue;
			}
			if (outcomeUnknown && op.method === 'DELETE' && isNotFound(status, httpResponse.data)) {
				// The resend of a delete finds nothing to delete: the attempt whose answer was lost did it.
				return {} as T;
			}
			throw apiError(
				ctx.getNode(),
				{ status, body: httpResponse.data, headers: responseHeaders },
				op,
				request.itemIndex,
			);
		}
		release(bucket, response.headers ?? {}, response.statusCode, startedAt);
		return parseBody<T>(ctx, response, op, request.itemIndex, idempotent);
	}
}

/** HighLevel answers a missing record with 404, or on many endpoints with 400 "… not found". */
function isNotFound(status: number, body: unknown): boolean {
	return status === 404 || (status === 400 && /not found/i.test(highLevelMessage(body) ?? ''));
}

function parseBody<T>(
	ctx: HighLevelContext,
	response: FullResponse,
	op: HighLevelOperation,
	itemIndex: number | undefined,
	idempotent: boolean,
): T {
	const { body } = response;
	if (body === undefined || body === null || body === '') return {} as T;
	if (typeof body === 'object') return body as T;
	// A success whose body is not JSON: the change may well have happened, so say so.
	const error = apiError(
		ctx.getNode(),
		{ status: response.statusCode, body: undefined, headers: response.headers ?? {} },
		op,
		itemIndex,
	);
	error.message = idempotent
		? 'HighLevel answered with a body that is not JSON'
		: 'HighLevel answered with a body that is not JSON; the request may have been applied and was not resent';
	throw error;
}
