import type {
	FieldType,
	IDataObject,
	INodePropertyOptions,
	ResourceMapperField,
} from 'n8n-workflow';
import type { Check, FieldSpec } from './fieldTable';

/**
 * One column of a resource mapper: a field a record (or an API operation) takes, with what the
 * editor shows and what a value must look like. Standard fields, custom fields and spec
 * parameters all become columns, so one reader maps and checks them all (shared/mapColumns.ts).
 */
export type ColumnKind =
	| 'text'
	| 'largeText'
	| 'number'
	| 'integer'
	| 'monetary'
	| 'date'
	| 'dateTime'
	| 'phone'
	| 'email'
	| 'country'
	| 'option'
	| 'options'
	| 'checkbox'
	| 'boolean'
	| 'file'
	| 'id'
	| 'list'
	| 'structured';

/** Where a column's value goes. */
export type ColumnTarget =
	/** A property of the body (or, for API Operation, of the path or query). */
	| { in: 'body' | 'path' | 'query'; name: string }
	/** A custom field of a contact or an opportunity, sent in `customFields` by its ID. */
	| { in: 'customField'; id: string; fieldKey: string }
	/** A property of a custom object record, sent in `properties` by its short key. */
	| { in: 'property'; name: string; fieldKey: string };

export interface Column {
	/** Column ID in the mapper and key of its value: a body property name or a custom field key. */
	id: string;
	/** Label in the editor and in error messages. */
	label: string;
	kind: ColumnKind;
	target: ColumnTarget;
	required?: boolean;
	/** The choices of an option, options or checkbox column: `value` is what HighLevel stores. */
	options?: INodePropertyOptions[];
	/** Other names Map Automatically recognises (a custom field's name, its key without prefix). */
	aliases?: string[];
	/** The single option a one-box checkbox field stores when ticked. */
	checkedValue?: string;
	/** Smallest and largest value a number column takes. */
	minimum?: number;
	maximum?: number;
	/** The field table row a standard field's column comes from (its panel property and check). */
	spec?: FieldSpec;
	/** Matched by Map Automatically but not shown in the form (set by a parameter of its own there). */
	hidden?: boolean;
	/** A JSON column's expected shape; none takes any value. */
	jsonShape?: 'object' | 'array';
}

/** A custom field as HighLevel defines it: locations API (picklistOptions) or custom-fields API (options). */
export interface CustomFieldDefinition {
	id?: string;
	name?: string;
	fieldKey?: string;
	dataType?: string;
	picklistOptions?: unknown;
	options?: unknown;
	required?: boolean;
	[key: string]: unknown;
}

/** HighLevel's custom field data types, as the columns show them. */
const DATA_TYPES: Record<string, ColumnKind> = {
	TEXT: 'text',
	LARGE_TEXT: 'largeText',
	TEXTBOX_LIST: 'largeText',
	NUMERICAL: 'number',
	FLOAT: 'number',
	MONETORY: 'monetary',
	MONETARY: 'monetary',
	DATE: 'date',
	PHONE: 'phone',
	EMAIL: 'email',
	SINGLE_OPTIONS: 'option',
	RADIO: 'option',
	MULTIPLE_OPTIONS: 'options',
	CHECKBOX: 'checkbox',
	FILE_UPLOAD: 'file',
	SIGNATURE: 'file',
};

/** What n8n's mapper shows for each kind: a dropdown, a toggle, a number box, a date picker or text. */
const FIELD_TYPES: Record<ColumnKind, FieldType> = {
	text: 'string',
	largeText: 'string',
	number: 'number',
	integer: 'number',
	monetary: 'number',
	date: 'dateTime',
	dateTime: 'dateTime',
	phone: 'string',
	email: 'string',
	country: 'string',
	option: 'options',
	options: 'array',
	checkbox: 'array',
	boolean: 'boolean',
	file: 'url',
	id: 'string',
	list: 'array',
	structured: 'object',
};

/** The choices of a custom field: plain strings (locations API) or `{key, label}` (custom-fields API). */
export function picklistOf(definition: CustomFieldDefinition): INodePropertyOptions[] {
	const raw =
		Array.isArray(definition.picklistOptions) && definition.picklistOptions.length
			? definition.picklistOptions
			: Array.isArray(definition.options)
				? definition.options
				: [];
	const options: INodePropertyOptions[] = [];
	for (const entry of raw as unknown[]) {
		if (typeof entry === 'string' || typeof entry === 'number') {
			options.push({ name: String(entry), value: String(entry) });
		} else if (entry && typeof entry === 'object') {
			const { key, label, value, name } = entry as IDataObject;
			const stored = key ?? value ?? label ?? name;
			if (stored === undefined || stored === null) continue;
			options.push({ name: String(label ?? name ?? stored), value: String(stored) });
		}
	}
	return options;
}

/** `contact.favourite_colour` → `favourite_colour`; `custom_objects.pet.name` → `name`. */
export function shortKey(fieldKey: string): string {
	return fieldKey.slice(fieldKey.lastIndexOf('.') + 1);
}

/**
 * The columns of a location's custom fields (contact or opportunity): identified by their key,
 * which stays the same when a snapshot copies the fields to another sub-account, and sent by ID.
 */
export function customFieldColumns(definitions: CustomFieldDefinition[]): Column[] {
	const columns: Column[] = [];
	for (const definition of definitions) {
		if (typeof definition.id !== 'string' || !definition.id) continue;
		const fieldKey =
			typeof definition.fieldKey === 'string' && definition.fieldKey
				? definition.fieldKey
				: definition.id;
		const label =
			typeof definition.name === 'string' && definition.name ? definition.name : fieldKey;
		columns.push({
			...kindOf(definition),
			id: fieldKey,
			label,
			target: { in: 'customField', id: definition.id, fieldKey },
			required: definition.required === true,
			aliases: [label, shortKey(fieldKey), definition.id],
		});
	}
	return columns.sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The columns of a custom object's schema fields, sent in a record's `properties` by their short
 * key (`custom_objects.pet.name` → `name`).
 */
export function objectFieldColumns(definitions: CustomFieldDefinition[]): Column[] {
	const columns: Column[] = [];
	for (const definition of definitions) {
		if (typeof definition.fieldKey !== 'string' || !definition.fieldKey) continue;
		const name = shortKey(definition.fieldKey);
		const label = typeof definition.name === 'string' && definition.name ? definition.name : name;
		columns.push({
			...kindOf(definition),
			id: name,
			label,
			target: { in: 'property', name, fieldKey: definition.fieldKey },
			required: definition.required === true,
			aliases: [label, definition.fieldKey],
		});
	}
	return columns.sort(
		(a, b) =>
			Number(b.required ?? false) - Number(a.required ?? false) || a.label.localeCompare(b.label),
	);
}

function kindOf(
	definition: CustomFieldDefinition,
): Pick<Column, 'kind' | 'options' | 'checkedValue'> {
	const kind = DATA_TYPES[String(definition.dataType ?? '').toUpperCase()] ?? 'text';
	if (kind !== 'option' && kind !== 'options' && kind !== 'checkbox') return { kind };
	const options = picklistOf(definition);
	// A checkbox field with one box ("I agree") reads best as a toggle: ticked stores that box.
	if (kind === 'checkbox' && options.length === 1)
		return { kind, options, checkedValue: String(options[0].value) };
	return { kind, options };
}

const CHECKS: Record<Check, ColumnKind> = {
	text: 'text',
	email: 'email',
	phone: 'phone',
	date: 'date',
	dateTime: 'dateTime',
	country: 'country',
	list: 'list',
	boolean: 'boolean',
	id: 'id',
	number: 'number',
	choice: 'option',
};

/** The columns of a resource's field table (its standard fields), optionally with some required. */
export function standardColumns(table: FieldSpec[], required: string[] = []): Column[] {
	return table.map((field) => ({
		id: field.name,
		label: field.title.replace(/\s+Names? or IDs?$/, ''),
		kind: field.options ? 'option' : CHECKS[field.check],
		target: { in: 'body', name: field.name },
		required: required.includes(field.name),
		...(field.options ? { options: field.options } : {}),
		aliases: [field.title],
		spec: field,
	}));
}

/** A column as n8n's resource mapper shows it. */
export function toMapperField(column: Column): ResourceMapperField {
	const field: ResourceMapperField = {
		id: column.id,
		displayName: column.label,
		required: column.required === true,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: column.hidden !== true,
		type:
			column.kind === 'checkbox' && column.checkedValue !== undefined
				? 'boolean'
				: FIELD_TYPES[column.kind],
	};
	if (column.kind === 'structured' && column.jsonShape !== 'object')
		field.type = column.jsonShape === 'array' ? 'array' : 'string';
	// An ID column may offer choices the editor loaded (the location's users, say) and still take any ID.
	if ((column.kind === 'option' || column.kind === 'id') && column.options?.length) {
		field.type = 'options';
		field.options = column.options;
	}
	return field;
}
