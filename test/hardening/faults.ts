import type { INodeExecutionData } from 'n8n-workflow';
import { OPERATIONS, type OperationKey } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { timing } from '../../nodes/HighLevel/transport/pace';
import type { FaultRule } from '../fake-highlevel';
import { LOCATION_ID, OAUTH_ACCESS_TOKEN, PIT_TOKEN } from '../harness/run';
import { ALL_SCOPES } from '../nodes/setup';
import {
	type Bench,
	type BenchRun,
	countRecords,
	FAST,
	ITEMS,
	MATRIX_TIMEOUT_MS,
	needsAgency,
	pairedWith,
	type Prepared,
	type Profile,
	useBench,
} from './bench';
import { operationsUnderTest, type OperationUnderTest } from './operations';
import { useSecretsScan } from './secrets';

/**
 * How a fault should end, by the rules in DESIGN.md and README's Reliability section:
 * - `rate`: HighLevel applied nothing and said so; always resent, so the item succeeds.
 * - `expired`: an expired OAuth2 token; n8n refreshes it and the request is sent again.
 * - `scope`: the token lacks the operation's scope; never resent, the error names the scope.
 * - `ambiguous`: the request may or may not have been applied; resent only when doing it twice
 *   cannot make a second record, so reads, updates and deletes recover and creates report.
 * - `badBody`: a success whose body is not the JSON promised; never resent (it was applied).
 * - `redirect`: a 3xx to another host; never followed (the token stays), the item fails naming
 *   the status and the host.
 */
type Outcome = 'rate' | 'expired' | 'scope' | 'ambiguous' | 'badBody' | 'redirect';

/** Where the redirect case points: a host that cannot resolve, so following it could not pass unseen. */
export const REDIRECT_HOST = 'elsewhere.invalid';

export interface FaultCase {
	name: string;
	outcome: Outcome;
	rules?: (primary: string) => FaultRule[];
	/** HighLevel's message the user must see when the item fails. */
	message?: string;
	/** Whether this case shortens the request timeout (the fake holds the answer past it). */
	timesOut?: boolean;
	/** Faults every read gets; the others go to writes and to the first read of each resource. */
	core?: boolean;
}

/**
 * The request timeout of the timeout case, in round trips to the fake measured just before: long
 * enough for every answer that is not held back, however loaded the machine is at the time.
 */
const TIMEOUT_IN_ROUND_TRIPS = 10;
const MIN_TIMEOUT_MS = 100;

/** The slowest of a few round trips to the fake (a path it answers 404 at once), in ms. */
async function roundTripMs(fake: Bench['fake']): Promise<number> {
	let slowest = 1;
	for (let i = 0; i < 5; i++) {
		const startedAt = Date.now();
		await (await fetch(`${fake.baseUrl}/hardening/round-trip`)).text();
		slowest = Math.max(slowest, Date.now() - startedAt);
	}
	return slowest;
}

const status = (code: number, message: string): FaultCase => ({
	name: `${code} with a JSON error`,
	outcome: 'ambiguous',
	message,
	core: code === 503,
	rules: (operationKey) => [
		{ operationKey, fault: { kind: 'status', status: code, body: { statusCode: code, message } } },
	],
});

export const FAULT_CASES: FaultCase[] = [
	{
		name: '429 storm with rate-limit headers',
		outcome: 'rate',
		rules: (operationKey) => [
			{
				operationKey,
				times: 3,
				fault: {
					kind: 'status',
					status: 429,
					body: { statusCode: 429, message: 'Too Many Requests' },
					headers: {
						'X-RateLimit-Max': '100',
						'X-RateLimit-Remaining': '0',
						'X-RateLimit-Interval-Milliseconds': String(FAST.defaultIntervalMs),
					},
				},
			},
		],
	},
	{
		name: '429 storm without rate-limit headers',
		outcome: 'rate',
		core: true,
		rules: (operationKey) => [
			{
				operationKey,
				times: 3,
				fault: {
					kind: 'status',
					status: 429,
					body: { statusCode: 429, message: 'Too Many Requests' },
				},
			},
		],
	},
	status(500, 'Hardening: internal error 500'),
	status(502, 'Hardening: bad gateway 502'),
	status(503, 'Hardening: service unavailable 503'),
	status(504, 'Hardening: gateway timeout 504'),
	{
		name: '502 HTML error page',
		outcome: 'ambiguous',
		message: 'server error (502)',
		rules: (operationKey) => [{ operationKey, fault: { kind: 'html', status: 502 } }],
	},
	{
		name: 'connection reset before HighLevel applied the request',
		outcome: 'ambiguous',
		rules: (operationKey) => [{ operationKey, fault: { kind: 'reset-before' } }],
	},
	{
		name: 'connection reset after HighLevel applied the request',
		outcome: 'ambiguous',
		core: true,
		rules: (operationKey) => [{ operationKey, fault: { kind: 'reset-after' } }],
	},
	{
		name: 'answer slower than the timeout',
		outcome: 'ambiguous',
		timesOut: true,
		rules: (operationKey) => [{ operationKey, fault: { kind: 'hang' } }],
	},
	{
		name: 'malformed JSON',
		outcome: 'badBody',
		core: true,
		rules: (operationKey) => [{ operationKey, fault: { kind: 'malformed' } }],
	},
	{
		name: 'empty body',
		outcome: 'badBody',
		rules: (operationKey) => [{ operationKey, fault: { kind: 'empty' } }],
	},
	{
		name: 'answer cut off after its status line',
		outcome: 'ambiguous',
		rules: (operationKey) => [{ operationKey, fault: { kind: 'cut' } }],
	},
	{
		name: '307 redirect to another host',
		outcome: 'redirect',
		rules: (operationKey) => [
			{
				operationKey,
				fault: { kind: 'redirect', status: 307, location: `https://${REDIRECT_HOST}/v2/elsewhere` },
			},
		],
	},
	{ name: '401 from an expired OAuth2 token', outcome: 'expired' },
	{ name: '401 for a missing scope', outcome: 'scope', core: true },
];

export interface FaultRun {
	result: BenchRun;
	profile: Profile;
	/** Problems found; empty when every rule held. */
	problems: string[];
}

function errorOf(item: INodeExecutionData): string | undefined {
	const error = item.json.error;
	return error === undefined ? undefined : String(error);
}

/**
 * Runs ITEMS items of an operation while HighLevel misbehaves once (or a few times), and checks
 * what must hold whatever happens: one output per input, paired with it; no record made twice;
 * no resend the rules forbid; an error that names the operation and carries HighLevel's message.
 */
export async function runFault(
	bench: Bench,
	target: OperationUnderTest,
	fault: FaultCase,
	given?: Prepared,
): Promise<FaultRun> {
	const fake = bench.fake;
	const profile = await bench.profile(target);
	const problems: string[] = [];
	const primary = profile.primary as OperationKey;
	const prepared = given ?? (await bench.prepare(target, ITEMS, [], profile.level));
	const scopes: readonly string[] = OPERATIONS[primary]?.scopes ?? [];

	fake.clearFaults();
	for (const rule of fault.rules?.(primary) ?? []) fake.injectFault(rule);
	const agency = needsAgency(target);
	if (fault.outcome === 'expired') fake.expireToken(OAUTH_ACCESS_TOKEN);
	if (fault.outcome === 'scope' && !agency) {
		fake.addToken(PIT_TOKEN, {
			locationId: LOCATION_ID,
			userType: 'Location',
			scopes: ALL_SCOPES.filter((s) => !scopes.includes(s)),
		});
	}
	const roundTrip = fault.timesOut ? await roundTripMs(fake) : 0;
	const before = countRecords(fake);
	timing.requestTimeoutMs = fault.timesOut
		? Math.max(MIN_TIMEOUT_MS, TIMEOUT_IN_ROUND_TRIPS * roundTrip)
		: FAST.requestTimeoutMs;
	let result: BenchRun;
	try {
		// The run's own requests, all answered: none of another run counts here (see Bench.run).
		result = await bench.run(
			prepared,
			target.resource.value,
			target.operation.value,
			{ onError: 'continueRegularOutput', auth: fault.outcome === 'expired' ? 'oauth' : 'pit' },
			{ without: fault.outcome === 'scope' ? scopes : [], expired: fault.outcome === 'expired' },
		);
	} finally {
		timing.requestTimeoutMs = FAST.requestTimeoutMs;
	}
	fake.clearFaults();
	fake.addToken(PIT_TOKEN, { locationId: LOCATION_ID, userType: 'Location', scopes: ALL_SCOPES });
	fake.addToken(OAUTH_ACCESS_TOKEN, {
		locationId: LOCATION_ID,
		userType: 'Location',
		scopes: ALL_SCOPES,
	});

	// One output per input (a list operation may give any number of results, or one error).
	if (result.error)
		problems.push(`the node stopped although Continue On Fail is on: ${result.error.message}`);
	let last = -1;
	for (const item of result.items) {
		const paired = pairedWith(item);
		if (paired === undefined || paired < last || paired >= ITEMS)
			problems.push(`output paired with ${String(paired)} after ${last}`);
		last = paired ?? last;
	}
	const errors: string[] = [];
	for (let i = 0; i < ITEMS; i++) {
		const outputs = result.items.filter((item) => pairedWith(item) === i);
		const failed = outputs.filter((item) => errorOf(item) !== undefined);
		if (failed.length) {
			errors.push(errorOf(failed[0]) as string);
			if (outputs.length !== 1) problems.push(`item ${i} failed but has ${outputs.length} outputs`);
			const details = String(failed[0].json.details ?? '');
			const shown = `${errorOf(failed[0])} ${details}`;
			if (!shown.startsWith(target.label))
				problems.push(`item ${i}'s error does not name the operation: ${shown}`);
			if (!new RegExp(`\\bitem ${i}\\b`).test(shown))
				problems.push(`item ${i}'s error does not name the item: ${shown}`);
		} else if (!profile.list && outputs.length !== 1) {
			problems.push(`item ${i} has ${outputs.length} outputs`);
		}
	}

	// Nothing applied twice.
	const made = countRecords(fake) - before;
	if (made > Math.max(profile.created, 0)) {
		problems.push(
			`${made} records made where a clean run makes ${profile.created}: a create was applied twice`,
		);
	}
	const requests = result.requests;
	const sent = requests.filter((r) => r.operationKey === primary).length;
	const resent = sent > profile.sent;
	const mayResend = profile.method !== 'POST' || profile.repeatSafe;
	if (resent && fault.outcome === 'ambiguous' && !mayResend) {
		problems.push(
			`resent ${primary} (${sent} requests, ${profile.sent} in a clean run) although a second one makes another record`,
		);
	}
	// With an OAuth2 token (agency operations have no other), n8n takes a 401 for an expired token:
	// it refreshes the token and sends once more, which HighLevel refuses the same way.
	const refreshedOnce =
		fault.outcome === 'scope' &&
		agency &&
		sent === 2 * profile.sent &&
		requests.some((r) => r.path === '/oauth/token');
	if (
		resent &&
		(fault.outcome === 'badBody' || fault.outcome === 'scope' || fault.outcome === 'redirect') &&
		!refreshedOnce
	) {
		problems.push(
			`resent ${primary} after ${fault.name} (${sent} requests, ${profile.sent} in a clean run)`,
		);
	}

	// How each kind of fault must end.
	const recovers =
		fault.outcome === 'rate' ||
		fault.outcome === 'expired' ||
		(fault.outcome === 'ambiguous' && profile.method !== 'POST');
	if (recovers && errors.length)
		problems.push(`did not recover from ${fault.name}: ${errors.join(' | ')}`);
	if (fault.outcome === 'rate' && errors.some((e) => /rate limit|Too Many/i.test(e))) {
		problems.push(`gave up on a 429: ${errors.join(' | ')}`);
	}
	if (fault.outcome === 'expired' && !requests.some((r) => r.path === '/oauth/token')) {
		problems.push('did not refresh the expired OAuth2 token');
	}
	if (fault.outcome === 'scope') {
		if (errors.length !== ITEMS)
			problems.push(`${errors.length} of ${ITEMS} items failed for a missing scope`);
		const withDetails = result.items.map(
			(item) => `${errorOf(item) ?? ''} ${String(item.json.details ?? '')}`,
		);
		for (const text of withDetails) {
			if (!/not authorized for this scope/.test(text))
				problems.push(`HighLevel's scope message missing: ${text}`);
			if (scopes.length && !scopes.some((s) => text.includes(s)))
				problems.push(`the scope (${scopes.join(' or ')}) is not named: ${text}`);
		}
	}
	if (fault.outcome === 'ambiguous' && !recovers && !resent) {
		// Not resent, so the item the fault hit fails (never a success with nothing behind it), with
		// HighLevel's own message, or (no answer at all) saying the request may have been applied.
		const expected = fault.message ?? /may have been \w+ and was not resent/;
		const says = (e: string) =>
			typeof expected === 'string' ? e.includes(expected) : expected.test(e);
		if (!errors.some(says))
			problems.push(
				`no error says ${String(expected)}: ${errors.join(' | ') || 'every item succeeded'}`,
			);
	}
	if (fault.outcome === 'redirect') {
		// Only the first request of a run meets the redirect; the item it hit must fail saying where to.
		if (!errors.length) problems.push('every item succeeded although a request was redirected');
		for (const e of errors) {
			if (!e.includes('307') || !e.includes(REDIRECT_HOST))
				problems.push(`the error does not name the status and the host: ${e}`);
		}
	}
	if (fault.name === 'malformed JSON' && !errors.some((e) => /not JSON/.test(e))) {
		problems.push(
			`an answer that is not JSON is not reported as such: ${errors.join(' | ') || 'every item succeeded'}`,
		);
	}
	return { result, profile, problems };
}

/**
 * A missing scope without Continue On Fail: the node stops, and the error it throws (whose
 * stack n8n keeps) names the operation, the item, HighLevel's message and the scope.
 */
export async function runStopped(
	bench: Bench,
	target: OperationUnderTest,
	prepared: Prepared,
): Promise<FaultRun> {
	const fake = bench.fake;
	const profile = await bench.profile(target);
	const scopes: readonly string[] = OPERATIONS[profile.primary as OperationKey]?.scopes ?? [];
	const problems: string[] = [];
	fake.addToken(PIT_TOKEN, {
		locationId: LOCATION_ID,
		userType: 'Location',
		scopes: ALL_SCOPES.filter((s) => !scopes.includes(s)),
	});
	let result: BenchRun;
	try {
		result = await bench.run(
			prepared,
			target.resource.value,
			target.operation.value,
			{},
			{ without: scopes },
		);
	} finally {
		fake.addToken(PIT_TOKEN, { locationId: LOCATION_ID, userType: 'Location', scopes: ALL_SCOPES });
	}
	const error = result.error;
	const text = `${error?.message ?? ''} ${error?.description ?? ''}`;
	if (!error) problems.push('the node did not stop');
	else {
		if (!error.message.startsWith(target.label))
			problems.push(`the error does not name the operation: ${error.message}`);
		if (!/\bitem \d+\b/.test(text)) problems.push(`the error does not name the item: ${text}`);
		if (!/not authorized for this scope/.test(text))
			problems.push(`HighLevel's message is missing: ${text}`);
		if (scopes.length && !scopes.some((s) => text.includes(s)))
			problems.push(`the scope is not named: ${text}`);
	}
	if (result.items.length) problems.push(`${result.items.length} items came out of a stopped node`);
	return { result, profile, problems };
}

/** Which faults an operation gets: all of them for writes and one read per resource, the core ones for other reads. */
export function faultsFor(profile: Profile, firstReadOfResource: boolean): FaultCase[] {
	const write = profile.method !== 'GET';
	return FAULT_CASES.filter((f) => write || firstReadOfResource || f.core);
}

/**
 * The fault matrix over one share of the operations (`part` of `parts`, so jest can run the
 * shares side by side): every operation in RESOURCES at the time of the run, each under every
 * fault that applies to it, then a scan of everything captured for secrets.
 */
export function faultMatrix(part: number, parts: number): void {
	const bench = useBench();
	const secrets = useSecretsScan();
	const all = operationsUnderTest();
	const mine = all.filter((_, i) => i % parts === part);

	/** Whether no earlier operation of the resource is a read (that one gets every fault). */
	const firstRead = async (target: OperationUnderTest) => {
		for (const other of all.filter((o) => o.resource === target.resource)) {
			if (other === target) return true;
			if ((await bench.profile(other)).method === 'GET') return false;
		}
		return true;
	};

	it.each(mine.map((o) => [o.label, o] as const))(
		'%s: every item answered once and nothing applied twice, under every fault',
		async (_label, target) => {
			const profile = await bench.profile(target);
			// Every operation runs valid, calling only what it declares; one that cannot is a failure, never
			// a reason to check less (give its fields examples, or the fake's demo data the records it needs).
			expect({
				operation: target.id,
				reachesHighLevel: profile.primary !== undefined,
				valid: profile.valid,
				undeclared: profile.undeclared,
			}).toEqual({
				operation: target.id,
				reachesHighLevel: true,
				valid: true,
				undeclared: [],
			});
			const problems: string[] = [];
			// Where neither the spec nor HighLevel's scope list names a scope there is none to take away.
			const scoped = (OPERATIONS[profile.primary as OperationKey]?.scopes ?? []).length > 0;
			const faults = faultsFor(
				profile,
				profile.method === 'GET' && (await firstRead(target)),
			).filter((f) => scoped || f.outcome !== 'scope');
			// The records the cases need, made in one go: a delete uses its records up and a create
			// may refuse a second record for the same one, so they get ITEMS fresh ones per fault;
			// reads and updates can work on the same ones again.
			const sets = profile.method === 'DELETE' || profile.method === 'POST' ? faults.length : 1;
			const pool = await bench.prepare(target, ITEMS * sets, [], profile.level);
			for (const [k, fault] of faults.entries()) {
				const items = pool.items.slice((k % sets) * ITEMS, ((k % sets) + 1) * ITEMS);
				const run = await runFault(bench, target, fault, { ...pool, items });
				secrets.capture(run.result);
				problems.push(...run.problems.map((p) => `${fault.name}: ${p}`));
			}
			if (scoped) {
				const stopped = await runStopped(bench, target, {
					...pool,
					items: pool.items.slice(0, ITEMS),
				});
				secrets.capture(stopped.result);
				problems.push(
					...stopped.problems.map((p) => `missing scope without Continue On Fail: ${p}`),
				);
			}
			expect(problems).toEqual([]);
		},
		MATRIX_TIMEOUT_MS,
	);

	it('shows no token, refresh token, client secret or Private Integration Token anywhere', () => {
		expect(secrets.size()).toBeGreaterThan(mine.length);
		expect(secrets.leaks()).toEqual([]);
	});
}
