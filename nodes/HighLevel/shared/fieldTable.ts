import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import * as validate from './validate';

export type Check = 'text' | 'email' | 'phone' | 'date' | 'dateTime' | 'country' | 'list' | 'boolean' | 'id';

export interface FieldSpec {
	name: string;
	/** Label shown in the editor. */
	title: string;
	description: string;
	check: Check;
	type?: INodeProperties['type'];
	loadOptionsMethod?: string;
	placeholder?: string;
	options?: Array<{ name: string; value: string }>;
	/** Shown only when updating: the warning differs from create. */
	updateDescription?: string;
}

/** The location's users as a dropdown; most records name the field assignedTo. */
export function assignedUserField(name = 'assignedTo'): FieldSpec {
	return {
		name,
		title: 'Assigned User Name or ID',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getUsers',
	};
}

export function toProperty(field: FieldSpec, forUpdate: boolean): INodeProperties {
	const type = field.type ?? 'string';
	const property: INodeProperties = {
		displayName: field.title,
		name: field.name,
		type,
		default: type === 'boolean' ? false : type === 'multiOptions' ? [] : '',
		description: (forUpdate && field.updateDescription) || field.description,
	};
	if (field.placeholder) property.placeholder = field.placeholder;
	if (field.options) property.options = field.options;
	if (field.loadOptionsMethod) {
		property.typeOptions = { loadOptionsMethod: field.loadOptionsMethod, loadOptionsDependsOn: ['locationId'] };
	}
	return property;
}

/** A collection of a table's fields, minus the ones an operation asks for on its own. */
export function fieldsCollection(
	table: FieldSpec[],
	name: string,
	displayName: string,
	exclude: string[],
	forUpdate = false,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: table.filter((f) => !exclude.includes(f.name))
			.map((f) => toProperty(f, forUpdate))
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** Checks and converts the values of a table's fields into HighLevel's body shape. */
export function bodyFromFields(
	table: FieldSpec[],
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	for (const field of table) {
		if (!(field.name in values)) continue;
		const value = values[field.name];
		if (value === undefined || value === null) continue;
		if (value === '' && field.check !== 'text') continue;
		body[field.name] = convert(ctx, itemIndex, field, value) as IDataObject[keyof IDataObject];
	}
	return body;
}

function convert(ctx: IExecuteFunctions, itemIndex: number, field: FieldSpec, value: unknown): unknown {
	const label = field.title;
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
			if (!/^[A-Z]{2}$/.test(code)) {
				throw validate.inputError(ctx, itemIndex, label, 'a two-letter ISO country code such as US', value);
			}
			return code;
		}
		case 'list':
			return validate.stringList(ctx, itemIndex, label, value);
		case 'boolean':
			return validate.boolean(ctx, itemIndex, label, value);
		case 'id':
			return validate.id(ctx, itemIndex, label, value);
		default:
			return validate.text(ctx, itemIndex, label, value);
	}
}
