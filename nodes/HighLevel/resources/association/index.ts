import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { idParameter, readHowMany, returnAllAndLimit } from '../../shared/params';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { getMany, skipLimitPager, totalNumber } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { createRelation, deleteRelation, getRelations } from './relations';

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

function text(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	expected: string,
): string {
	const value = validate.text(
		ctx,
		itemIndex,
		label,
		ctx.getNodeParameter(name, itemIndex, ''),
		100,
	);
	if (!value) throw validate.inputError(ctx, itemIndex, label, expected, value);
	return value;
}

/** An object key: a standard object (contact) or a custom one (custom_objects.pets). */
function objectKey(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const value = text(
		ctx,
		itemIndex,
		name,
		label,
		'an object key such as contact or custom_objects.pets',
	);
	if (!/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/.test(value))
		throw validate.inputError(
			ctx,
			itemIndex,
			label,
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
		{
			displayName: 'Key',
			name: 'key',
			type: 'string',
			required: true,
			default: '',
			description:
				'Unique key of the association in the location, e.g. pet_owner; it is sent lower case, with underscores for spaces',
		},
		objectKeyParameter(
			'firstObjectKey',
			'First Object Name or ID',
			'Object of the records on the first side',
		),
		labelParameter(
			'firstObjectLabel',
			'First Object Label',
			'What a record on the first side is called in the link, e.g. Pet',
		),
		objectKeyParameter(
			'secondObjectKey',
			'Second Object Name or ID',
			'Object of the records on the second side',
		),
		labelParameter(
			'secondObjectLabel',
			'Second Object Label',
			'What a record on the second side is called in the link, e.g. Owner',
		),
	],
	async execute(itemIndex) {
		// HighLevel keys are lower case with underscores: "Pet Owner" becomes pet_owner, as its own editor makes them.
		const given = text(this, itemIndex, 'key', 'Key', 'a key such as pet_owner');
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
			firstObjectKey: objectKey(this, itemIndex, 'firstObjectKey', 'First Object'),
			firstObjectLabel: text(
				this,
				itemIndex,
				'firstObjectLabel',
				'First Object Label',
				'a label such as Pet',
			),
			secondObjectKey: objectKey(this, itemIndex, 'secondObjectKey', 'Second Object'),
			secondObjectLabel: text(
				this,
				itemIndex,
				'secondObjectLabel',
				'Second Object Label',
				'a label such as Owner',
			),
		};
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/create-association',
			body,
			itemIndex,
			locationId,
		});
	},
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an association',
	description: 'Retrieve an association (system or user defined) by ID',
	calls: ['associations/get-association-by-ID'],
	properties: [associationIdParameter],
	async execute(itemIndex) {
		const id = associationId(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/get-association-by-ID',
			path: { associationId: id },
			itemIndex,
			locationId,
		});
	},
};

const getByKey: OperationDefinition = {
	value: 'getByKey',
	name: 'Get by Key',
	action: 'Get an association by key',
	description: 'Retrieve an association (system or user defined) by its key',
	calls: ['associations/get-association-key-by-key-name'],
	properties: [
		{
			displayName: 'Key Name or ID',
			name: 'keyName',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAssociationKeys' },
			required: true,
			default: '',
			description:
				'Key of the association, e.g. pet_owner. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	async execute(itemIndex) {
		const keyName = validate.id(
			this,
			itemIndex,
			'Key',
			this.getNodeParameter('keyName', itemIndex),
		);
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
	properties: [
		objectKeyParameter('objectKey', 'Object Name or ID', 'Object whose associations to list'),
	],
	async execute(itemIndex) {
		const key = objectKey(this, itemIndex, 'objectKey', 'Object');
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
	properties: [
		associationIdParameter,
		labelParameter(
			'firstObjectLabel',
			'First Object Label',
			'New label of the first side, e.g. Pet',
		),
		labelParameter(
			'secondObjectLabel',
			'Second Object Label',
			'New label of the second side, e.g. Owner',
		),
	],
	async execute(itemIndex) {
		const id = associationId(this, itemIndex);
		const body = {
			firstObjectLabel: text(
				this,
				itemIndex,
				'firstObjectLabel',
				'First Object Label',
				'a label such as Pet',
			),
			secondObjectLabel: text(
				this,
				itemIndex,
				'secondObjectLabel',
				'Second Object Label',
				'a label such as Owner',
			),
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

const deleteAssociation: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an association',
	description: 'Delete a user-defined association and every link made with it',
	calls: ['associations/delete-association'],
	properties: [associationIdParameter],
	async execute(itemIndex) {
		const id = associationId(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/delete-association',
			path: { associationId: id },
			itemIndex,
			locationId,
		});
	},
};

export const association: ResourceDefinition = {
	value: 'association',
	name: 'Association',
	description:
		'Kinds of links between records of two objects (contacts, custom objects…), and the links (relations) made with them',
	defaultOperation: getAll.value,
	operations: [
		create,
		createRelation,
		deleteAssociation,
		deleteRelation,
		get,
		getByKey,
		getAll,
		getByObject,
		getRelations,
		update,
	],
};
