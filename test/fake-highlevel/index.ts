import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HANDLERS, HttpError, type Call } from './handlers';
import { parseMultipart, type MultipartBody, type ReceivedFile } from './multipart';
import { matchRoute, validateBody, validateMultipart, validateQuery } from './spec';
import { LocationStore, newId } from './store';
import { createLimiter, type Limiter, type LimiterShape } from './limiter';

/**
 * A wait inside the fake that does not keep the process alive: a test may end while the fake
 * still holds an answer the client gave up on (a delay longer than its timeout).
 */
function pause(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export { LocationStore } from './store';

type Rec = Record<string, unknown>;

export interface TokenGrant {
	locationId?: string;
	companyId?: string;
	userType?: 'Location' | 'Company';
	scopes: string[];
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string>;
	body: unknown;
	operationKey?: string;
	status: number;
	/** The files of a multipart/form-data body (its text fields are `body`). */
	files?: ReceivedFile[];
	/** The gate it came through (see FakeHighLevel.gate); undefined for the main address. */
	gate?: number;
}

/**
 * A second address of the same fake HighLevel, for one run: what comes through it is told apart
 * from every other run's requests, and once it is closed nothing more gets in. A request its client
 * gave up on before the fake read it (a timeout on a loaded machine) cannot then reach the next run.
 */
export interface Gate {
	readonly id: number;
	readonly baseUrl: string;
	/** The requests that came through this gate, in the order they arrived. */
	readonly requests: RecordedRequest[];
	/**
	 * Stops taking connections, drops the ones open (with whatever they carry that was not read
	 * yet), then waits until every request it took has been answered or dropped.
	 */
	close(): Promise<void>;
}

export type Fault =
	| { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
	| { kind: 'reset-before' }
	| { kind: 'reset-after' }
	| { kind: 'delay'; ms: number }
	/** HighLevel takes and applies the request, but its answer never reaches the client: held until the client gives up. */
	| { kind: 'hang' }
	| { kind: 'malformed' }
	| { kind: 'empty' }
	| { kind: 'html'; status: number }
	/** Answers with a redirect to `location` (HighLevel's API never redirects; a proxy might). */
	| { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
	/** Applies the request, sends the status line and half the body, then drops the connection. */
	| { kind: 'cut' }
	/** Answers as if the request carried no paging parameters: every page is the first one. */
	| { kind: 'static-page' };

/** Query and body parameters HighLevel's lists page with; `static-page` drops them. */
const PAGING_PARAMETERS = [
	'startAfter',
	'startAfterId',
	'searchAfter',
	'page',
	'skip',
	'offset',
	'lastMessageId',
	'startAfterDate',
	'cursor',
];

export interface FaultRule {
	method?: string;
	path?: string | RegExp;
	operationKey?: string;
	times?: number;
	fault: Fault;
}

export interface RateLimit {
	max: number;
	intervalMs: number;
	dailyMax?: number;
	/** How the burst window moves (HighLevel does not say); fixed unless told. */
	shape?: LimiterShape;
}

export interface FakeOptions {
	rateLimit?: RateLimit;
	latencyMs?: number;
}

interface Bucket {
	limiter: Limiter;
	day: number;
	usedToday: number;
}

/**
 * A loopback HighLevel: routes and validates every request against the OpenAPI specs in
 * openapi/, checks tokens, scopes and locations, counts rate limits, keeps records per
 * location, and can be told to misbehave.
 */
export class FakeHighLevel {
	readonly requests: RecordedRequest[] = [];
	private readonly tokens = new Map<string, TokenGrant & { expired?: boolean }>();
	private readonly clients = new Map<
		string,
		{ clientSecret: string; refreshToken: string; grant: TokenGrant }
	>();
	private readonly locations = new Map<string, LocationStore>();
	private readonly buckets = new Map<string, Bucket>();
	private faults: FaultRule[] = [];
	private rate: Required<RateLimit>;
	private latencyMs: number;
	private readonly sockets = new Set<Socket>();
	/** Requests still being worked on (a delayed answer goes on after its client gave up). */
	private readonly handling = new Set<Promise<void>>();
	private readonly gates = new Set<Gate>();
	private gateCount = 0;
	private stall?: () => number;
	baseUrl = '';
	/** The most requests it was working on at once since the last reset. */
	peakInFlight = 0;
	/** When each request was answered (the benchmark's rates over time). */
	readonly answeredAt = new WeakMap<RecordedRequest, number>();

	private constructor(
		private readonly server: http.Server,
		options: FakeOptions,
	) {
		this.rate = {
			max: 100,
			intervalMs: 10_000,
			dailyMax: 200_000,
			shape: 'fixed',
			...options.rateLimit,
		};
		this.latencyMs = options.latencyMs ?? 0;
	}

	static async start(options: FakeOptions = {}, port = 0): Promise<FakeHighLevel> {
		const holder: { fake?: FakeHighLevel } = {};
		const server = http.createServer((req, res) => holder.fake?.take(req, res));
		const fake = new FakeHighLevel(server, options);
		holder.fake = fake;
		fake.baseUrl = await fake.listen(server, port, fake.sockets);
		return fake;
	}

	/** Serves `server` on loopback, keeping its open connections in `sockets`; returns its base URL. */
	private async listen(
		server: http.Server,
		port: number,
		sockets: Set<Socket>,
		gate = false,
	): Promise<string> {
		server.on('connection', (socket) => {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
			const stall = gate ? this.stall : undefined;
			if (stall) {
				this.stall = undefined;
				// The whole process stops, client and fake alike, as a loaded machine stops it.
				const until = Date.now() + stall();
				while (Date.now() < until);
			}
		});
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	}

	/** Starts work on one request, so that a gate's close can wait for it. */
	private take(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		via?: { id: number; requests: RecordedRequest[] },
		taken?: Set<Promise<void>>,
	): void {
		const handling = this.handle(req, res, via);
		this.handling.add(handling);
		taken?.add(handling);
		this.peakInFlight = Math.max(this.peakInFlight, this.handling.size);
		void handling.finally(() => {
			this.handling.delete(handling);
			taken?.delete(handling);
		});
	}

	/**
	 * Plays a loaded machine once: the next connection a gate accepts holds up this
	 * process for `ms()` before anything sent on it is read, as when the system does not run the
	 * process for a while. A client whose timeout is shorter gives up on a request the fake has
	 * not read yet, and the fake reads it afterwards.
	 */
	stallNextConnection(ms: () => number): void {
		this.stall = ms;
	}

	/** Opens a gate: a new address of this fake whose requests are kept apart (see Gate). */
	async gate(): Promise<Gate> {
		const id = ++this.gateCount;
		const sockets = new Set<Socket>();
		const taken = new Set<Promise<void>>();
		const requests: RecordedRequest[] = [];
		const server = http.createServer((req, res) => this.take(req, res, { id, requests }, taken));
		const baseUrl = await this.listen(server, 0, sockets, true);
		const gate: Gate = {
			id,
			baseUrl,
			requests,
			close: async () => {
				this.gates.delete(gate);
				const closed = new Promise<void>((resolve) => server.close(() => resolve()));
				for (const socket of sockets) socket.destroy();
				await closed;
				while (taken.size) await Promise.allSettled([...taken]);
			},
		};
		this.gates.add(gate);
		return gate;
	}

	async stop(): Promise<void> {
		await Promise.all([...this.gates].map((gate) => gate.close()));
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	reset(): void {
		this.requests.length = 0;
		this.peakInFlight = 0;
		this.locations.clear();
		this.buckets.clear();
		this.faults = [];
		this.stall = undefined;
	}

	addToken(token: string, grant: TokenGrant): void {
		this.tokens.set(token, { ...grant });
	}

	expireToken(token: string): void {
		const grant = this.tokens.get(token);
		if (grant) grant.expired = true;
	}

	addOAuthClient(c: {
		clientId: string;
		clientSecret: string;
		refreshToken: string;
		grant: TokenGrant;
	}): void {
		this.clients.set(c.clientId, {
			clientSecret: c.clientSecret,
			refreshToken: c.refreshToken,
			grant: c.grant,
		});
	}

	injectFault(rule: FaultRule): void {
		this.faults.push({ times: 1, ...rule });
	}

	/** Drops faults injected but not yet met. */
	clearFaults(): void {
		this.faults = [];
	}

	location(locationId: string): LocationStore {
		let store = this.locations.get(locationId);
		if (!store) {
			store = new LocationStore(locationId);
			this.locations.set(locationId, store);
		}
		return store;
	}

	setRateLimit(r: RateLimit): void {
		this.rate = { dailyMax: 200_000, shape: 'fixed', ...r };
		this.buckets.clear();
	}

	setLatency(ms: number): void {
		this.latencyMs = ms;
	}

	private async handle(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		via?: { id: number; requests: RecordedRequest[] },
	): Promise<void> {
		const raw = await new Promise<Buffer | undefined>((resolve) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => resolve(Buffer.concat(chunks)));
			// Dropped before its body was all in (its gate closed): HighLevel never saw a whole request.
			req.on('close', () => resolve(req.complete ? Buffer.concat(chunks) : undefined));
		});
		if (!raw) return;
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const query: Record<string, string | string[]> = {};
		for (const [k, v] of url.searchParams) {
			const prev = query[k];
			query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
		}
		const headers: Record<string, string> = {};
		for (const [k, v] of Object.entries(req.headers))
			headers[k] = Array.isArray(v) ? v.join(', ') : String(v ?? '');
		const multipart = /^multipart\/form-data/i.test(headers['content-type'] ?? '')
			? parseMultipart(raw, headers['content-type'])
			: undefined;
		const body = multipart
			? 'error' in multipart
				? undefined
				: multipart.fields
			: parseBody(raw.toString('utf8'), headers['content-type']);
		const method = req.method ?? 'GET';
		const path = url.pathname;
		const record: RecordedRequest = { method, path, query, headers, body, status: 0 };
		if (multipart && !('error' in multipart)) record.files = multipart.files;
		if (via) record.gate = via.id;
		this.requests.push(record);
		via?.requests.push(record);
		const matched = matchRoute(method, path);
		record.operationKey = matched?.route.key;

		const fault = this.takeFault(method, path, record.operationKey);
		if (this.latencyMs) await pause(this.latencyMs);
		const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
			record.status = status;
			this.answeredAt.set(record, Date.now());
			res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra });
			// A file (a recording, a download) goes out as its bytes, typed by its handler's headers.
			if (Buffer.isBuffer(payload)) res.end(payload);
			else res.end(payload === undefined ? '' : JSON.stringify(payload));
		};
		if (fault) {
			switch (fault.kind) {
				case 'reset-before':
					record.status = -1;
					req.socket.destroy();
					return;
				case 'delay':
					await pause(fault.ms);
					break;
				case 'hang':
					if (!req.socket.destroyed) await new Promise((r) => req.socket.once('close', r));
					break;
				case 'status':
					record.status = fault.status;
					res.writeHead(fault.status, {
						'content-type': 'application/json; charset=utf-8',
						...fault.headers,
					});
					res.end(
						JSON.stringify(
							fault.body ?? {
								statusCode: fault.status,
								message: http.STATUS_CODES[fault.status] ?? 'Error',
							},
						),
					);
					return;
				case 'redirect':
					record.status = fault.status;
					res.writeHead(fault.status, { location: fault.location, 'content-type': 'text/plain' });
					res.end(`Redirecting to ${fault.location}`);
					return;
				case 'static-page':
					for (const name of PAGING_PARAMETERS) {
						delete query[name];
						if (body && typeof body === 'object' && !Array.isArray(body))
							delete (body as Rec)[name];
					}
					break;
				case 'html':
					record.status = fault.status;
					res.writeHead(fault.status, { 'content-type': 'text/html' });
					res.end(
						`<html><head><title>${fault.status} Bad Gateway</title></head><body><h1>${fault.status}</h1></body></html>`,
					);
					return;
				default:
					break;
			}
		}
		const answer = this.answer(method, path, query, headers, body, matched, multipart);
		if (fault?.kind === 'reset-after') {
			record.status = -1;
			req.socket.destroy();
			return;
		}
		if (fault?.kind === 'cut' && answer.status < 300) {
			record.status = answer.status;
			const text = JSON.stringify(answer.body ?? {});
			res.writeHead(answer.status, {
				'content-type': 'application/json; charset=utf-8',
				'content-length': String(Buffer.byteLength(text)),
				...answer.headers,
			});
			// Dropped once the half is flushed, so the client has the status line when it goes.
			res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
			return;
		}
		if (fault?.kind === 'malformed' && answer.status < 300) {
			record.status = answer.status;
			res.writeHead(answer.status, { 'content-type': 'application/json' });
			// Cut short enough never to parse, however short the answer (`{"tags":[]}` cut at 12 still would).
			const text = JSON.stringify(answer.body ?? {});
			res.end(text.slice(0, Math.min(12, text.length - 1)));
			return;
		}
		if (fault?.kind === 'empty' && answer.status < 300) {
			record.status = answer.status;
			res.writeHead(answer.status, { 'content-type': 'application/json' });
			res.end('');
			return;
		}
		send(answer.status, answer.body, answer.headers);
	}

	private takeFault(method: string, path: string, operationKey?: string): Fault | undefined {
		const index = this.faults.findIndex(
			(f) =>
				(!f.method || f.method === method) &&
				(!f.operationKey || f.operationKey === operationKey) &&
				(!f.path || (typeof f.path === 'string' ? f.path === path : f.path.test(path))),
		);
		if (index === -1) return undefined;
		const rule = this.faults[index];
		rule.times = (rule.times ?? 1) - 1;
		if (rule.times <= 0) this.faults.splice(index, 1);
		return rule.fault;
	}

	private answer(
		method: string,
		path: string,
		query: Record<string, string | string[]>,
		headers: Record<string, string>,
		body: unknown,
		matched: ReturnType<typeof matchRoute>,
		multipart?: MultipartBody | { error: string },
	): { status: number; body: unknown; headers?: Record<string, string> } {
		if (method === 'POST' && path === '/oauth/token') return this.tokenEndpoint(body as Rec);
		if (!matched)
			return {
				status: 404,
				body: { statusCode: 404, message: `Cannot ${method} ${path}`, error: 'Not Found' },
			};
		const { route, params } = matched;
		if (route.version && !route.version.includes(headers.version ?? '')) {
			return {
				status: 400,
				body: {
					statusCode: 400,
					message: `Version header must be one of ${route.version.join(', ')}`,
					error: 'Bad Request',
				},
			};
		}
		const auth = /^Bearer (.+)$/.exec(headers.authorization ?? '');
		if (!auth)
			return {
				status: 401,
				body: {
					statusCode: 401,
					message: 'Invalid token: access token is invalid',
					error: 'Unauthorized',
				},
			};
		const grant = this.tokens.get(auth[1]);
		if (!grant || grant.expired)
			return { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } };
		const rateHeaders = this.spend(grant.locationId ?? grant.companyId ?? auth[1]);
		if (!rateHeaders) {
			const h = this.rateHeaders(grant.locationId ?? grant.companyId ?? auth[1]);
			return { status: 429, body: { statusCode: 429, message: 'Too Many Requests' }, headers: h };
		}
		const reply = (status: number, payload: unknown, extra: Record<string, string> = {}) => ({
			status,
			body: payload,
			headers: { ...rateHeaders, ...extra },
		});
		// A sub-account token on an agency-only route: HighLevel's IAM refuses the token's class.
		const locationGrant =
			grant.userType === 'Location' ||
			(grant.userType === undefined && grant.locationId !== undefined);
		if (
			locationGrant &&
			route.tokenTypes.length &&
			route.tokenTypes.every((t) => t.startsWith('Agency-Access'))
		) {
			return reply(401, {
				statusCode: 401,
				message:
					'This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.',
			});
		}
		if (route.scopes.length && !route.scopes.some((s) => grant.scopes.includes(s))) {
			return reply(401, {
				statusCode: 401,
				message: 'The token is not authorized for this scope.',
			});
		}
		const named =
			params.locationId ??
			(query.locationId as string) ??
			(query.location_id as string) ??
			(body as Rec | undefined)?.locationId;
		if (grant.locationId && named !== undefined && named !== grant.locationId) {
			return reply(403, {
				statusCode: 403,
				message: 'The token does not have access to this location',
			});
		}
		const queryProblems = validateQuery(route, query);
		if (queryProblems.length)
			return reply(422, { statusCode: 422, message: queryProblems, error: 'Unprocessable Entity' });
		// An upload must come as multipart/form-data, and nothing else may.
		if (route.multipart !== (multipart !== undefined)) {
			return reply(415, {
				status: 415,
				message: route.multipart
					? 'Content-Type must be multipart/form-data'
					: `Content-Type ${headers['content-type'] ?? '(none)'} is not accepted here`,
			});
		}
		if (multipart && 'error' in multipart)
			return reply(400, { statusCode: 400, message: multipart.error, error: 'Bad Request' });
		const bodyProblem = multipart ? validateMultipart(route, multipart) : validateBody(route, body);
		if (bodyProblem) {
			return reply(bodyProblem.status, {
				statusCode: bodyProblem.status,
				message:
					bodyProblem.status === 400 ? bodyProblem.messages.join('; ') : bodyProblem.messages,
				error: bodyProblem.status === 400 ? 'Bad Request' : 'Unprocessable Entity',
			});
		}
		if (route.key === 'oauth/get-location-access-token')
			return reply(200, this.mintLocationToken(grant, body as Rec));
		const handler = HANDLERS[route.key];
		if (!handler)
			return reply(501, { statusCode: 501, message: `Not implemented by the fake: ${route.key}` });
		const call: Call = {
			params,
			query,
			body: (body ?? {}) as Rec,
			files: multipart && !('error' in multipart) ? multipart.files : [],
			location: (id) => this.location(id),
			stores: () =>
				grant.locationId ? [this.location(grant.locationId)] : [...this.locations.values()],
			grant: {
				userType: grant.userType ?? (grant.locationId ? 'Location' : 'Company'),
				companyId: grant.companyId,
			},
			locationId: grant.locationId,
			findContact: (id) => {
				const stores = grant.locationId
					? [this.location(grant.locationId)]
					: [...this.locations.values()];
				for (const store of stores) {
					const contact = store.contacts.get(id);
					if (contact) return { store, contact };
				}
				return undefined;
			},
		};
		try {
			const result = handler(call);
			return reply(result.status ?? 200, result.body, result.headers);
		} catch (error) {
			if (error instanceof HttpError) return reply(error.status, error.body);
			throw error;
		}
	}

	private tokenEndpoint(body: Rec): { status: number; body: unknown } {
		const client = this.clients.get(String(body.client_id));
		if (!client || client.clientSecret !== body.client_secret) {
			return {
				status: 401,
				body: { error: 'invalid_client', error_description: 'Client authentication failed' },
			};
		}
		if (body.grant_type === 'refresh_token' && body.refresh_token !== client.refreshToken) {
			return {
				status: 400,
				body: { error: 'invalid_grant', error_description: 'Invalid refresh token' },
			};
		}
		if (body.grant_type !== 'refresh_token' && body.grant_type !== 'authorization_code') {
			return {
				status: 422,
				body: {
					statusCode: 422,
					message: ['grant_type must be a valid enum value'],
					error: 'Unprocessable Entity',
				},
			};
		}
		const access = `fake-access-${newId()}`;
		client.refreshToken = `fake-refresh-${newId()}`;
		this.addToken(access, client.grant);
		return {
			status: 200,
			body: {
				access_token: access,
				token_type: 'Bearer',
				expires_in: 86399,
				refresh_token: client.refreshToken,
				scope: client.grant.scopes.join(' '),
				userType: client.grant.userType ?? 'Location',
				locationId: client.grant.locationId,
				companyId: client.grant.companyId ?? 'company_test_0001',
				userId: 'user_test_0001',
			},
		};
	}

	private mintLocationToken(grant: TokenGrant, body: Rec): Rec {
		const token = `fake-location-${newId()}`;
		this.addToken(token, {
			locationId: String(body.locationId),
			userType: 'Location',
			scopes: grant.scopes,
		});
		return {
			access_token: token,
			token_type: 'Bearer',
			expires_in: 86399,
			scope: grant.scopes.join(' '),
			locationId: body.locationId,
			userId: 'user_test_0001',
		};
	}

	/** Counts one request against the bucket; undefined when HighLevel would answer 429. */
	private spend(key: string): Record<string, string> | undefined {
		const now = Date.now();
		const b = this.bucket(key, now);
		if (b.usedToday >= this.rate.dailyMax || !b.limiter.take(now)) return undefined;
		b.usedToday++;
		return this.rateHeaders(key);
	}

	private bucket(key: string, now: number): Bucket {
		let b = this.buckets.get(key);
		const day = Math.floor(now / 86_400_000);
		if (!b) {
			b = {
				limiter: createLimiter(this.rate.shape, this.rate.max, this.rate.intervalMs),
				day,
				usedToday: 0,
			};
			this.buckets.set(key, b);
		}
		if (b.day !== day) {
			b.day = day;
			b.usedToday = 0;
		}
		return b;
	}

	private rateHeaders(key: string): Record<string, string> {
		const now = Date.now();
		const b = this.bucket(key, now);
		return {
			'X-RateLimit-Limit-Daily': String(this.rate.dailyMax),
			'X-RateLimit-Daily-Remaining': String(Math.max(0, this.rate.dailyMax - b.usedToday)),
			'X-RateLimit-Interval-Milliseconds': String(this.rate.intervalMs),
			'X-RateLimit-Max': String(this.rate.max),
			'X-RateLimit-Remaining': String(b.limiter.remaining(now)),
		};
	}
}

function parseBody(raw: string, contentType = ''): unknown {
	if (raw === '') return undefined;
	if (contentType.includes('application/x-www-form-urlencoded'))
		return Object.fromEntries(new URLSearchParams(raw));
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}
