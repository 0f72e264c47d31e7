import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { resolveLocationId } from './location';
import { picklistOf, shortKey, type CustomFieldDefinition } from './columns';
import { customFieldDefinitions, definitionsById } from './customFieldColumns';
import type { CustomFieldModel } from './customFieldColumns';
import type { ExecutionCache, OperationDefinition } from './types';
import type { OperationKey } from '../apiSpec/operations.generated';
import { apiRequest } from '../transport/request';
import { readId } from './read';

export const READABLE_PARAMETER = 'readableCustomFields';

export function readableCustomFieldsParameter(model: CustomFieldModel): INodeProperties {
	return {
		displayName: 'Add Readable Custom Fields',
		name: READABLE_PARAMETER,
		type: 'boolean',
		default: false,
		description: `Whether to add each ${model}’s custom fields by key (customFieldsByKey) and by name (customFieldsByName) next to HighLevel’s own list, with option labels and dates as HighLevel’s panel shows them`,
	};
}

/**
 * Adds `customFieldsByKey` and `customFieldsByName` to each record when the item asks for it.
 * HighLevel's own `customFields` list stays as it is; the location's definitions are read once
 * per execution.
 */
export async function addReadableCustomFields<T extends IDataObject | IDataObject[]>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	model: CustomFieldModel,
	result: T,
): Promise<T> {
	if (ctx.getNodeParameter(READABLE_PARAMETER, itemIndex, false) !== true) return result;
	const records = Array.isArray(result) ? result : [result];
	const byLocation = new Map<string, Map<string, CustomFieldDefinition>>();
	for (const record of records) {
		const locationId =
			typeof record.locationId === 'string' && record.locationId
				? record.locationId
				: await resolveLocationId(ctx, itemIndex);
		let definitions = byLocation.get(locationId);
		if (!definitions) {
			definitions = definitionsById(
				await customFieldDefinitions(ctx, model, locationId, itemIndex, cache),
			);
			byLocation.set(locationId, definitions);
		}
		Object.assign(record, readableCustomFields(record.customFields, definitions));
	}
	return result;
}

/**
 * Get of a record with custom fields by the ID in its path: HighLevel's answer, unwrapped, with
 * Add Readable Custom Fields offered. `withLocation`: the request names the sub-account.
 */
export function readableGetOperation(config: {
	model: CustomFieldModel;
	action: string;
	description: string;
	operation: OperationKey;
	id: { parameter: INodeProperties; path: string };
	withLocation: boolean;
	unwrap: (response: IDataObject) => IDataObject;
}): OperationDefinition {
	const { model, operation, id } = config;
	return {
		value: 'get',
		name: 'Get',
		action: config.action,
		description: config.description,
		calls: [operation, 'locations/get-custom-fields'],
		properties: [id.parameter, readableCustomFieldsParameter(model)],
		async execute(itemIndex, cache) {
			const path = { [id.path]: readId(this, itemIndex, id.parameter) };
			const locationId = config.withLocation ? await resolveLocationId(this, itemIndex) : undefined;
			const response = await apiRequest<IDataObject>(this, {
				operation,
				path,
				itemIndex,
				...(locationId === undefined ? {} : { locationId }),
			});
			return await addReadableCustomFields(this, itemIndex, cache, model, config.unwrap(response));
		},
	};
}

/** A record's `customFields: [{id, value}]` by key and by name, each value as the panel shows it. */
export function readableCustomFields(
	list: unknown,
	definitions: Map<string, CustomFieldDefinition>,
): { customFieldsByKey: IDataObject; customFieldsByName: IDataObject } {
	const customFieldsByKey: IDataObject = {};
	const customFieldsByName: IDataObject = {};
	for (const entry of Array.isArray(list) ? (list as IDataObject[]) : []) {
		if (!entry || typeof entry !== 'object' || typeof entry.id !== 'string') continue;
		const definition = definitions.get(entry.id);
		const value = displayValue(definition, storedValue(entry));
		// A field deleted since the record was written keeps its ID as its only name.
		customFieldsByKey[definition?.fieldKey ? shortKey(String(definition.fieldKey)) : entry.id] =
			value;
		customFieldsByName[definition?.name ? String(definition.name) : entry.id] = value;
	}
	return { customFieldsByKey, customFieldsByName };
}

/** Contacts answer `value`, opportunities `fieldValue` (or a typed variant of it). */
function storedValue(entry: IDataObject): unknown {
	for (const key of [
		'value',
		'fieldValue',
		'field_value',
		'fieldValueString',
		'fieldValueNumber',
		'fieldValueArray',
		'fieldValueDate',
		'fieldValueFiles',
	]) {
		if (entry[key] !== undefined) return entry[key];
	}
	return undefined;
}

type Readable = IDataObject[keyof IDataObject];

/**
 * A stored value as HighLevel's panel shows it: dates as YYYY-MM-DD, numbers as numbers, an
 * option's label rather than its key, a file field as the links of its files.
 */
export function displayValue(
	definition: CustomFieldDefinition | undefined,
	value: unknown,
): Readable {
	const type = String(definition?.dataType ?? '').toUpperCase();
	if (value === undefined || value === null || !definition) return (value ?? null) as Readable;
	switch (type) {
		case 'DATE':
			return asDate(value) as Readable;
		case 'NUMERICAL':
		case 'FLOAT':
		case 'MONETORY':
		case 'MONETARY': {
			const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			return (typeof n === 'number' && Number.isFinite(n) ? n : value) as Readable;
		}
		case 'SINGLE_OPTIONS':
		case 'RADIO':
		case 'MULTIPLE_OPTIONS':
		case 'CHECKBOX': {
			const labels = new Map(picklistOf(definition).map((o) => [String(o.value), o.name]));
			const label = (v: unknown) => (typeof v === 'string' && labels.has(v) ? labels.get(v) : v);
			return (Array.isArray(value) ? value.map(label) : label(value)) as Readable;
		}
		case 'FILE_UPLOAD':
		case 'SIGNATURE':
			return fileLinks(value) as Readable;
		default:
			return value as Readable;
	}
}

/** Epoch milliseconds, or an ISO text, → the calendar day (UTC, as HighLevel stores the day). */
function asDate(value: unknown): unknown {
	const ms =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\d{10,}$/.test(value)
				? Number(value)
				: undefined;
	if (ms !== undefined) return new Date(ms).toISOString().slice(0, 10);
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	return value;
}

/** `{<uuid>: {url, meta}}` (or a list of such) → the files' links. */
function fileLinks(value: unknown): unknown {
	if (typeof value === 'string') return [value];
	const entries = Array.isArray(value)
		? value
		: value && typeof value === 'object'
			? Object.values(value)
			: [];
	const links = entries
		.map((file) =>
			typeof file === 'string'
				? file
				: file && typeof file === 'object'
					? (file as IDataObject).url
					: undefined,
		)
		.filter((url): url is string => typeof url === 'string');
	return links.length || !entries.length ? links : value;
}
