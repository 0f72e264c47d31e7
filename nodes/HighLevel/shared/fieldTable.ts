import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { labelOf } from './read';
import * as validate from './validate';

/**
 * How a field's value is checked and converted before it goes into a body. `choice` takes one of
 * the field's `options` (or `allowed`), matched without regard to case or surrounding spaces.
 */
export type Check =
	| 'text'
	| 'email'
	| 'phone'
	| 'date'
	| 'dateTime'
	| 'country'
	| 'list'
	| 'boolean'
	| 'id'
	| 'number'
	| 'choice';

/** One field of a record, once: its panel property and its check both come from here. */
export interface FieldSpec {
	name: string;
	/** Label shown in the editor; errors use it too (without n8n's "Name or ID" suffix). */
	title: string;
	description: string;
	check: Check;
	type?: INodeProperties['type'];
	loadOptionsMethod?: string;
	/** What the dropdown's list depends on; `locationId` by default. */
	loadOptionsDependsOn?: string[];
	placeholder?: string;
	options?: Array<{ name: string; value: string }>;
	/** `choice`: the values allowed, in the order errors list them (`options`' values by default). */
	allowed?: readonly string[];
	/** Shown only when updating: the warning differs from create. */
	updateDescription?: string;
	default?: INodeProperties['default'];
	typeOptions?: INodeProperties['typeOptions'];
	/** `text`: most characters HighLevel takes. */
	maxLength?: number;
	/** `text`: an empty value is refused ("a non-empty text") instead of sent. */
	nonEmpty?: boolean;
	/** `text`: the form a non-empty value must have (errors say `expected`). */
	pattern?: RegExp;
	/** `number`: the smallest value taken. */
	min?: number;
	/** What errors say is expected instead of the check's own words. */
	expected?: string;
}

/** The location's users as a dropdown; most records name the field assignedTo. */
export function assignedUserField(name = 'assignedTo'): FieldSpec {
	return {
		name,
		title: 'Assigned User Name or ID',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getUsers',
	};
}

/** A phone number field, checked as E.164. */
export const phoneField = (name = 'phone'): FieldSpec => ({
	name,
	title: 'Phone',
	description: 'Phone number in E.164 format, e.g. +14155550123',
	check: 'phone',
	placeholder: '+14155550123',
});

/** A postal address as flat fields (street, city, state, postal code); `street` names the first. */
export const addressFields = (street: string): FieldSpec[] => [
	{ name: street, title: 'Address', description: 'Street address', check: 'text' },
	{ name: 'city', title: 'City', description: 'City of the address', check: 'text' },
	{ name: 'state', title: 'State', description: 'State or region of the address', check: 'text' },
	{
		name: 'postalCode',
		title: 'Postal Code',
		description: 'Postal or ZIP code of the address',
		check: 'text',
	},
];

export function toProperty(field: FieldSpec, forUpdate: boolean): INodeProperties {
	const type = field.type ?? 'string';
	const property: INodeProperties = {
		displayName: field.title,
		name: field.name,
		type,
		default:
			field.default ??
			(type === 'boolean' ? false : type === 'multiOptions' ? [] : type === 'number' ? 0 : ''),
		description: (forUpdate && field.updateDescription) || field.description,
	};
	if (field.placeholder) property.placeholder = field.placeholder;
	if (field.options) property.options = field.options;
	if (field.typeOptions) property.typeOptions = { ...field.typeOptions };
	// The panel keeps to the least value the node takes, so the field cannot be set to one it refuses.
	if (field.min !== undefined)
		property.typeOptions = { ...property.typeOptions, minValue: field.min };
	if (field.loadOptionsMethod) {
		property.typeOptions = {
			...property.typeOptions,
			loadOptionsMethod: field.loadOptionsMethod,
			loadOptionsDependsOn: field.loadOptionsDependsOn ?? ['locationId'],
		};
	}
	return property;
}

/** A collection of optional fields (Additional Fields, Email Options), in the order given. */
export function collectionParameter(
	name: string,
	displayName: string,
	options: INodeProperties[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
		...extra,
	};
}

/** A collection of a table's fields, minus the ones an operation asks for on its own. */
export function fieldsCollection(
	table: FieldSpec[],
	name: string,
	displayName: string,
	exclude: string[],
	forUpdate = false,
): INodeProperties {
	return collectionParameter(
		name,
		displayName,
		table
			.filter((f) => !exclude.includes(f.name))
			.map((f) => toProperty(f, forUpdate))
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	);
}

export interface BodyOptions {
	/** Whether an empty text is sent (to clear the field) or left out like every other empty value. */
	sendEmptyText?: boolean;
}

/** Checks and converts the values of a table's fields into HighLevel's body shape. */
export function bodyFromFields(
	table: FieldSpec[],
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	options: BodyOptions = {},
): IDataObject {
	const sendEmptyText = options.sendEmptyText ?? true;
	const body: IDataObject = {};
	for (const field of table) {
		if (!(field.name in values)) continue;
		const value = values[field.name];
		if (value === undefined || value === null) continue;
		if (value === '' && (field.check !== 'text' || !sendEmptyText)) continue;
		body[field.name] = checkField(ctx, itemIndex, field, value) as IDataObject[keyof IDataObject];
	}
	return body;
}

/** Checks one value of a field and converts it to what HighLevel takes. */
export function checkField(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: FieldSpec,
	value: unknown,
): unknown {
	const label = labelOf({ displayName: field.title });
	const refuse = (expected: string): never => {
		throw validate.inputError(ctx, itemIndex, label, field.expected ?? expected, value);
	};
	switch (field.check) {
		case 'email':
			return validate.email(ctx, itemIndex, label, value);
		case 'phone':
			return validate.phone(ctx, itemIndex, label, value);
		case 'date':
			return validate.isoDate(ctx, itemIndex, label, value).slice(0, 10);
		case 'dateTime':
			return new Date(validate.isoDate(ctx, itemIndex, label, value)).toISOString();
		case 'country': {
			const code = validate.text(ctx, itemIndex, label, value).toUpperCase();
			if (!/^[A-Z]{2}$/.test(code)) refuse('a two-letter ISO country code such as US');
			return code;
		}
		case 'list':
			return validate.stringList(ctx, itemIndex, label, value);
		case 'boolean':
			return validate.boolean(ctx, itemIndex, label, value);
		case 'id':
			return validate.id(ctx, itemIndex, label, value);
		case 'number': {
			const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
			if (
				typeof n !== 'number' ||
				!Number.isFinite(n) ||
				(field.min !== undefined && n < field.min)
			) {
				refuse(field.min === undefined ? 'a number' : `a number of ${field.min} or more`);
			}
			return n;
		}
		case 'choice': {
			const allowed = field.allowed ?? (field.options ?? []).map((o) => o.value);
			const candidate = typeof value === 'string' ? value.trim().toLowerCase() : value;
			const match = allowed.find((a) => a.toLowerCase() === candidate);
			if (match === undefined) refuse(`one of ${allowed.join(', ')}`);
			return match;
		}
		default: {
			const text = validate.text(ctx, itemIndex, label, value ?? '', field.maxLength);
			if (field.nonEmpty && !text) refuse('a non-empty text');
			if (field.pattern && text && !field.pattern.test(text))
				refuse(`text matching ${field.pattern}`);
			return text;
		}
	}
}

/**
 * A resource's fields as one table: the panel properties (a field of its own, or a collection of
 * the optional ones) and the body built from them, both from the same rows.
 */
export interface FieldTable {
	fields: FieldSpec[];
	/** One field as a parameter of its own (`required` marks it so in the panel). */
	property(name: string, overrides?: Partial<INodeProperties>): INodeProperties;
	/** Additional Fields / Update Fields: the table minus the fields in `exclude`. */
	collection(
		name: string,
		displayName: string,
		exclude?: string[],
		forUpdate?: boolean,
	): INodeProperties;
	/** Additional Fields / Update Fields with only the fields in `include`. */
	collectionOf(
		name: string,
		displayName: string,
		include: string[],
		forUpdate?: boolean,
	): INodeProperties;
	/** Checks the values an item gives (any of the table's fields) and shapes them as HighLevel's body. */
	body(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject;
	/** Checks one field's value as read from its own parameter. */
	read(ctx: IExecuteFunctions, itemIndex: number, name: string): IDataObject[keyof IDataObject];
	/** The values, unchecked, of fields asked for on parameters of their own. */
	valuesOf(ctx: IExecuteFunctions, itemIndex: number, names: string[]): IDataObject;
	/** `body` of fields read from parameters of their own (optional ones: an empty value is left out). */
	bodyOf(ctx: IExecuteFunctions, itemIndex: number, names: string[]): IDataObject;
}

export function fieldTable(fields: FieldSpec[], options: BodyOptions = {}): FieldTable {
	const field = (name: string): FieldSpec => {
		const found = fields.find((f) => f.name === name);
		if (!found) throw new Error(`No field ${name} in the table`);
		return found;
	};
	/** A field's value as an item gives it in the field's own parameter. */
	const own = (ctx: IExecuteFunctions, itemIndex: number, name: string) =>
		ctx.getNodeParameter(name, itemIndex, toProperty(field(name), false).default) as
			IDataObject[keyof IDataObject] | undefined;
	const valuesOf = (ctx: IExecuteFunctions, itemIndex: number, names: string[]): IDataObject =>
		Object.fromEntries(names.map((name) => [name, own(ctx, itemIndex, name)]));
	return {
		fields,
		property: (name, overrides = {}) => ({ ...toProperty(field(name), false), ...overrides }),
		collection: (name, displayName, exclude = [], forUpdate = false) =>
			fieldsCollection(fields, name, displayName, exclude, forUpdate),
		collectionOf: (name, displayName, include, forUpdate = false) =>
			fieldsCollection(
				fields,
				name,
				displayName,
				fields.map((f) => f.name).filter((n) => !include.includes(n)),
				forUpdate,
			),
		body: (ctx, itemIndex, values) => bodyFromFields(fields, ctx, itemIndex, values, options),
		read: (ctx, itemIndex, name) =>
			checkField(
				ctx,
				itemIndex,
				field(name),
				own(ctx, itemIndex, name),
			) as IDataObject[keyof IDataObject],
		valuesOf: (ctx, itemIndex, names) => valuesOf(ctx, itemIndex, names),
		bodyOf: (ctx, itemIndex, names) =>
			bodyFromFields(fields, ctx, itemIndex, valuesOf(ctx, itemIndex, names), options),
	};
}
