import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';
import { isNodeError } from '../shared/errors';
import { OPERATIONS, type OperationKey } from '../apiSpec/operations.generated';
import type { HighLevelOperation } from '../apiSpec/types';
import type { HighLevelContext } from './connection';
import { decryptedCredential, getConnection, type Connection } from './connection';
import { apiError, dailyResetText, highLevelMessage, markApplied, requestFailure } from './errors';
import {
	agencyOnly,
	dropLocationToken,
	isSubAccountToken,
	locationToken,
	needsLocationToken,
} from './agency';
import { encodeMultipart, type UploadFile } from './multipart';
import { abandon, acquire, bucketState, release, timing } from './pace';
import { classify, dailyMax, dailyRemaining, type Attempt, type RetryState } from './retry';

export interface ApiRequest {
	/**
	 * `module/operationId` from HighLevel's specs: method, path, Version and whether a resend is
	 * safe (`idempotent`) come from there.
	 */
	operation: OperationKey;
	path?: Record<string, string>;
	qs?: IDataObject;
	body?: IDataObject;
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

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/** How an answer is read: parsed as JSON (every list and record), or kept as bytes (a file). */
type ResponseMode = 'json' | 'file';

/** A file HighLevel answered (a recording, a download), with what its headers say about it. */
export interface DownloadedFile {
	data: Buffer;
	/** The Content-Type without its parameters, lower case; undefined when HighLevel sent none. */
	mimeType?: string;
	/** The file name of Content-Disposition, when HighLevel sent one. */
	fileName?: string;
}

/** Below this share of the daily quota left, the run tells the user (once per execution). */
const DAILY_LOW_SHARE = 0.1;

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
	const response = await send(ctx, request, 'json');
	return parseBody<T>(ctx, response, op, request.itemIndex);
}

/**
 * The same request, for an operation that answers a file: its bytes as they came, with the type
 * and name HighLevel's headers give. Paced, retried and its errors mapped as every other request.
 */
export async function apiDownload(
	ctx: HighLevelContext,
	request: ApiRequest,
): Promise<DownloadedFile> {
	const op: HighLevelOperation = OPERATIONS[request.operation];
	const response = await send(ctx, request, 'file');
	return fileOf(ctx, response, op, request.itemIndex);
}

async function send(
	ctx: HighLevelContext,
	request: ApiRequest,
	mode: ResponseMode,
): Promise<FullResponse> {
	const op: HighLevelOperation = OPERATIONS[request.operation];
	let connection: Connection;
	try {
		connection = await getConnection(ctx);
	} catch (error) {
		throw notSent(ctx, error, op, request.itemIndex);
	}
	if (agencyOnly(op.tokenTypes) && isSubAccountToken(connection)) {
		// HighLevel would refuse the token's class (401); say which token works instead.
		throw new NodeOperationError(ctx.getNode(), `${op.method} ${op.path} needs an agency token`, {
			itemIndex: request.itemIndex,
			description:
				'HighLevel answers this only for an agency (Company) token: use the HighLevel App OAuth2 credential connected by the agency, not a sub-account’s token or a Private Integration Token.',
		});
	}
	let url: string;
	try {
		url = connection.baseUrl + buildPath(op, request.path);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message, {
			itemIndex: request.itemIndex,
		});
	}
	const headers: IDataObject = { Accept: mode === 'file' ? '*/*' : 'application/json' };
	if (op.version) headers.Version = op.version;
	if (request.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
	const options: IHttpRequestOptions = {
		method: op.method,
		url,
		headers,
		// A file's bytes are kept as they came (its errors too, decoded below).
		...(mode === 'file' ? { encoding: 'arraybuffer' as const, json: false } : { json: true }),
		// HighLevel's API does not redirect: following one would send the token to another host,
		// and turn a create into a GET whose answer looks like success.
		disableFollowRedirect: true,
		returnFullResponse: true,
		timeout: timing.requestTimeoutMs,
	};
	if (request.qs && Object.keys(request.qs).length) {
		// A list goes as its key repeated (OpenAPI's form style, which HighLevel's server reads as
		// an array); n8n would write `key[0]=…`, which the spec does not name.
		const lists = Object.entries(request.qs).filter(([, v]) => Array.isArray(v));
		const rest = Object.fromEntries(
			Object.entries(request.qs).filter(([, v]) => !Array.isArray(v)),
		);
		if (lists.length)
			options.url += `?${lists
				.flatMap(([k, values]) =>
					(values as unknown[]).map(
						(v) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`,
					),
				)
				.join('&')}`;
		if (Object.keys(rest).length) options.qs = rest;
	}
	if (op.multipart || request.files?.length) {
		try {
			if (!op.multipart) throw new Error(`${op.method} ${op.path} takes no files`);
			const multipart = encodeMultipart(request.body ?? {}, request.files ?? []);
			headers['Content-Type'] = multipart.contentType;
			options.body = multipart.body;
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message, {
				itemIndex: request.itemIndex,
			});
		}
	} else {
		const body = request.body ?? (op.bodyRequired ? {} : undefined);
		if (body !== undefined) {
			// n8n's HTTP client drops an empty object, while HighLevel's validator wants the body its
			// spec requires, even when it is empty: `{}` goes out as text, typed as JSON.
			const empty = !request.form && !Array.isArray(body) && Object.keys(body).length === 0;
			options.body = empty ? '{}' : body;
			if (empty) headers['Content-Type'] = 'application/json';
		}
	}
	const bucket = `${connection.baseUrl}|${request.locationId ?? connection.credentialLocationId ?? connection.companyId ?? connection.credentialType}`;

	const asLocation = needsLocationToken(connection, op.tokenTypes, request.locationId);
	const mint = async (companyId: string, locationId: string) =>
		await apiRequest<IDataObject>(ctx, {
			operation: 'oauth/get-location-access-token',
			body: { companyId, locationId },
			form: true,
			itemIndex: request.itemIndex,
		});

	const waits = itemWaits(ctx);
	const state: RetryState = {
		idempotent: op.idempotent,
		method: op.method,
		asLocation,
		rateLimited: 0,
		failed: 0,
		waitedMs: 0,
		remintedAfter401: false,
		outcomeUnknown: false,
	};
	const spent = dailyQuotaSpent(ctx);
	for (;;) {
		const refusal = spent.get(bucket);
		if (refusal) {
			// HighLevel said today's quota is spent: the rest of the run is refused without asking again.
			const error = requestFailure({
				node: ctx.getNode(),
				operation: op,
				itemIndex: request.itemIndex,
				attempt: refusal,
				outcome: 'not applied',
				why: 'daily quota',
				idempotent: op.idempotent,
				waitedMs: 0,
				retries: 0,
			});
			error.description = `${dailyResetText(refusal)} ${op.method} ${op.path} was not sent${request.itemIndex === undefined ? '' : ` for item ${request.itemIndex}`}: HighLevel refused an earlier request of this run for the same reason.`;
			throw error;
		}
		// Minted outside the try below: a failed mint is HighLevel's answer, not a lost request.
		const token = asLocation
			? await locationToken(ctx, connection, request.locationId as string, mint)
			: undefined;
		const startedAt = await acquire(bucket);
		let response: FullResponse | undefined;
		let attempt: Attempt | undefined;
		let message: string | undefined;
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
						? {
								preAuthenticationRetryStatusCode: -1,
								credentialsDecrypted: decryptedCredential(connection),
							}
						: undefined,
				)) as FullResponse;
			}
		} catch (thrown) {
			// n8n-core wraps the HTTP client's error in a NodeApiError; the answer is on its cause.
			const error = isNodeError(thrown) && thrown.cause ? thrown.cause : thrown;
			const httpResponse = (
				error as {
					response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
				}
			).response;
			if (httpResponse) httpResponse.data = decodedError(httpResponse.data);
			if (!httpResponse?.status) {
				abandon(bucket, startedAt);
				const code = (error as { code?: unknown }).code;
				if (typeof code !== 'string' && !(error as { isAxiosError?: boolean }).isAxiosError) {
					// Not a network failure: n8n could not authenticate the request (an OAuth2 refresh
					// that failed, a credential that needs reconnecting). Nothing was sent.
					throw notSent(ctx, thrown, op, request.itemIndex);
				}
				attempt = { kind: 'lost', code: typeof code === 'string' ? code : undefined };
			} else {
				const status = httpResponse.status;
				const responseHeaders = httpResponse.headers ?? {};
				release(bucket, responseHeaders, status, startedAt);
				noteDailyQuota(ctx, responseHeaders);
				attempt =
					status >= 200 && status < 300
						? { kind: 'cut', status, headers: responseHeaders }
						: { kind: 'answer', status, headers: responseHeaders, body: httpResponse.data };
				message = highLevelMessage(httpResponse.data);
			}
		}
		if (response) {
			release(bucket, response.headers ?? {}, response.statusCode, startedAt);
			noteDailyQuota(ctx, response.headers ?? {});
			return response;
		}
		if (!attempt) throw new Error('unreachable: neither an answer nor a failure');
		state.bucket = bucketState(bucket);
		state.waitedMs = waits.get(request.itemIndex) ?? 0;
		const decision = classify(attempt, state, message);
		if (decision.action === 'done') return { body: undefined, headers: {}, statusCode: 204 };
		if (decision.action === 'fail' && decision.why === 'daily quota') spent.set(bucket, attempt);
		if (decision.action === 'fail') {
			throw requestFailure({
				node: ctx.getNode(),
				operation: op,
				itemIndex: request.itemIndex,
				attempt,
				outcome: decision.outcome,
				why: decision.why,
				idempotent: op.idempotent,
				waitedMs: state.waitedMs,
				retries: state.rateLimited + state.failed,
				waitMs: decision.waitMs,
			});
		}
		state.outcomeUnknown = decision.outcomeUnknown;
		if (decision.counts !== 'none') state[decision.counts]++;
		if (decision.remint) {
			state.remintedAfter401 = true;
			dropLocationToken(ctx, connection, request.locationId as string);
		}
		if (decision.waitMs > 0) {
			waits.set(request.itemIndex, state.waitedMs + decision.waitMs);
			await sleep(decision.waitMs);
		}
	}
}

// How long each item has waited before retries in this execution, whatever request it was on.
const waitsByExecution = new WeakMap<object, Map<number | undefined, number>>();

function itemWaits(ctx: HighLevelContext): Map<number | undefined, number> {
	let waits = waitsByExecution.get(ctx);
	if (!waits) {
		waits = new Map();
		waitsByExecution.set(ctx, waits);
	}
	return waits;
}

// Per execution, the buckets whose daily quota HighLevel said is spent, with that answer.
const spentByExecution = new WeakMap<object, Map<string, Attempt>>();

function dailyQuotaSpent(ctx: HighLevelContext): Map<string, Attempt> {
	let spent = spentByExecution.get(ctx);
	if (!spent) {
		spent = new Map();
		spentByExecution.set(ctx, spent);
	}
	return spent;
}

const warnedLowQuota = new WeakSet<object>();

/**
 * HighLevel allows each sub-account a daily quota of requests. When a run leaves little of it,
 * the output panel says so (once per execution), before the quota runs out and every request fails.
 */
function noteDailyQuota(ctx: HighLevelContext, headers: Record<string, unknown>): void {
	const remaining = dailyRemaining(headers);
	const max = dailyMax(headers);
	if (remaining === undefined || max === undefined || remaining > max * DAILY_LOW_SHARE) return;
	if (warnedLowQuota.has(ctx) || !('addExecutionHints' in ctx)) return;
	warnedLowQuota.add(ctx);
	ctx.addExecutionHints({
		message: `HighLevel’s daily request quota for this sub-account is running low: ${remaining.toLocaleString('en-US')} of ${max.toLocaleString('en-US')} requests left. When it is spent, every request fails until it resets.`,
		type: 'warning',
		location: 'outputPane',
	});
}

/**
 * An error raised before the request left (an OAuth2 refresh that failed, a credential that needs
 * reconnecting or is refused), made anew for its item: several items may share the one n8n threw.
 */
function notSent(
	ctx: HighLevelContext,
	thrown: unknown,
	op: HighLevelOperation,
	itemIndex: number | undefined,
): Error {
	const cause = thrown as { message?: string; description?: string | null };
	const where = `${op.method} ${op.path} was not sent${itemIndex === undefined ? '' : ` for item ${itemIndex}`}.`;
	const message = cause?.message || 'The request could not be authenticated';
	const error = new NodeOperationError(ctx.getNode(), message, {
		itemIndex,
		description: [cause?.description, where].filter(Boolean).join(' '),
	});
	return error;
}

/** An error answer read as bytes (a download's): HighLevel's JSON error, or its text. */
function decodedError(data: unknown): unknown {
	if (!Buffer.isBuffer(data) && !(data instanceof ArrayBuffer)) return data;
	const text = Buffer.from(data as Buffer).toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (value === undefined || value === null) return undefined;
	return Array.isArray(value) ? String(value[0]) : String(value);
}

/** `attachment; filename="a b.wav"`, `filename=audio.wav` or RFC 6266's `filename*=UTF-8''a%20b.wav`. */
export function fileNameOf(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*(?:[\w-]+)'[^']*'([^;]+)/i.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim()) || undefined;
		} catch {
			// Not percent-encoded after all: the plain filename, if any, is used.
		}
	}
	const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
	const name = (plain?.[1] ?? plain?.[2])?.trim();
	// Only the last part of a path: a name never chooses a folder.
	return name ? name.split(/[\\/]/).pop() || undefined : undefined;
}

/**
 * A file answer. A JSON answer where a file was due is HighLevel saying something else (or a
 * broken answer): the item fails with what it said, and nothing is resent (it was answered).
 */
function fileOf(
	ctx: HighLevelContext,
	response: FullResponse,
	op: HighLevelOperation,
	itemIndex: number | undefined,
): DownloadedFile {
	const headers = response.headers ?? {};
	const data =
		response.body === undefined || response.body === null
			? Buffer.alloc(0)
			: Buffer.from(response.body as Buffer);
	const mimeType = header(headers, 'content-type')?.split(';')[0].trim().toLowerCase() || undefined;
	const fail = (message: string, body?: unknown) => {
		const error = apiError(
			ctx.getNode(),
			{ status: response.statusCode, body, headers },
			op,
			itemIndex,
		);
		error.message = message;
		return markApplied(error);
	};
	if (mimeType && /^application\/(?:[\w.+-]+\+)?json$/.test(mimeType)) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(data.toString('utf8'));
		} catch {
			throw fail('HighLevel answered with a body that is not JSON where a file was expected');
		}
		const said = highLevelMessage(parsed);
		throw fail(`HighLevel answered with JSON instead of a file${said ? `: ${said}` : ''}`, parsed);
	}
	if (!data.length) throw fail('HighLevel answered with an empty body where a file was expected');
	return { data, mimeType, fileName: fileNameOf(header(headers, 'content-disposition')) };
}

function parseBody<T>(
	ctx: HighLevelContext,
	response: FullResponse,
	op: HighLevelOperation,
	itemIndex: number | undefined,
): T {
	const { body } = response;
	if (body === undefined || body === null || body === '') return {} as T;
	if (typeof body === 'object') return body as T;
	// A whole answer with a success status but a body that is not JSON: HighLevel applied it.
	const error = apiError(
		ctx.getNode(),
		{ status: response.statusCode, body: undefined, headers: response.headers ?? {} },
		op,
		itemIndex,
	);
	error.message = op.idempotent
		? 'HighLevel answered with a body that is not JSON'
		: 'HighLevel answered with a body that is not JSON; the request was applied and was not resent';
	throw markApplied(error);
}
