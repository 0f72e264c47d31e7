import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition, ExecutionCache } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { searchAfterPager } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import { getManyOperation } from '../../shared/getMany';
import {
	labelOf,
	optionsOf,
	readCollection,
	readId,
	readIdList,
	readText,
	refuse,
} from '../../shared/read';
import { shortKey, type CustomFieldDefinition } from '../../shared/columns';
import { mapValues, mapperInput, toRequestParts } from '../../shared/mapColumns';
import { displayValue } from '../../shared/readableFields';
import { readObjectKey, recordIdParameter, schemaKeyParameter } from './params';
import { objectSchema, recordColumnsOf } from './schemaFields';

const FIELDS = 'columns';

/** A record's fields as n8n's resource mapper: the object's schema fields as typed columns. */
const fieldsParameter: INodeProperties = {
	displayName: 'Fields',
	name: FIELDS,
	type: 'resourceMapper',
	noDataExpression: true,
	default: { mappingMode: 'defineBelow', value: null },
	required: true,
	description: 'The record’s fields, typed as the object’s schema defines them',
	typeOptions: {
		loadOptionsDependsOn: ['locationId', 'schemaKey', 'operation'],
		resourceMapper: {
			resourceMapperMethod: 'getCustomObjectColumns',
			mode: 'add',
			fieldWords: { singular: 'field', plural: 'fields' },
			addAllFields: true,
			multiKeyMatch: false,
			supportAutoMap: true,
		},
	},
};

const additionalFields = collectionParameter('additionalFields', 'Additional Fields', [
	{
		displayName: 'Owner Name or ID',
		name: 'owner',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
		default: '',
		description:
			'The user who owns the record. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Follower Names or IDs',
		name: 'followers',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
		default: [],
		description:
			'Users who follow the record (at most 10). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
]);

const READABLE = 'readableFields';

const readableParameter: INodeProperties = {
	displayName: 'Add Readable Fields',
	name: READABLE,
	type: 'boolean',
	default: false,
	description:
		'Whether to add each record’s fields by key (propertiesByKey) and by name (propertiesByName) next to HighLevel’s own properties, with option labels, dates and amounts as HighLevel’s panel shows them',
};

const MAX_FOLLOWERS = 10;

/** Owner and followers: user IDs, checked before any request. */
function readPeople(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const extra = readCollection(ctx, itemIndex, additionalFields);
	const option = optionsOf(additionalFields, extra);
	const body: IDataObject = {};
	if (extra.owner !== undefined && extra.owner !== '') {
		body.owner = [readId(ctx, itemIndex, option('owner'))];
	}
	if (extra.followers !== undefined) {
		const followers = readIdList(ctx, itemIndex, option('followers'));
		if (followers.length > MAX_FOLLOWERS)
			throw refuse(
				ctx,
				itemIndex,
				option('followers'),
				`at most ${MAX_FOLLOWERS} users`,
				`${followers.length} users`,
			);
		if (followers.length) body.followers = followers;
	}
	return body;
}

/**
 * The item's field values, each checked and converted for its field's type (an option not in the
 * field's picklist fails the item before any request). The schema is read once per execution.
 */
async function readProperties(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	key: string,
	locationId: string,
	forUpdate: boolean,
): Promise<IDataObject> {
	const options = { parameter: FIELDS, label: 'Fields', checkRequired: !forUpdate };
	const input = mapperInput(ctx, itemIndex, options);
	const schema = await objectSchema(ctx, key, locationId, itemIndex, cache);
	const { values } = mapValues(ctx, itemIndex, recordColumnsOf(schema), input, options);
	return toRequestParts(values).properties;
}

/** A stored value as the panel shows it; an amount is `{currency, value}`. */
function readable(definition: CustomFieldDefinition | undefined, value: unknown): unknown {
	const type = String(definition?.dataType ?? '').toUpperCase();
	if ((type === 'MONETORY' || type === 'MONETARY') && value && typeof value === 'object')
		return displayValue(definition, (value as IDataObject).value);
	return displayValue(definition, value);
}

/** Adds `propertiesByKey` and `propertiesByName` to each record when the item asks for them. */
async function addReadable(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	records: IDataObject[],
): Promise<IDataObject[]> {
	if (ctx.getNodeParameter(READABLE, itemIndex, false) !== true) return records;
	const key = readObjectKey(ctx, itemIndex);
	const locationId = await resolveLocationId(ctx, itemIndex);
	const schema = await objectSchema(ctx, key, locationId, itemIndex, cache);
	const byKey = new Map(
		schema.fields
			.filter((f) => typeof f.fieldKey === 'string')
			.map((f) => [shortKey(String(f.fieldKey)), f]),
	);
	for (const record of records) {
		const propertiesByKey: IDataObject = {};
		const propertiesByName: IDataObject = {};
		const properties = (record.properties ?? {}) as IDataObject;
		for (const [name, value] of Object.entries(properties)) {
			const definition = byKey.get(name);
			const shown = readable(definition, value) as IDataObject[keyof IDataObject];
			propertiesByKey[name] = shown;
			// A field deleted since the record was written keeps its key as its only name.
			propertiesByName[definition?.name ? String(definition.name) : name] = shown;
		}
		Object.assign(record, { propertiesByKey, propertiesByName });
	}
	return records;
}

async function one(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	response: IDataObject,
): Promise<IDataObject> {
	const record = (response.record as IDataObject) ?? response;
	const [shown] = await addReadable(ctx, itemIndex, cache, [record]);
	return shown;
}

export const createRecord: OperationDefinition = {
	value: 'createRecord',
	name: 'Create Record',
	action: 'Create a custom object record',
	description: 'Create a record of a custom object, its fields typed as the object defines them',
	calls: ['objects/create-object-record', 'objects/get-object-schema-by-key'],
	properties: [schemaKeyParameter, fieldsParameter, additionalFields, readableParameter],
	async execute(itemIndex, cache) {
		const key = readObjectKey(this, itemIndex);
		const people = readPeople(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const properties = await readProperties(this, itemIndex, cache, key, locationId, false);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'objects/create-object-record',
			path: { schemaKey: key },
			body: { locationId, properties, ...people },
			itemIndex,
			locationId,
		});
		return await one(this, itemIndex, cache, response);
	},
};

export const getRecord: OperationDefinition = {
	value: 'getRecord',
	name: 'Get Record',
	action: 'Get a custom object record',
	description: 'Retrieve a record of a custom object by ID',
	calls: ['objects/get-record-by-id', 'objects/get-object-schema-by-key'],
	properties: [schemaKeyParameter, recordIdParameter, readableParameter],
	async execute(itemIndex, cache) {
		const key = readObjectKey(this, itemIndex);
		const id = readId(this, itemIndex, recordIdParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'objects/get-record-by-id',
			path: { schemaKey: key, id },
			itemIndex,
			// An agency credential works on the sub-account the node names.
			locationId: await resolveLocationId(this, itemIndex),
		});
		return await one(this, itemIndex, cache, response);
	},
};

export const updateRecord: OperationDefinition = {
	value: 'updateRecord',
	name: 'Update Record',
	action: 'Update a custom object record',
	description:
		'Change fields, owner or followers of a custom object record; fields left empty keep their value',
	calls: ['objects/update-object-record', 'objects/get-object-schema-by-key'],
	properties: [
		schemaKeyParameter,
		recordIdParameter,
		fieldsParameter,
		additionalFields,
		readableParameter,
	],
	async execute(itemIndex, cache) {
		const key = readObjectKey(this, itemIndex);
		const id = readId(this, itemIndex, recordIdParameter);
		const people = readPeople(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const properties = await readProperties(this, itemIndex, cache, key, locationId, true);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'objects/update-object-record',
			path: { schemaKey: key, id },
			qs: { locationId },
			body: { properties, ...people },
			itemIndex,
			locationId,
		});
		return await one(this, itemIndex, cache, response);
	},
};

export const deleteRecord: OperationDefinition = {
	value: 'deleteRecord',
	name: 'Delete Record',
	action: 'Delete a custom object record',
	description: 'Delete a record of a custom object by ID',
	calls: ['objects/delete-object-record'],
	properties: [schemaKeyParameter, recordIdParameter],
	async execute(itemIndex) {
		const key = readObjectKey(this, itemIndex);
		const id = readId(this, itemIndex, recordIdParameter);
		return await apiRequest<IDataObject>(this, {
			operation: 'objects/delete-object-record',
			path: { schemaKey: key, id },
			itemIndex,
			// An agency credential works on the sub-account the node names.
			locationId: await resolveLocationId(this, itemIndex),
		});
	},
};

const queryParameter: INodeProperties = {
	displayName: 'Search Text',
	name: 'query',
	type: 'string',
	default: '',
	description:
		'Text to look for in the object’s searchable fields (set them with Update Schema); empty lists every record',
};

const searchFilters = collectionParameter(
	'filters',
	'Filters',
	[
		{
			displayName: 'Search In Field Name or ID',
			name: 'searchField',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getCustomObjectFields',
				loadOptionsDependsOn: ['locationId', 'schemaKey'],
			},
			default: '',
			description:
				'Look for the Search Text in this field only; it must be one of the object’s searchable fields. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	{ placeholder: 'Add Filter' },
);

const MAX_QUERY = 200;

/** HighLevel's search query: the text, or `<field>:<text>` for one searchable field. */
function searchQuery(ctx: IExecuteFunctions, itemIndex: number, filters: IDataObject): string {
	const text = readText(ctx, itemIndex, queryParameter, MAX_QUERY);
	if (filters.searchField === undefined || filters.searchField === '') return text;
	const searchField = optionsOf(searchFilters, filters)('searchField');
	const field = shortKey(readText(ctx, itemIndex, searchField, 200));
	if (!/^[a-z0-9_]+$/i.test(field))
		throw refuse(ctx, itemIndex, searchField, 'a field key such as name', filters.searchField);
	if (!text)
		throw refuse(
			ctx,
			itemIndex,
			queryParameter,
			`text to look for in the field ${labelOf(searchField)} names`,
			text,
		);
	return `${field}:${text}`;
}

/** HighLevel's largest `pageLimit` for a records search. */
const MAX_PAGE = 100;

export const searchRecords: OperationDefinition = getManyOperation({
	value: 'searchRecords',
	name: 'Search Records',
	action: 'Search records of a custom object',
	many: 'records',
	description:
		'Find records of a custom object by text in its searchable fields, newest first, or list them all',
	calls: ['objects/search-object-records', 'objects/get-object-schema-by-key'],
	leading: [schemaKeyParameter, queryParameter],
	properties: [searchFilters, readableParameter],
	async pager(itemIndex, { filters, location }) {
		const key = readObjectKey(this, itemIndex);
		const query = searchQuery(this, itemIndex, filters);
		const locationId = await location();
		return searchAfterPager(
			{
				operation: 'objects/search-object-records',
				path: { schemaKey: key },
				body: { locationId, ...(query ? { query } : {}) },
				itemIndex,
				locationId,
			},
			'records',
			MAX_PAGE,
		);
	},
	async after(itemIndex, records, cache) {
		return await addReadable(this, itemIndex, cache, records);
	},
});
