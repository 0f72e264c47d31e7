import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { OPERATIONS } from '../../nodes/HighLevel/apiSpec/operations.generated';
import {
	LOCATION_ID,
	OAUTH_ACCESS_TOKEN,
	OAUTH_CLIENT_SECRET,
	OAUTH_REFRESH_TOKEN,
	loadOptions,
	testCredentials,
	type RunOptions,
	type RunResult,
} from '../harness/run';
import type { FakeHighLevel, RecordedRequest, TokenGrant } from '../fake-highlevel';
import { ALL_SCOPES, useFakeHighLevel } from '../nodes/setup';
import { agencyOnly } from '../../nodes/HighLevel/transport/agency';
import { createDemoData } from '../fake-highlevel/demo';
import { timing } from '../../nodes/HighLevel/transport/pace';
import {
	example,
	isShown,
	type Field,
	type OperationUnderTest,
	operationsUnderTest,
} from './operations';

type Harness = ReturnType<typeof useFakeHighLevel>;
type Values = Record<string, unknown>;
/** 0: required fields and fields with an example; 1: also one field of each collection; 2: also every other field. */
export type Level = 0 | 1 | 2;

/** Parameters and items that run an operation once per item, every field set by an expression. */
export interface Prepared {
	parameters: IDataObject;
	items: IDataObject[];
	/** The fields given a value, by their path key (`additionalFields.email`). */
	filled: Map<string, Field>;
	/** Top-level parameter values of the first item (defaults where not filled), for displayOptions. */
	tops: Values;
}

/**
 * What a valid run of an operation showed: which of the HighLevel operations it declares (`calls`)
 * it sent, and how it changes the store.
 */
export interface Profile {
	/** How many fields a valid run needs (see Level). */
	level: Level;
	/** `module/operationId` of the operation's own request in a valid run: the first of its declared calls it sent. */
	primary?: string;
	method?: string;
	/** Whether the valid run succeeded for every item. */
	valid: boolean;
	/** Every `module/operationId` a valid run calls (lookups included). */
	keys: string[];
	/** Requests of the valid run to operations the operation does not declare (see OperationDefinition.calls). */
	undeclared: string[];
	/** Requests to `primary` in a valid run of ITEMS items. */
	sent: number;
	/** Records added to the store by a valid run of ITEMS items. */
	created: number;
	/** Whether an item may give any number of results. */
	list: boolean;
	/** Whether a second identical run leaves the store as the first left it. */
	repeatSafe: boolean;
}

export const ITEMS = 2;
/**
 * Jest's bound on one matrix test (every fault of one operation, or the fuzz run): a guard against
 * a hang, not a speed claim (the benchmark measures speed), wide enough for a loaded machine.
 */
export const MATRIX_TIMEOUT_MS = 600_000;
/** Operations that make a record whose ID another operation's field can take, tried in this order. */
const MAKERS = ['create', 'upsert', 'send'];
/** The file an upload sends in the matrices: a PNG signature, enough for the fake's type check. */
const HARDENING_FILE = Buffer.from('89504e470d0a1a0a', 'hex');
/** Requests the transport makes for any operation (an agency token minting a location token). */
const TRANSPORT_CALLS = new Set(['oauth/get-location-access-token']);
/**
 * Records a plain Create does not make, and the fields that make them, by the operation that
 * needs them: only a message sent with a Scheduled Time can be cancelled.
 */
const MAKE_FOR: Record<string, (now: number) => IDataObject> = {
	'message/cancelScheduled': (now) => ({
		additionalFields: { scheduledTime: new Date(now + 86_400_000).toISOString() },
	}),
	'message/getEmail': () => ({
		messageType: 'Email',
		subject: 'Hardening',
		html: '<p>Hardening</p>',
	}),
};
/** Records no resource is named after, by the operation that makes them: an email is a message sent as one, a block slot is made by Add Block Slot, a media file by Upload. */
const MADE_BY: Record<string, string[]> = {
	emailMessage: ['message/send'],
	blockSlot: ['appointment/addBlockSlot'],
	file: ['media/upload'],
};
/** Records only one operation makes, by the operation that needs them: recordings and transcriptions are a call's. */
const MADE_FOR: Record<string, string> = {
	'message/getRecording': 'message/addOutboundCall',
	'message/getTranscription': 'message/addOutboundCall',
	'message/downloadTranscription': 'message/addOutboundCall',
};
const OPERATIONS_BY_ID = new Map(operationsUnderTest().map((o) => [o.id, o]));

/**
 * Operations HighLevel answers only for an agency token run with the OAuth2 credential connected
 * by the agency: its access token (OAUTH_ACCESS_TOKEN, granted as the agency's) and the test
 * location as the node's Location ID. The faults below change that token's grant, not the PIT's.
 */
export function needsAgency(target: OperationUnderTest): boolean {
	return (
		target.operation.calls.length > 0 &&
		target.operation.calls.every((key) => agencyOnly(OPERATIONS[key].tokenTypes))
	);
}
const AGENCY_SCOPES = [...ALL_SCOPES, 'locations.write', 'oauth.readonly', 'oauth.write'];
function agencyGrant(without: readonly string[] = []): TokenGrant {
	return {
		companyId: 'company_test_0001',
		userType: 'Company',
		scopes: AGENCY_SCOPES.filter((s) => !without.includes(s)),
	};
}

/** A run of the node and the requests it sent (its own, whenever they arrive: see run()). */
export type BenchRun = RunResult & { requests: RecordedRequest[] };

export const key = (field: Field) => field.path.join('.');
export const expression = (k: string) => `={{ $json[${JSON.stringify(k)}] }}`;

let counter = 0;
/** A short token that keeps emails, phones and names of one run apart from every other run. */
function unique(): string {
	counter++;
	return `${Date.now().toString(36).slice(-4)}${counter.toString(36)}`;
}

export function setAt(target: IDataObject, path: string[], value: unknown): void {
	let node = target;
	for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as IDataObject;
	node[path[path.length - 1]] = value as IDataObject[keyof IDataObject];
}

/** The input item an output item is paired with. */
export function pairedWith(item: { pairedItem?: unknown }): number | undefined {
	const paired = item.pairedItem as { item?: number } | number | undefined;
	return typeof paired === 'number' ? paired : paired?.item;
}

/** Total records the fake keeps for the test location, over every collection it has. */
export function countRecords(fake: FakeHighLevel): number {
	return fake.location(LOCATION_ID).recordCount();
}

/**
 * Makes valid parameters for any operation from its description: examples from placeholders,
 * records an ID field needs made by running the Create (or Create or Update, or Send) of the
 * resource the field is named after, values from the operation's own dropdown methods, and
 * learns from a valid run what the operation calls and changes.
 */
export class Bench {
	private readonly profiles = new Map<string, Profile>();
	private readonly options = new Map<string, Promise<string[]>>();
	/** How many of a dropdown's records deletes have used up in this test, by loadOptions method. */
	private readonly usedUp = new Map<string, number>();

	constructor(readonly harness: Harness) {}

	get fake(): FakeHighLevel {
		return this.harness.state.fake;
	}

	/**
	 * Runs the node through a gate of its own (FakeHighLevel.gate), closed before this returns:
	 * the requests it gives are this run's, every one the fake took has been answered, and one the
	 * client gave up on before the fake read it (a timeout on a loaded machine) can never arrive
	 * during a later run, to be counted there or to change the records a later run counts.
	 *
	 * `agency` sets how an agency operation's token stands for a fault: scopes it lacks (a refresh
	 * gives the same), or expired.
	 */
	async run(
		prepared: Prepared,
		resource: string,
		operation: string,
		options: Partial<RunOptions> = {},
		agency: { without?: readonly string[]; expired?: boolean } = {},
	): Promise<BenchRun> {
		const gate = await this.fake.gate();
		try {
			const result = await this.runVia(
				gate.baseUrl,
				prepared,
				resource,
				operation,
				options,
				agency,
			);
			return { ...result, requests: gate.requests };
		} finally {
			await gate.close();
		}
	}

	private async runVia(
		baseUrl: string,
		prepared: Prepared,
		resource: string,
		operation: string,
		options: Partial<RunOptions>,
		agency: { without?: readonly string[]; expired?: boolean },
	): Promise<RunResult> {
		const target = OPERATIONS_BY_ID.get(`${resource}/${operation}`);
		// An upload reads its files from the input items' binary data (Input Binary Fields, `data` by default).
		if (
			target?.operation.properties.some((p) => p.name === 'binaryPropertyName') &&
			!options.binary
		) {
			options = {
				...options,
				binary: prepared.items.map(() => ({
					data: {
						data: HARDENING_FILE.toString('base64'),
						mimeType: 'image/png',
						fileName: 'hardening.png',
					},
				})),
			};
		}
		if (!target || !needsAgency(target)) {
			return await this.harness.run(
				{ resource, operation, ...prepared.parameters },
				{ items: prepared.items, ...options, baseUrl },
			);
		}
		const fake = this.fake;
		const location: TokenGrant = {
			locationId: LOCATION_ID,
			userType: 'Location',
			scopes: ALL_SCOPES,
		};
		const grant = agencyGrant(agency.without);
		fake.addToken(OAUTH_ACCESS_TOKEN, grant);
		if (agency.expired) fake.expireToken(OAUTH_ACCESS_TOKEN);
		// A refresh gives the agency a new agency token with the same scopes.
		fake.addOAuthClient({
			clientId: 'test-client-id',
			clientSecret: OAUTH_CLIENT_SECRET,
			refreshToken: OAUTH_REFRESH_TOKEN,
			grant,
		});
		const credentials = testCredentials(baseUrl);
		const tokenData = credentials.highLevelAppOAuth2Api.oauthTokenData as IDataObject;
		credentials.highLevelAppOAuth2Api.oauthTokenData = {
			...tokenData,
			userType: 'Company',
			companyId: 'company_test_0001',
			locationId: undefined,
		};
		try {
			return await this.harness.run(
				{ resource, operation, locationId: LOCATION_ID, ...prepared.parameters },
				{ items: prepared.items, ...options, auth: 'oauth', credentials, baseUrl },
			);
		} finally {
			fake.addOAuthClient({
				clientId: 'test-client-id',
				clientSecret: OAUTH_CLIENT_SECRET,
				refreshToken: OAUTH_REFRESH_TOKEN,
				grant: location,
			});
			fake.addToken(OAUTH_ACCESS_TOKEN, location);
		}
	}

	/** Values for one dropdown, as the editor would list them (first call per test only). */
	private async dropdown(method: string, parameters: IDataObject): Promise<string[]> {
		const cacheKey = `${method}|${JSON.stringify(parameters)}`;
		let pending = this.options.get(cacheKey);
		if (!pending) {
			pending = loadOptions({ baseUrl: this.fake.baseUrl, parameters, method })
				.then((list) => list.map((o) => String(o.value)).filter((v) => v !== ''))
				.catch(() => []);
			this.options.set(cacheKey, pending);
		}
		return await pending;
	}

	/**
	 * The fake as a test starts with it: the demo data alone, a rate limit that never gets in the
	 * way. A run that must not see what earlier runs made (the fuzz's random keys) starts here.
	 */
	renew(): void {
		const fake = this.fake;
		fake.reset();
		createDemoData(fake, LOCATION_ID);
		fake.setRateLimit({ max: 100_000, intervalMs: FAST.defaultIntervalMs });
		// A resent create shows as a second record instead of a duplicate refusal.
		fake.location(LOCATION_ID).allowDuplicateContact = true;
		this.forget();
	}

	/** Forgets dropdown values; the fake's records are new in every test. */
	forget(): void {
		this.options.clear();
		this.usedUp.clear();
	}

	/**
	 * Records for the items of a delete that no operation can make (HighLevel has no create for
	 * them, the demo data holds them): each item gets one of its own, never given out before in
	 * the test, as a deleted record is gone for the next run.
	 */
	private async useUp(loader: string, parameters: IDataObject, n: number): Promise<string[]> {
		const listed = await this.dropdown(loader, parameters);
		const from = this.usedUp.get(loader) ?? 0;
		if (from + n > listed.length) {
			throw new Error(
				`The demo data holds ${listed.length} records for ${loader}; deleting ${n} more after ${from} needs more of them`,
			);
		}
		this.usedUp.set(loader, from + n);
		return listed.slice(from, from + n);
	}

	/** Valid values for every item of one field (of `target`, when known), or undefined when none can be made. */
	async validValues(
		field: Field,
		n: number,
		context: Values[],
		parameters: IDataObject,
		target?: OperationUnderTest,
	): Promise<unknown[] | undefined> {
		const p = field.property;
		const shown = example(p);
		const token = unique();
		const inherited = context.map((c) => c[field.property.name]);
		if (inherited.length && inherited.every((v) => v !== undefined)) return inherited;
		switch (field.kind) {
			case 'email':
				return context.map((_, i) => `h${token}${i}@example.com`);
			case 'phone':
				// +1 415 and seven digits that differ between items and runs.
				return context.map(
					(_, i) =>
						`+1415${String((counter * 97 + i * 7919 + Date.now()) % 10_000_000).padStart(7, '0')}`,
				);
			case 'date': {
				// The end of a range comes after its start (names such as endTime, endDate, dateTo).
				const late = /(?:^end|End|To$|Before$|Until$)/.test(p.name);
				const fallback = late ? '2026-12-02T10:30:00.000Z' : '2026-12-01T09:30:00.000Z';
				return context.map(() =>
					shown && !late && !Number.isNaN(Date.parse(shown)) ? shown : fallback,
				);
			}
			case 'text':
				return context.map((_, i) => shown ?? `Hardening ${token} ${i}`);
			case 'number': {
				const min = Number(p.typeOptions?.minValue ?? -Infinity);
				const max = Number(p.typeOptions?.maxValue ?? Infinity);
				const d =
					typeof p.default === 'number' && p.default >= min && p.default <= max
						? p.default
						: Math.max(1, min);
				return context.map(() => d);
			}
			case 'boolean':
				return context.map(() => (typeof p.default === 'boolean' ? p.default : false));
			case 'choice': {
				const values = (p.options ?? []).map((o) => (o as { value: unknown }).value);
				return context.map(() => (values.includes(p.default) ? p.default : values[0]));
			}
			case 'choices':
				return context.map(() => [((p.options ?? [])[0] as { value: unknown }).value]);
			case 'json':
				return context.map(() =>
					typeof p.default === 'string' && p.default.trim() ? p.default : '{}',
				);
			case 'dynamicChoice':
			case 'dynamicChoices': {
				const listed = await this.dropdown(String(p.typeOptions?.loadOptionsMethod), parameters);
				const value = listed[0] ?? shown ?? `hardening${token}`;
				return context.map(() => (field.kind === 'dynamicChoices' ? [value] : value));
			}
			case 'id':
			case 'locator': {
				const ids = await this.ids(field, n, context, parameters, target);
				if (!ids) return undefined;
				return field.kind === 'locator'
					? ids.map((value) => ({ __rl: true, mode: 'id', value }))
					: ids;
			}
			default:
				return undefined;
		}
	}

	/**
	 * IDs of existing records for an ID field: made by its resource's Create, or, for a record of
	 * another resource, one its dropdown lists (the demo's records, such as a calendar with open hours).
	 */
	private async ids(
		field: Field,
		n: number,
		context: Values[],
		parameters: IDataObject,
		target?: OperationUnderTest,
	): Promise<string[] | undefined> {
		const p = field.property;
		const loader = p.typeOptions?.loadOptionsMethod as string | undefined;
		const names = [
			p.name.replace(/(?:Ids?|IDs?)$/, ''),
			p.displayName.replace(/\s+(?:Names? or )?IDs?$/i, ''),
		]
			.map((s) => s.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase()))
			.map((s) => s.charAt(0).toLowerCase() + s.slice(1));
		// Records are made by their resource's Create (`tag/create`), or, for records a resource keeps
		// beside its main ones, by its Create <Record> (`customField/createFolder` for a folder ID).
		const makers = (name: string) => [
			...(target && MADE_FOR[target.id] ? [MADE_FOR[target.id]] : []),
			...(MADE_BY[name] ?? []),
			...MAKERS.map((maker) => `${name}/${maker}`),
			...(target
				? MAKERS.map(
						(maker) =>
							`${target.resource.value}/${maker}${name.charAt(0).toUpperCase()}${name.slice(1)}`,
					)
				: []),
		];
		const ownMaker =
			!!target &&
			names.some((name) =>
				makers(name).some(
					(id) => id.startsWith(`${target.resource.value}/`) && OPERATIONS_BY_ID.has(id),
				),
			);
		// The record a delete removes (a field named after the operation's own resource) with no maker.
		const deletes =
			!!target &&
			OPERATIONS[target.operation.calls[0]]?.method === 'DELETE' &&
			names.includes(target.resource.value) &&
			!names.some((name) => makers(name).some((id) => OPERATIONS_BY_ID.has(id)));
		if (loader && deletes) return await this.useUp(loader, parameters, context.length);
		if (loader && target && !ownMaker) {
			const listed = await this.dropdown(loader, parameters);
			if (listed.length) return context.map(() => listed[0]);
		}
		for (const name of names) {
			for (const maker of makers(name)) {
				const make = OPERATIONS_BY_ID.get(maker);
				if (!make) continue;
				const made = await this.prepare(make, n, context, (await this.profile(make)).level);
				const extra = target && MAKE_FOR[target.id]?.(Date.now());
				for (const [top, value] of Object.entries(extra ?? {})) {
					made.parameters[top] =
						typeof value === 'object' && value !== null
							? { ...(made.parameters[top] as IDataObject), ...(value as IDataObject) }
							: value;
				}
				const result = await this.run(made, make.resource.value, make.operation.value);
				const records = result.items.map((item) => item.json);
				const ids = records.map((r) => r.id ?? r._id ?? r[`${name}Id`]);
				if (records.length !== n || !ids.every((id) => typeof id === 'string' && id)) continue;
				// What the record was made for (its contact, its conversation) fits this item's other fields.
				records.forEach((record, i) => {
					for (const [k, v] of Object.entries(record)) {
						if (/Id$/.test(k) && typeof v === 'string' && context[i][k] === undefined)
							context[i][k] = v;
					}
				});
				return ids as string[];
			}
		}
		// No resource makes such records: one the dropdown lists (a workflow, a user, a pipeline).
		if (loader) {
			const listed = await this.dropdown(loader, parameters);
			if (listed.length) return context.map(() => listed[0]);
		}
		// None at all: a well-formed ID HighLevel will not find (a 400/404 is the outcome).
		const shown = example(p) ?? 'hardeningNoSuchRecord01';
		return context.map(() => shown);
	}

	/**
	 * Valid parameters for `n` items, as many fields as `level` asks for. `context` carries values
	 * already chosen per item (the contact a note belongs to), so records made for one field fit
	 * the others.
	 */
	async prepare(
		target: OperationUnderTest,
		n: number,
		context: Values[] = [],
		level: Level = 0,
	): Promise<Prepared> {
		const perItem: Values[] = Array.from({ length: n }, (_, i) => ({ ...(context[i] ?? {}) }));
		const parameters: IDataObject = {};
		// What dropdowns see: n8n reads a parameter only where its resource and operation show it.
		const literal: IDataObject = {
			resource: target.resource.value,
			operation: target.operation.value,
		};
		const items: IDataObject[] = Array.from({ length: n }, () => ({}));
		const filled = new Map<string, Field>();
		const tops: Values = {};
		for (const property of target.operation.properties) tops[property.name] = property.default;

		const give = async (field: Field) => {
			const values = await this.validValues(field, n, perItem, literal, target);
			if (!values) return;
			const k = key(field);
			filled.set(k, field);
			setAt(parameters, field.path, expression(k));
			setAt(literal, field.path, values[0]);
			values.forEach((v, i) => {
				items[i][k] = v as IDataObject[keyof IDataObject];
				perItem[i][field.property.name] = v;
			});
			if (field.path.length === 1) tops[field.path[0]] = values[0];
		};

		const collections = new Set<string>();
		for (const field of target.fields) {
			if (field.kind === 'skip' || field.group) continue;
			if (field.path.length === 1) {
				if (!isShown(field.property, tops)) continue;
				const hasExample = example(field.property) !== undefined;
				if (
					field.required ||
					hasExample ||
					level === 2 ||
					context.some((c) => c[field.property.name] !== undefined)
				)
					await give(field);
				continue;
			}
			if (
				level >= 1 &&
				!collections.has(field.path[0]) &&
				isShown(field.top, tops) &&
				preferred(field, target)
			) {
				collections.add(field.path[0]);
				await give(field);
			}
		}
		for (const top of target.operation.properties) {
			if (top.type === 'fixedCollection' && top.required && isShown(top, tops))
				await this.fillEntry(target, top, n, perItem, literal, items, parameters, filled);
		}
		return { parameters, items, filled, tops };
	}

	/**
	 * One entry of a required fixed collection (an invoice's line items), its plain fields valid
	 * (text, numbers, switches and fixed choices; optional dropdowns of other records stay empty,
	 * required ones take the first record they list), each by an expression as the top-level fields are.
	 */
	private async fillEntry(
		target: OperationUnderTest,
		top: INodeProperties,
		n: number,
		perItem: Values[],
		literal: IDataObject,
		items: IDataObject[],
		parameters: IDataObject,
		filled: Map<string, Field>,
	): Promise<void> {
		const [group] = (top.options ?? []) as INodePropertyCollection[];
		if (!group) return;
		const entry: IDataObject = {};
		for (const field of target.fields.filter((f) => f.top === top && f.group === group)) {
			// A dropdown the entry cannot do without (a fulfillment's order item) gets what it lists.
			const loader = field.property.typeOptions?.loadOptionsMethod as string | undefined;
			if (
				loader &&
				field.property.required &&
				(field.kind === 'id' || field.kind === 'dynamicChoice')
			) {
				const listed = await this.dropdown(loader, literal);
				if (!listed.length) continue;
				const k = key(field);
				filled.set(k, field);
				entry[field.property.name] = expression(k);
				items.forEach((item) => (item[k] = listed[0]));
				continue;
			}
			if (!['text', 'number', 'boolean', 'choice', 'email', 'phone', 'date'].includes(field.kind))
				continue;
			// A number's placeholder is its example (a line's unit price of 49.99 rather than the default 0).
			const shown = field.kind === 'number' ? Number(example(field.property)) : NaN;
			const values = Number.isFinite(shown)
				? perItem.map(() => shown)
				: await this.validValues(
						field,
						n,
						perItem.map(() => ({})),
						literal,
					);
			if (!values) continue;
			const k = key(field);
			filled.set(k, field);
			entry[field.property.name] = expression(k);
			values.forEach((v, i) => (items[i][k] = v as IDataObject[keyof IDataObject]));
		}
		parameters[top.name] = { [group.name]: top.typeOptions?.multipleValues ? [entry] : entry };
	}

	/** Learns, once per file, what a valid run of the operation does. */
	async profile(target: OperationUnderTest): Promise<Profile> {
		const known = this.profiles.get(target.id);
		if (known) return known;
		const fake = this.fake;
		let level: Level = 0;
		let prepared: Prepared;
		let before: number;
		let first: BenchRun;
		for (;;) {
			prepared = await this.prepare(target, ITEMS, [], level);
			before = countRecords(fake);
			first = await this.run(prepared, target.resource.value, target.operation.value, {
				onError: 'continueRegularOutput',
			});
			// A run that sent nothing was refused before HighLevel: give more fields and try again.
			if (first.requests.length || level === 2) break;
			level = (level + 1) as Level;
		}
		const requests: RecordedRequest[] = first.requests;
		// Get Many and the like may give any number of results per item (one error at most).
		const answered = first.items.every((item) => item.json.error === undefined);
		const perInput = Array.from(
			{ length: ITEMS },
			(_, i) => first.items.filter((o) => pairedWith(o) === i).length,
		);
		const list = target.isList || (answered && perInput.some((count) => count !== 1));
		const created = countRecords(fake) - before;
		// The operation's own request: the first of its declared calls that the run sent.
		const declared = target.operation.calls as readonly string[];
		const sentKeys = new Set(requests.map((r) => r.operationKey));
		const primary = declared.find((k) => sentKeys.has(k));
		const undeclared = target.operation.callsAnyOperation
			? []
			: [...new Set(requests.map((r) => r.operationKey ?? `${r.method} ${r.path}`))].filter(
					(k) => !declared.includes(k) && !TRANSPORT_CALLS.has(k),
				);
		const again = countRecords(fake);
		// Only a POST may make a new record each time it is sent; DESIGN counts the others as safe to repeat.
		const method = primary ? OPERATIONS[primary as keyof typeof OPERATIONS]?.method : undefined;
		if (method === 'POST')
			await this.run(prepared, target.resource.value, target.operation.value, {
				onError: 'continueRegularOutput',
			});
		const profile: Profile = {
			level,
			primary,
			method,
			valid: answered && (list || first.items.length === ITEMS),
			list,
			created,
			sent: requests.filter((r) => r.operationKey === primary).length,
			keys: [...new Set(requests.map((r) => r.operationKey ?? `${r.method} ${r.path}`))],
			undeclared,
			repeatSafe: countRecords(fake) === again,
		};
		this.profiles.set(target.id, profile);
		return profile;
	}
}

/** The field a collection gets at level 1: plain text first, then anything that can be made valid. */
function preferred(field: Field, target: OperationUnderTest): boolean {
	const siblings = target.fields.filter(
		(f) => f.path.length > 1 && !f.group && f.path[0] === field.path[0] && f.kind !== 'skip',
	);
	const rank = (f: Field) =>
		f.kind === 'text' && !f.property.typeOptions
			? 0
			: f.kind === 'text'
				? 1
				: f.kind === 'boolean'
					? 3
					: 2;
	const best = [...siblings].sort((a, b) => rank(a) - rank(b))[0];
	return best === field;
}

/** The transport's waits during the matrix: real code paths, millisecond waits. */
export const FAST = {
	defaultIntervalMs: 10,
	backoffBaseMs: 2,
	backoffMaxMs: 10,
	requestTimeoutMs: 60_000,
	edgeMarginMs: 5,
};

/**
 * One fake HighLevel for the file, its test location filled with the demo data (users,
 * workflows, pipelines… whatever the fake's demo seeds), a rate limit that never gets in the
 * way, and the transport's waits cut to milliseconds.
 */
export function useBench(): Bench {
	const harness = useFakeHighLevel();
	const bench = new Bench(harness);
	const saved = { ...timing };
	beforeEach(() => {
		bench.renew();
		Object.assign(timing, FAST);
	});
	afterAll(() => {
		Object.assign(timing, saved);
	});
	return bench;
}
