import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { checkCurrency } from './money';
import { notFound, storeOf, textQuery } from './listing';

/** What HighLevel refuses beyond its DTOs' validation: a 400, as a 422 here means the request broke the spec. */
const refused = (message: string) => new HttpError(400, { statusCode: 400, message });

type Rec = Record<string, unknown>;

const bad = (message: string) => new HttpError(400, { statusCode: 400, message });

const SCHEMAS = 'objectSchemas';
const FIELDS = 'objectFields';
const records = (store: LocationStore, key: string) => store.collection(`objectRecords:${key}`);

/** The objects every sub-account has; their records live in their own modules (contacts…). */
const STANDARD = [
	{ key: 'contact', singular: 'Contact', plural: 'Contacts', primary: 'contact.name' },
	{
		key: 'opportunity',
		singular: 'Opportunity',
		plural: 'Opportunities',
		primary: 'opportunity.name',
	},
	{ key: 'business', singular: 'Company', plural: 'Companies', primary: 'business.name' },
];

/** `custom_objects.pet` for `pet` or `custom_objects.pet`: HighLevel adds the prefix when it is missing. */
export function objectKey(key: string): string {
	return key.startsWith('custom_objects.') ? key : `custom_objects.${key}`;
}

/** A field's key within its object: `custom_objects.pet.name` → `name`, as record properties name it. */
function shortKey(fieldKey: string, key: string): string {
	return fieldKey.startsWith(`${key}.`) ? fieldKey.slice(key.length + 1) : fieldKey;
}

export interface ObjectFieldSeed {
	key: string;
	name: string;
	dataType: string;
	options?: string[];
	/** Marked required in HighLevel's object settings. */
	required?: boolean;
}

function addField(store: LocationStore, schema: Rec, f: ObjectFieldSeed): Rec {
	const now = store.now();
	const field: Rec = {
		id: newId(),
		locationId: store.id,
		name: f.name,
		description: '',
		placeholder: '',
		showInForms: true,
		options: (f.options ?? []).map((o) => ({
			key: o.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
			label: o,
		})),
		objectKey: schema.key,
		dataType: f.dataType,
		parentId: schema.id,
		fieldKey: `${String(schema.key)}.${shortKey(f.key, String(schema.key))}`,
		allowCustomOption: false,
		...(f.required ? { required: true } : {}),
		dateAdded: now,
		dateUpdated: now,
	};
	store.collection(FIELDS).set(String(field.id), field);
	return field;
}

/** A custom object with its fields, the first being its primary display property. */
export function addObjectSchema(
	store: LocationStore,
	s: {
		key: string;
		singular: string;
		plural: string;
		description?: string;
		fields: ObjectFieldSeed[];
	},
): Rec {
	const key = objectKey(s.key);
	if ([...store.collection(SCHEMAS).values()].some((o) => o.key === key))
		throw bad(`An object with the key ${key} already exists`);
	const now = store.now();
	const schema: Rec = {
		id: newId(),
		standard: false,
		key,
		labels: { singular: s.singular, plural: s.plural },
		description: s.description ?? '',
		locationId: store.id,
		primaryDisplayProperty: '',
		dateAdded: now,
		dateUpdated: now,
		type: 'USER_DEFINED',
	};
	const fields = s.fields.map((f) => addField(store, schema, f));
	schema.primaryDisplayProperty = fields[0]?.fieldKey ?? '';
	schema.searchableProperties = fields.length ? [fields[0].fieldKey] : [];
	store.collection(SCHEMAS).set(String(schema.id), schema);
	return schema;
}

function allSchemas(store: LocationStore): Rec[] {
	const standard = STANDARD.map((s) => ({
		id: `standard_${s.key}`,
		standard: true,
		key: s.key,
		labels: { singular: s.singular, plural: s.plural },
		locationId: store.id,
		primaryDisplayProperty: s.primary,
		dateAdded: '2020-01-01T00:00:00.000Z',
		dateUpdated: '2020-01-01T00:00:00.000Z',
		type: 'SYSTEM_DEFINED',
	}));
	return [...standard, ...store.collection(SCHEMAS).values()];
}

function schemaOf(store: LocationStore, keyOrId: string): Rec {
	const schema = allSchemas(store).find(
		(s) => s.id === keyOrId || s.key === keyOrId || s.key === objectKey(keyOrId),
	);
	if (!schema) throw notFound('Object schema');
	return schema;
}

/** Records are kept for custom objects only; standard objects have their own endpoints. */
function customSchemaOf(store: LocationStore, key: string): Rec {
	const schema = schemaOf(store, key);
	if (schema.standard) throw bad(`Records of ${String(schema.key)} are kept by its own API`);
	return schema;
}

function fieldsOf(store: LocationStore, schema: Rec): Rec[] {
	return [...store.collection(FIELDS).values()].filter((f) => f.objectKey === schema.key);
}

function publicSchema(schema: Rec): Rec {
	const rest = { ...schema };
	delete rest.searchableProperties;
	return rest;
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;

/** Checks one property value against its field's data type, as HighLevel's record validation does. */
function checkValue(field: Rec, name: string, value: unknown): unknown {
	const options = ((field.options as Rec[]) ?? []).map((o) => String(o.key));
	const fail = (expected: string) => refused(`properties.${name} is not ${expected}`);
	switch (field.dataType) {
		case 'TEXT':
		case 'LARGE_TEXT':
			if (typeof value !== 'string') throw fail('a string');
			return value;
		case 'PHONE':
			if (typeof value !== 'string' || !/^\+?[0-9 ()-]{6,20}$/.test(value))
				throw fail('a phone number');
			return value;
		case 'EMAIL':
			if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
				throw fail('an email address');
			return value;
		case 'NUMERICAL':
			if (typeof value !== 'number' || !Number.isFinite(value)) throw fail('a number');
			return value;
		case 'MONETORY': {
			const money = value as Rec;
			if (!money || typeof money !== 'object' || typeof money.value !== 'number')
				throw fail('an object with a numeric value and a currency');
			if (money.currency !== 'default')
				checkCurrency(money.currency, `properties.${name}.currency`);
			return { currency: money.currency, value: money.value };
		}
		case 'DATE':
			if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)))
				throw fail('a date (YYYY-MM-DD)');
			return value;
		case 'SINGLE_OPTIONS':
		case 'RADIO':
			if (typeof value !== 'string' || !options.includes(value))
				throw fail(`one of ${options.join(', ')}`);
			return value;
		case 'MULTIPLE_OPTIONS':
		case 'CHECKBOX':
			if (!Array.isArray(value) || value.some((v) => !options.includes(String(v))))
				throw fail(`a list of ${options.join(', ')}`);
			return value;
		case 'TEXTBOX_LIST':
			if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
				throw fail('a list of strings');
			return value;
		default:
			return value;
	}
}

function checkProperties(store: LocationStore, schema: Rec, properties: unknown): Rec {
	if (!properties || typeof properties !== 'object' || Array.isArray(properties))
		throw refused('properties is not an object');
	const fields = fieldsOf(store, schema);
	const out: Rec = {};
	for (const [name, value] of Object.entries(properties as Rec)) {
		const field = fields.find(
			(f) => shortKey(String(f.fieldKey), String(schema.key)) === name || f.fieldKey === name,
		);
		if (!field) throw refused(`properties.${name} is not a field of ${String(schema.key)}`);
		out[shortKey(String(field.fieldKey), String(schema.key))] =
			value === null ? null : checkValue(field, name, value);
	}
	return out;
}

function checkUsers(store: LocationStore, ids: unknown, what: string): string[] {
	const list = (ids as string[] | undefined) ?? [];
	for (const id of list)
		if (!store.users.has(id)) throw bad(`${what} ${id} is not a user of this location`);
	return list;
}

function recordOf(call: Call): { store: LocationStore; schema: Rec; record: Rec } {
	const store = storeOf(call);
	const schema = customSchemaOf(store, call.params.schemaKey);
	const record = records(store, String(schema.key)).get(call.params.id);
	if (!record) throw notFound('Record');
	return { store, schema, record };
}

function publicRecord(record: Rec): Rec {
	return {
		id: record.id,
		owner: record.owner,
		followers: record.followers,
		properties: record.properties,
		dateAdded: record.createdAt,
		dateUpdated: record.updatedAt,
	};
}

function search(call: Call): Rec {
	const store = call.location(String(call.body.locationId));
	const schema = customSchemaOf(store, call.params.schemaKey);
	const query = String(call.body.query ?? '')
		.trim()
		.toLowerCase();
	const searchable = ((schema.searchableProperties as string[]) ?? []).map((k) =>
		shortKey(k, String(schema.key)),
	);
	const [field, text] = query.includes(':')
		? [query.slice(0, query.indexOf(':')), query.slice(query.indexOf(':') + 1)]
		: [undefined, query];
	if (field !== undefined && !searchable.includes(field))
		throw bad(`${field} is not a searchable property of ${String(schema.key)}`);
	// Newest first; records made in the same millisecond in the reverse order they were made (a stable sort).
	const hits = [...records(store, String(schema.key)).values()]
		.reverse()
		.filter(
			(r) =>
				!text ||
				(field ? [field] : searchable).some((k) =>
					String((r.properties as Rec)[k] ?? '')
						.toLowerCase()
						.includes(text),
				),
		)
		.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
	const pageLimit = Number(call.body.pageLimit);
	if (!Number.isInteger(pageLimit) || pageLimit < 1 || pageLimit > 100)
		throw refused('pageLimit is not a whole number from 1 to 100');
	const after = call.body.searchAfter as unknown[] | undefined;
	let start: number;
	if (after?.length) {
		const index = hits.findIndex(
			(r) => Date.parse(String(r.createdAt)) === Number(after[0]) && r.id === after[1],
		);
		if (index === -1) throw bad('searchAfter does not name a record of this search');
		start = index + 1;
	} else {
		const page = call.body.page === undefined ? 1 : Number(call.body.page);
		if (!Number.isInteger(page) || page < 1) throw refused('page is not a whole number from 1');
		start = (page - 1) * pageLimit;
	}
	const page = hits.slice(start, start + pageLimit).map((r) => ({
		id: r.id,
		owner: r.owner,
		followers: r.followers,
		properties: r.properties,
		createdAt: r.createdAt,
		updatedAt: r.updatedAt,
		locationId: store.id,
		objectId: schema.id,
		objectKey: schema.key,
		createdBy: r.createdBy,
		lastUpdatedBy: r.lastUpdatedBy,
		searchAfter: [Date.parse(String(r.createdAt)), r.id],
	}));
	return { records: page, total: hits.length };
}

const by = { channel: 'API', source: 'INTEGRATION', sourceId: 'fake-app' };

/** Creates a record of a custom object after the same checks as the API (for tests and seed data too). */
export function addObjectRecord(store: LocationStore, key: string, body: Rec): Rec {
	const schema = customSchemaOf(store, key);
	const properties = checkProperties(store, schema, body.properties);
	for (const field of fieldsOf(store, schema)) {
		const name = shortKey(String(field.fieldKey), String(schema.key));
		if (field.required === true && (properties[name] === undefined || properties[name] === null))
			throw refused(`properties.${name} is required`);
	}
	const now = store.now();
	const record: Rec = {
		id: newId(),
		owner: checkUsers(store, body.owner, 'Owner'),
		followers: checkUsers(store, body.followers, 'Follower'),
		properties,
		createdAt: now,
		updatedAt: now,
		createdBy: { ...by, createdAt: now },
		lastUpdatedBy: { ...by, createdAt: now },
	};
	records(store, String(schema.key)).set(String(record.id), record);
	return record;
}

/** Custom object schemas and their records (objects.json). Records search with page or a `searchAfter` cursor. */
export const OBJECT_HANDLERS: Record<string, Handler> = {
	'objects/get-object-by-location-id': (call) => ({
		body: {
			objects: allSchemas(call.location(String(textQuery(call, 'locationId')))).map(publicSchema),
		},
	}),
	'objects/get-object-schema-by-key': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const schema = schemaOf(store, call.params.key);
		const body: Rec = { object: publicSchema(schema), cache: false };
		if (textQuery(call, 'fetchProperties') === 'true') body.fields = fieldsOf(store, schema);
		return { body };
	},
	'objects/create-custom-object-schema': (call) => {
		const store = call.location(String(call.body.locationId));
		const primary = call.body.primaryDisplayPropertyDetails as Rec;
		if (primary.dataType !== 'TEXT' && primary.dataType !== 'NUMERICAL')
			throw bad('primaryDisplayPropertyDetails.dataType is neither TEXT nor NUMERICAL');
		const key = String(call.body.key);
		if (!/^[a-z][a-z0-9_]*$/.test(key.replace(/^custom_objects\./, '')))
			throw bad('key has more than lower case letters, digits and underscores');
		const labels = call.body.labels as Rec;
		const schema = addObjectSchema(store, {
			key,
			singular: String(labels.singular),
			plural: String(labels.plural),
			description: call.body.description as string | undefined,
			fields: [
				{
					key: String(primary.key),
					name: String(primary.name),
					dataType: String(primary.dataType),
				},
			],
		});
		return { status: 201, body: { object: publicSchema(schema) } };
	},
	'objects/update-custom-object': (call) => {
		const store = call.location(String(call.body.locationId));
		const schema = customSchemaOf(store, call.params.key);
		const keys = fieldsOf(store, schema).map((f) => String(f.fieldKey));
		const searchable = (call.body.searchableProperties as string[]).map((k) =>
			keys.includes(k) ? k : `${String(schema.key)}.${k}`,
		);
		for (const k of searchable)
			if (!keys.includes(k)) throw bad(`${k} is not a field of ${String(schema.key)}`);
		const labels = call.body.labels as Rec | undefined;
		Object.assign(schema, {
			labels: { ...(schema.labels as Rec), ...labels },
			description: call.body.description ?? schema.description,
			searchableProperties: searchable,
			dateUpdated: store.now(),
		});
		return { body: { object: publicSchema(schema) } };
	},
	'objects/create-object-record': (call) => {
		const store = call.location(String(call.body.locationId));
		return {
			status: 201,
			body: { record: publicRecord(addObjectRecord(store, call.params.schemaKey, call.body)) },
		};
	},
	'objects/get-record-by-id': (call) => ({ body: { record: publicRecord(recordOf(call).record) } }),
	'objects/update-object-record': (call) => {
		const { store, schema, record } = recordOf(call);
		if (call.body.properties !== undefined)
			Object.assign(record.properties as Rec, checkProperties(store, schema, call.body.properties));
		if (call.body.owner !== undefined) record.owner = checkUsers(store, call.body.owner, 'Owner');
		if (call.body.followers !== undefined)
			record.followers = checkUsers(store, call.body.followers, 'Follower');
		const now = store.now();
		Object.assign(record, { updatedAt: now, lastUpdatedBy: { ...by, createdAt: now } });
		return { body: { record: publicRecord(record) } };
	},
	'objects/delete-object-record': (call) => {
		const { store, schema, record } = recordOf(call);
		records(store, String(schema.key)).delete(String(record.id));
		return { body: { id: record.id, success: true } };
	},
	'objects/search-object-records': (call) => ({ body: search(call) }),
};
