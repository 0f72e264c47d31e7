import type { IDataObject, IExecuteFunctions, ResourceMapperValue } from 'n8n-workflow';
import type { Column } from './columns';
import { checkField } from './fieldTable';
import * as validate from './validate';

/** How an item's values reach the columns: n8n's two resource mapper modes. */
export type MappingMode = 'defineBelow' | 'autoMapInputData';

/** A column and the value an item gives it, converted to what HighLevel stores. */
export type MappedValue = [Column, unknown];

export interface MappedItem {
	values: MappedValue[];
	/** Input keys that match no column (Map Automatically only). */
	unmatched: string[];
}

/** Column IDs the mapper method adds only to say something (no custom fields, say); never sent. */
export const NOTICE_COLUMN_PREFIX = '__notice';

/**
 * What Map Automatically compares: case, spaces, dots, dashes and underscores ignored, so
 * `First Name`, `first_name` and `firstName` all name the same column, and so do
 * `contact.favourite_colour`, `favourite_colour` and `Favourite Colour`.
 */
export function normalise(name: string): string {
	return name.toLowerCase().replace(/[\s._-]+/g, '');
}

const indexes = new WeakMap<Column[], Map<string, Column>>();

/** Columns by every name they answer to; an ID wins over another column's alias. */
function indexOf(columns: Column[]): Map<string, Column> {
	let index = indexes.get(columns);
	if (index) return index;
	index = new Map();
	for (const column of columns) index.set(normalise(column.id), column);
	for (const column of columns) {
		for (const alias of [column.label, ...(column.aliases ?? [])]) {
			const key = normalise(alias);
			if (key && !index.has(key)) index.set(key, column);
		}
	}
	indexes.set(columns, index);
	return index;
}

/** The column an input key or a stored column ID names, if any. */
export function findColumn(columns: Column[], name: string): Column | undefined {
	return columns.find((c) => c.id === name) ?? indexOf(columns).get(normalise(name));
}

/** Whether a value means "leave this field alone". */
function isEmpty(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

export interface MapperInput {
	mode: MappingMode;
	/** The form's values by column ID, or the input item's own fields. */
	input: IDataObject;
}

interface MapperOptions {
	parameter?: string;
	label?: string;
	checkRequired?: boolean;
}

/** What an item gives a resource mapper parameter: the form's values, or (Map Automatically) its own fields. */
export function mapperInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	{ parameter = 'columns', label = 'Columns' }: MapperOptions = {},
): MapperInput {
	const mapper = ctx.getNodeParameter(
		parameter,
		itemIndex,
		{},
		{ skipValidation: true },
	) as Partial<ResourceMapperValue>;
	const mode = (mapper?.mappingMode ?? 'defineBelow') as MappingMode;
	if (mode === 'autoMapInputData')
		return { mode, input: ctx.getInputData()[itemIndex]?.json ?? {} };
	if (mode !== 'defineBelow') {
		throw validate.inputError(
			ctx,
			itemIndex,
			`${label} › Mapping Mode`,
			'Map Each Field Manually or Map Automatically',
			mode,
		);
	}
	const raw = ctx.getNodeParameter(
		`${parameter}.value`,
		itemIndex,
		{},
		{ skipValidation: true },
	) as unknown;
	if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
		throw validate.inputError(ctx, itemIndex, label, 'field values, one per column', raw);
	}
	return { mode, input: (raw ?? {}) as IDataObject };
}

/** Whether every value an item gives names one of these columns (so no other list need be loaded). */
export function allNamed(columns: Column[], { input }: MapperInput): boolean {
	return Object.entries(input).every(
		([key, value]) =>
			isEmpty(value) ||
			key.startsWith(NOTICE_COLUMN_PREFIX) ||
			findColumn(columns, key) !== undefined,
	);
}

/**
 * Reads one item's values through a resource mapper parameter: the form's values (each column
 * ID, or a name of it), or with Map Automatically the item's own keys matched to the columns.
 * Each value is checked and converted for its column before any request; empty values are left
 * out; a required column without a value fails the item.
 */
export function readMapped(
	ctx: IExecuteFunctions,
	itemIndex: number,
	columns: Column[],
	options: MapperOptions = {},
): MappedItem {
	return mapValues(ctx, itemIndex, columns, mapperInput(ctx, itemIndex, options), options);
}

/** `readMapped` for an input already read. */
export function mapValues(
	ctx: IExecuteFunctions,
	itemIndex: number,
	columns: Column[],
	{ mode, input }: MapperInput,
	{ label = 'Columns', checkRequired = true }: MapperOptions = {},
): MappedItem {
	const values: MappedValue[] = [];
	const unmatched: string[] = [];
	const seen = new Map<Column, string>();
	for (const [key, raw] of Object.entries(input)) {
		if (key.startsWith(NOTICE_COLUMN_PREFIX)) continue;
		const column = findColumn(columns, key);
		if (!column) {
			if (mode === 'autoMapInputData') {
				unmatched.push(key);
				continue;
			}
			if (isEmpty(raw)) continue;
			// A column the form kept from when the field existed: fail rather than drop the value.
			throw validate.inputError(
				ctx,
				itemIndex,
				`${label} › ${key}`,
				'a field the sub-account has: it has no field with this key (refresh the columns)',
				raw,
			);
		}
		if (isEmpty(raw)) continue;
		const other = seen.get(column);
		if (other !== undefined) {
			throw validate.inputError(
				ctx,
				itemIndex,
				column.label,
				`one value, but the item gives two: ${JSON.stringify(other)} and ${JSON.stringify(key)}`,
			);
		}
		seen.set(column, key);
		const value = convertValue(ctx, itemIndex, column, raw);
		if (value !== undefined) values.push([column, value]);
	}
	for (const column of checkRequired ? columns : []) {
		if (column.required && !seen.has(column)) {
			throw validate.inputError(ctx, itemIndex, column.label, 'a value: the field is required');
		}
	}
	return { values, unmatched };
}

const MAX_LARGE_TEXT = 100_000;

/** One value checked and converted for its column; undefined when it leaves the field alone. */
export function convertValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	column: Column,
	raw: unknown,
): unknown {
	const label = column.label;
	const fail = (expected: string, got: unknown = raw) =>
		validate.inputError(ctx, itemIndex, label, expected, got);
	// A standard field is checked by its field table row, as its own parameter would be; a choice
	// is one of its options first (in the form, n8n's own check of a dropdown does not apply).
	if (column.spec) {
		const value =
			column.kind === 'option'
				? pick(column, validate.text(ctx, itemIndex, label, raw), fail)
				: raw;
		return checkField(ctx, itemIndex, column.spec, value);
	}
	switch (column.kind) {
		case 'text':
			return validate.text(ctx, itemIndex, label, raw);
		case 'largeText':
			return validate.text(ctx, itemIndex, label, raw, MAX_LARGE_TEXT);
		case 'number':
		case 'integer':
		case 'monetary': {
			const n = typeof raw === 'string' ? Number(raw.trim().replace(/,/g, '')) : raw;
			if (typeof n !== 'number' || !Number.isFinite(n)) {
				throw fail(column.kind === 'monetary' ? 'an amount such as 1500.50' : 'a number');
			}
			if (column.kind === 'integer' && !Number.isInteger(n)) throw fail('a whole number');
			if (column.minimum !== undefined && n < column.minimum)
				throw fail(`a number of ${column.minimum} or more`);
			if (column.maximum !== undefined && n > column.maximum)
				throw fail(`a number of at most ${column.maximum}`);
			return n;
		}
		case 'date':
			return dateOnly(validate.isoDate(ctx, itemIndex, label, raw));
		case 'dateTime':
			return new Date(validate.isoDate(ctx, itemIndex, label, raw)).toISOString();
		case 'phone':
			return validate.phone(ctx, itemIndex, label, raw);
		case 'email':
			return validate.email(ctx, itemIndex, label, raw);
		case 'country': {
			const code = validate.text(ctx, itemIndex, label, raw).toUpperCase();
			if (!/^[A-Z]{2}$/.test(code)) throw fail('a two-letter ISO country code such as US');
			return code;
		}
		case 'option':
			return pick(column, validate.text(ctx, itemIndex, label, raw), fail);
		case 'options': {
			const list = validate.stringList(ctx, itemIndex, label, raw);
			return list.map((entry) => pick(column, entry, fail));
		}
		case 'checkbox': {
			if (
				column.checkedValue !== undefined &&
				(typeof raw === 'boolean' || raw === 'true' || raw === 'false')
			) {
				return raw === true || raw === 'true' ? [column.checkedValue] : [];
			}
			return validate
				.stringList(ctx, itemIndex, label, raw)
				.map((entry) => pick(column, entry, fail));
		}
		case 'boolean':
			return validate.boolean(ctx, itemIndex, label, raw);
		case 'file': {
			const links = Array.isArray(raw) ? raw : [raw];
			for (const link of links) {
				if (typeof link !== 'string' || !/^https?:\/\/[^\s]+$/i.test(link.trim()))
					throw fail('a link to a file, such as https://example.com/contract.pdf', link);
			}
			return Array.isArray(raw) ? links.map((l) => String(l).trim()) : String(raw).trim();
		}
		case 'id':
			return validate.id(ctx, itemIndex, label, raw);
		case 'list':
			return validate.stringList(ctx, itemIndex, label, raw);
		case 'structured':
			return structured(column, raw, fail);
		default:
			return raw;
	}
}

/** `2026-01-31T09:30:00+02:00` → `2026-01-31`: the calendar day as written, whatever the offset. */
function dateOnly(iso: string): string {
	return iso.slice(0, 10);
}

/** The stored value of the option a value names, by value or by label, case ignored. */
function pick(
	column: Column,
	given: string,
	fail: (expected: string, got?: unknown) => Error,
): string | number | boolean {
	const options = column.options ?? [];
	// A field without a picklist (HighLevel lets some take free text) takes the text as it is.
	if (!options.length) return given;
	const wanted = given.trim().toLowerCase();
	const found =
		options.find((o) => String(o.value).toLowerCase() === wanted) ??
		options.find((o) => o.name.toLowerCase() === wanted);
	if (!found) throw fail(`one of ${options.map((o) => o.name).join(', ')}`, given);
	return found.value;
}

function structured(
	column: Column,
	raw: unknown,
	fail: (expected: string, got?: unknown) => Error,
): unknown {
	let value = raw;
	if (!column.jsonShape) {
		if (typeof raw !== 'string' || !/^\s*[[{]/.test(raw)) return raw;
		try {
			return JSON.parse(raw) as unknown;
		} catch {
			return raw;
		}
	}
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw) as unknown;
		} catch {
			throw fail(column.jsonShape === 'array' ? 'a JSON list' : 'a JSON object');
		}
	}
	if (column.jsonShape === 'array' && !Array.isArray(value)) throw fail('a list', value);
	if (
		column.jsonShape === 'object' &&
		(value === null || typeof value !== 'object' || Array.isArray(value))
	)
		throw fail('an object', value);
	return value;
}

/**
 * Mapped values in HighLevel's shapes: body properties as they are, contact and opportunity
 * custom fields as `customFields: [{id, field_value}]` (numbers as text, as its DTOs type them),
 * custom object fields as `properties` by short key (amounts as `{currency, value}`).
 */
export function toRequestParts(values: MappedValue[]): {
	body: IDataObject;
	customFields: IDataObject[];
	properties: IDataObject;
	path: IDataObject;
	query: IDataObject;
} {
	const parts = {
		body: {} as IDataObject,
		customFields: [] as IDataObject[],
		properties: {} as IDataObject,
		path: {} as IDataObject,
		query: {} as IDataObject,
	};
	for (const [column, value] of values) {
		const target = column.target;
		switch (target.in) {
			case 'body':
				parts.body[target.name] = value as IDataObject[keyof IDataObject];
				break;
			case 'path':
				parts.path[target.name] = value as IDataObject[keyof IDataObject];
				break;
			case 'query':
				parts.query[target.name] = value as IDataObject[keyof IDataObject];
				break;
			case 'customField':
				parts.customFields.push({
					id: target.id,
					field_value: (typeof value === 'number'
						? String(value)
						: value) as IDataObject[keyof IDataObject],
				});
				break;
			case 'property':
				parts.properties[target.name] = (
					column.kind === 'monetary' ? { currency: 'default', value } : value
				) as IDataObject[keyof IDataObject];
				break;
		}
	}
	return parts;
}
