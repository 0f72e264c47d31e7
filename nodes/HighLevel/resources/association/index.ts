import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { idParameter, readHowMany, returnAllAndLimit } from '../../shared/params';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { getMany, skipLimitPager, totalNumber } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readId, readRequiredText } from '../../shared/read';
import { recordOperation } from '../../shared/recordOperation';

const associationIdParameter = idParameter(
	'associationId',
	'Association ID',
	'ID of the association',
);

const objectKeyParameter = (
	name: string,
	displayName: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getObjects' },
	required: true,
	default: '',
	description: `${description} (contact, opportunity, business, custom_objects.…). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

const labelParameter = (
	name: string,
	displayName: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	required: true,
	default: '',
	description,
});

const keyParameter: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	required: true,
	default: '',
	description:
		'Unique key of the association in the location, e.g. pet_owner; it is sent lower case, with underscores for spaces',
};
const firstObjectKey = objectKeyParameter(
	'firstObjectKey',
	'First Object Name or ID',
	'Object of the records on the first side',
);
const secondObjectKey = objectKeyParameter(
	'secondObjectKey',
	'Second Object Name or ID',
	'Object of the records on the second side',
);

/** The labels of the two sides: what a record on each side is called in the link. */
const sideLabels = (first: string, second: string) => ({
	first: labelParameter('firstObjectLabel', 'First Object Label', first),
	second: labelParameter('secondObjectLabel', 'Second Object Label', second),
});
const createLabels = sideLabels(
	'What a record on the first side is called in the link, e.g. Pet',
	'What a record on the second side is called in the link, e.g. Owner',
);
const updateLabels = sideLabels(
	'New label of the first side, e.g. Pet',
	'New label of the second side, e.g. Owner',
);
const SIDE_EXAMPLES: Record<string, string> = {
	firstObjectLabel: 'Pet',
	secondObjectLabel: 'Owner',
};

function readSide(ctx: IExecuteFunctions, itemIndex: number, property: INodeProperties): string {
	const example = SIDE_EXAMPLES[property.name];
	return readRequiredText(ctx, itemIndex, property, `a label such as ${example}`, 100);
}

const objectParameter = objectKeyParameter(
	'objectKey',
	'Object Name or ID',
	'Object whose associations to list',
);
const keyNameParameter: INodeProperties = {
	displayName: 'Key Name or ID',
	name: 'keyName',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAssociationKeys' },
	required: true,
	default: '',
	description:
		'Key of the association, e.g. pet_owner. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** An object key: a standard object (contact) or a custom one (custom_objects.pets). */
function objectKey(ctx: IExecuteFunctions, itemIndex: number, property: INodeProperties): string {
	const value = readRequiredText(
		ctx,
		itemIndex,
		property,
		'an object key such as contact or custom_objects.pets',
		100,
	);
	if (!/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/.test(value))
		throw validate.inputError(
			ctx,
			itemIndex,
			labelOf(property),
			'an object key such as contact or custom_objects.pets',
			value,
		);
	return value;
}

function associationId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, itemIndex, associationIdParameter);
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an association',
	description:
		'Define a kind of link between records of two objects, e.g. pets and their owners (contacts)',
	calls: ['associations/create-association'],
	properties: [
		keyParameter,
		firstObjectKey,
		createLabels.first,
		secondObjectKey,
		createLabels.second,
	],
	async execute(itemIndex) {
		// HighLevel keys are lower case with underscores: "Pet Owner" becomes pet_owner, as its own editor makes them.
		const given = readRequiredText(this, itemIndex, keyParameter, 'a key such as pet_owner', 100);
		const key = given.toLowerCase().replace(/[\s-]+/g, '_');
		if (!/^[a-z][a-z0-9_]*$/.test(key))
			throw validate.inputError(
				this,
				itemIndex,
				'Key',
				'letters, digits, spaces and underscores, starting with a letter, such as pet_owner',
				given,
			);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = {
			locationId,
			key,
			firstObjectKey: objectKey(this, itemIndex, firstObjectKey),
			firstObjectLabel: readSide(this, itemIndex, createLabels.first),
			secondObjectKey: objectKey(this, itemIndex, secondObjectKey),
			secondObjectLabel: readSide(this, itemIndex, createLabels.second),
		};
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/create-association',
			body,
			itemIndex,
			locationId,
		});
	},
};

const get = recordOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an association',
	description: 'Retrieve an association (system or user defined) by ID',
	operation: 'associations/get-association-by-ID',
	id: { parameter: associationIdParameter, path: 'associationId' },
});

const getByKey: OperationDefinition = {
	value: 'getByKey',
	name: 'Get by Key',
	action: 'Get an association by key',
	description: 'Retrieve an association (system or user defined) by its key',
	calls: ['associations/get-association-key-by-key-name'],
	properties: [keyNameParameter],
	async execute(itemIndex) {
		const keyName = readId(this, itemIndex, keyNameParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/get-association-key-by-key-name',
			path: { key_name: keyName },
			qs: { locationId },
			itemIndex,
			locationId,
		});
	},
};

const getByObject: OperationDefinition = {
	value: 'getByObject',
	name: 'Get Many by Object',
	action: 'Get the associations of an object',
	description:
		'List the associations that link records of an object (contact, opportunity, a custom object) to others',
	calls: ['associations/get-association-by-object-keys'],
	properties: [objectParameter],
	async execute(itemIndex) {
		const key = objectKey(this, itemIndex, objectParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'associations/get-association-by-object-keys',
			path: { objectKey: key },
			qs: { locationId },
			itemIndex,
			locationId,
		});
		// The spec types the answer as one association; a list comes as `associations`.
		return Array.isArray(body.associations) ? (body.associations as IDataObject[]) : [body];
	},
};

const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many associations',
	description: 'List every association of the location, system and user defined',
	calls: ['associations/find-associations'],
	properties: returnAllAndLimit(),
	async execute(itemIndex) {
		const { returnAll, limit } = readHowMany(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await getMany(
			this,
			{ returnAll, limit },
			skipLimitPager(
				{ operation: 'associations/find-associations', qs: { locationId }, itemIndex, locationId },
				'associations',
				100,
				totalNumber,
			),
		);
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an association',
	description: 'Rename the two sides of a user-defined association',
	calls: ['associations/update-association'],
	properties: [associationIdParameter, updateLabels.first, updateLabels.second],
	async execute(itemIndex) {
		const id = associationId(this, itemIndex);
		const body = {
			firstObjectLabel: readSide(this, itemIndex, updateLabels.first),
			secondObjectLabel: readSide(this, itemIndex, updateLabels.second),
		};
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/update-association',
			path: { associationId: id },
			body,
			itemIndex,
			locationId,
		});
	},
};

const deleteAssociation = recordOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an association',
	description: 'Delete a user-defined association and every link made with it',
	operation: 'associations/delete-association',
	id: { parameter: associationIdParameter, path: 'associationId' },
});

export const association: ResourceDefinition = {
	value: 'association',
	name: 'Association',
	description: 'Kinds of links between records of two objects (contacts, custom objects…)',
	defaultOperation: getAll.value,
	operations: [create, deleteAssociation, get, getByKey, getAll, getByObject, update],
};
