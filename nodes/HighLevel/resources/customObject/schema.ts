import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { wholeListPager } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import { getManyOperation } from '../../shared/getMany';
import {
	optionIn,
	type Parameter,
	readBoolean,
	readCollection,
	readOneOf,
	readText,
	readValue,
	readWith,
	refuse,
} from '../../shared/read';
import { collectionParameter } from '../../shared/fieldTable';
import * as validate from '../../shared/validate';
import { anyObjectKeyParameter, readObjectKey, schemaKeyParameter, toKey } from './params';

const MAX_LABEL = 100;

const KEY_WORD = /^[a-z][a-z0-9_]*$/;

/** A name or a description of the object; `required` refuses an empty one. */
function text(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	required: boolean,
): string {
	const read = readText(ctx, itemIndex, property, MAX_LABEL);
	if (required && !read)
		throw refuse(ctx, itemIndex, property, 'a value', readValue(ctx, itemIndex, property));
	return read;
}

/** A key part as HighLevel takes it: "Vet Visit" → vet_visit; anything else fails the item. */
function keyWord(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	given: string,
	prefix: string,
): string {
	const key = toKey(given.startsWith(prefix) ? given.slice(prefix.length) : given);
	if (!KEY_WORD.test(key))
		throw refuse(
			ctx,
			itemIndex,
			property,
			'letters, digits, spaces and underscores, starting with a letter, such as pets',
			given,
		);
	return key;
}

/**
 * A key made from a display name, as HighLevel's editor makes one ("Pet's Name!" → pet_s_name):
 * a name may hold any character, so only one with no letter to start a key fails the item.
 */
function keyFromName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	name: string,
): string {
	const key = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^[^a-z]+|_+$/g, '');
	if (!key)
		throw refuse(
			ctx,
			itemIndex,
			property,
			`a name with a letter to make the field key from, or a ${primaryKey.displayName}`,
			name,
		);
	return key;
}

export const getAllSchemas: OperationDefinition = getManyOperation({
	value: 'getAllSchemas',
	name: 'Get Many Schemas',
	action: 'Get many object schemas',
	many: 'object schemas',
	description:
		'List the objects of the sub-account, standard (contact, opportunity, business) and custom',
	calls: ['objects/get-object-by-location-id'],
	async pager(itemIndex, { location }) {
		const locationId = await location();
		return wholeListPager(
			{
				operation: 'objects/get-object-by-location-id',
				qs: { locationId },
				itemIndex,
				locationId,
			},
			'objects',
		);
	},
});

const includeFieldsParameter: INodeProperties = {
	displayName: 'Include Fields',
	name: 'fetchProperties',
	type: 'boolean',
	default: true,
	description: 'Whether to add the object’s fields (standard and custom) to its schema',
};

export const getSchema: OperationDefinition = {
	value: 'getSchema',
	name: 'Get Schema',
	action: 'Get an object schema',
	description: 'Retrieve an object’s schema by its key, with its fields',
	calls: ['objects/get-object-schema-by-key'],
	properties: [anyObjectKeyParameter, includeFieldsParameter],
	async execute(itemIndex) {
		const key = readObjectKey(this, itemIndex, anyObjectKeyParameter, { customOnly: false });
		const withFields = readBoolean(this, itemIndex, includeFieldsParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'objects/get-object-schema-by-key',
			path: { key },
			qs: { locationId, ...(withFields ? { fetchProperties: 'true' } : {}) },
			itemIndex,
			locationId,
		});
		const object = (body.object as IDataObject) ?? {};
		return withFields ? { ...object, fields: (body.fields as IDataObject[]) ?? [] } : object;
	},
};

const singular: INodeProperties = {
	displayName: 'Singular Label',
	name: 'singular',
	type: 'string',
	required: true,
	default: '',
	description: 'What one record is called in HighLevel, e.g. Pet',
};
const plural: INodeProperties = {
	displayName: 'Plural Label',
	name: 'plural',
	type: 'string',
	required: true,
	default: '',
	description: 'What the records are called in HighLevel, e.g. Pets',
};
const keyParameter: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	required: true,
	default: '',
	description:
		'Unique key of the object, e.g. pets; it is sent lower case with underscores for spaces, and HighLevel names the object custom_objects.pets',
};
const primaryName: INodeProperties = {
	displayName: 'Primary Field Name',
	name: 'primaryName',
	type: 'string',
	required: true,
	default: '',
	description: 'Name of the field that names a record on its page, e.g. Pet Name',
};
const PRIMARY_TYPES = ['TEXT', 'NUMERICAL'] as const;
const primaryType: INodeProperties = {
	displayName: 'Primary Field Type',
	name: 'primaryType',
	type: 'options',
	options: [
		{ name: 'Text', value: 'TEXT' },
		{ name: 'Number', value: 'NUMERICAL' },
	],
	default: 'TEXT',
	description: 'What the primary field holds (HighLevel takes text or a number)',
};
const description: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
	description: 'What the object holds, e.g. Pets of our customers',
};

const primaryKey: INodeProperties = {
	displayName: 'Primary Field Key',
	name: 'primaryKey',
	type: 'string',
	default: '',
	description:
		'Key of the primary field, e.g. pet_name; made from its name when empty (lower case, underscores for spaces)',
};

const additionalFields = collectionParameter('additionalFields', 'Additional Fields', [
	description,
	primaryKey,
]);

export const createSchema: OperationDefinition = {
	value: 'createSchema',
	name: 'Create Schema',
	action: 'Create a custom object',
	description:
		'Define a custom object with its primary field; needs an agency token (the HighLevel App OAuth2 credential connected by the agency), HighLevel refuses a sub-account’s or a Private Integration Token',
	calls: ['objects/create-custom-object-schema'],
	properties: [singular, plural, keyParameter, primaryName, primaryType, additionalFields],
	async execute(itemIndex) {
		const labels = {
			singular: text(this, itemIndex, singular, true),
			plural: text(this, itemIndex, plural, true),
		};
		const given = text(this, itemIndex, keyParameter, true);
		const key = `custom_objects.${keyWord(this, itemIndex, keyParameter, given, 'custom_objects.')}`;
		const name = text(this, itemIndex, primaryName, true);
		const dataType = readOneOf(this, itemIndex, primaryType, PRIMARY_TYPES);
		const extra = readCollection(this, itemIndex, additionalFields);
		const optional = (property: Parameter) =>
			extra[property.name] === undefined
				? ''
				: text(this, itemIndex, optionIn(extra, property), false);
		const fieldKey = optional(primaryKey);
		const about = optional(description);
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			labels,
			key,
			locationId,
			primaryDisplayPropertyDetails: {
				key: `${key}.${fieldKey ? keyWord(this, itemIndex, primaryKey, fieldKey, `${key}.`) : keyFromName(this, itemIndex, primaryName, name)}`,
				name,
				dataType,
			},
			...(about ? { description: about } : {}),
		};
		const response = await apiRequest<IDataObject>(this, {
			operation: 'objects/create-custom-object-schema',
			body,
			itemIndex,
			locationId,
		});
		return (response.object as IDataObject) ?? response;
	},
};

const searchable: INodeProperties = {
	displayName: 'Searchable Field Names or IDs',
	name: 'searchableProperties',
	type: 'multiOptions',
	required: true,
	typeOptions: {
		loadOptionsMethod: 'getCustomObjectFields',
		loadOptionsDependsOn: ['locationId', 'schemaKey'],
	},
	default: [],
	description:
		'The fields Search Records looks in; HighLevel replaces the list with these. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const updateFields = collectionParameter('updateFields', 'Update Fields', [
	description,
	{ ...plural, required: false },
	{ ...singular, required: false },
]);

export const updateSchema: OperationDefinition = {
	value: 'updateSchema',
	name: 'Update Schema',
	action: 'Update a custom object',
	description: 'Set a custom object’s searchable fields, and rename or describe it',
	calls: ['objects/update-custom-object'],
	properties: [schemaKeyParameter, searchable, updateFields],
	async execute(itemIndex) {
		const key = readObjectKey(this, itemIndex);
		const fields = readWith(this, itemIndex, searchable, validate.stringList).map((field) => {
			const full = field.includes('.') ? field : `${key}.${field}`;
			if (!full.startsWith(`${key}.`) || !KEY_WORD.test(full.slice(key.length + 1)))
				throw refuse(
					this,
					itemIndex,
					searchable,
					`field keys of ${key}, such as ${key}.name`,
					field,
				);
			return full;
		});
		if (!fields.length) throw refuse(this, itemIndex, searchable, 'at least one field');
		const update = readCollection(this, itemIndex, updateFields);
		const labels: IDataObject = {};
		for (const property of [singular, plural]) {
			if (update[property.name] === undefined) continue;
			labels[property.name] = text(this, itemIndex, optionIn(update, property), true);
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = { locationId, searchableProperties: fields };
		if (Object.keys(labels).length) body.labels = labels;
		if (update.description !== undefined) {
			const about = text(this, itemIndex, optionIn(update, description), false);
			if (about) body.description = about;
		}
		const response = await apiRequest<IDataObject>(this, {
			operation: 'objects/update-custom-object',
			path: { key },
			body,
			itemIndex,
			locationId,
		});
		return (response.object as IDataObject) ?? response;
	},
};
