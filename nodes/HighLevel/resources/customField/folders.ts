import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import { resolveLocationId } from '../../shared/location';
import { readId, readText, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { wholeListPager } from '../../transport/paginate';
import { apiRequest } from '../../transport/request';
import { folderIdParameter, objectKeyParameter } from './fields';

/** Folders group the fields of a custom object (custom-fields.json); every custom-object field is in one. */
const folderObjectKey: INodeProperties = { ...objectKeyParameter, displayOptions: undefined };
const folderName: INodeProperties = {
	displayName: 'Folder Name',
	name: 'folderName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Pet details',
	description: 'Name of the folder as the custom object’s settings show it',
};

function readFolderName(ctx: IExecuteFunctions, itemIndex: number): string {
	const name = readText(ctx, itemIndex, folderName);
	if (!name) throw refuse(ctx, itemIndex, folderName, 'the name of the folder', name);
	return name;
}

function readObjectKey(ctx: IExecuteFunctions, itemIndex: number): string {
	const key = readText(ctx, itemIndex, folderObjectKey);
	if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(key)) {
		throw refuse(
			ctx,
			itemIndex,
			folderObjectKey,
			'the key of a custom object, such as custom_objects.pets',
			key,
		);
	}
	return key;
}

export const createFolder: OperationDefinition = {
	value: 'createFolder',
	name: 'Create Folder',
	action: 'Create a custom field folder',
	description:
		'Create a folder for the fields of a custom object; custom-object fields are created in a folder',
	calls: ['custom-fields/create-custom-field-folder'],
	properties: [folderObjectKey, folderName],
	async execute(itemIndex) {
		const objectKey = readObjectKey(this, itemIndex);
		const name = readFolderName(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'custom-fields/create-custom-field-folder',
			body: { objectKey, name, locationId },
			itemIndex,
			locationId,
		});
	},
};

export const updateFolder: OperationDefinition = {
	value: 'updateFolder',
	name: 'Update Folder',
	action: 'Rename a custom field folder',
	description: 'Rename a folder of a custom object’s fields',
	calls: ['custom-fields/update-custom-field-folder'],
	properties: [folderObjectKey, folderIdParameter, folderName],
	async execute(itemIndex) {
		readObjectKey(this, itemIndex);
		const id = readId(this, itemIndex, folderIdParameter);
		const name = readFolderName(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'custom-fields/update-custom-field-folder',
			path: { id },
			body: { name, locationId },
			itemIndex,
			locationId,
		});
	},
};

export const deleteFolder: OperationDefinition = {
	value: 'deleteFolder',
	name: 'Delete Folder',
	action: 'Delete a custom field folder',
	description:
		'Delete an empty folder of a custom object’s fields (HighLevel refuses one that still holds fields)',
	calls: ['custom-fields/delete-custom-field-folder'],
	properties: [folderObjectKey, folderIdParameter],
	async execute(itemIndex) {
		readObjectKey(this, itemIndex);
		const id = readId(this, itemIndex, folderIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'custom-fields/delete-custom-field-folder',
			path: { id },
			qs: { locationId },
			itemIndex,
			locationId,
		});
		return { id, deleted: true };
	},
};

export const getFolders = getManyOperation({
	value: 'getFolders',
	name: 'Get Many Folders',
	many: 'custom field folders',
	action: 'Get many custom field folders',
	description: 'List the folders of a custom object’s fields, with the IDs Create needs',
	calls: ['custom-fields/get-custom-fields-by-object-key'],
	leading: [folderObjectKey],
	async pager(itemIndex, { location }) {
		const objectKey = readObjectKey(this, itemIndex);
		const locationId = await location();
		return wholeListPager(
			{
				operation: 'custom-fields/get-custom-fields-by-object-key',
				path: { objectKey },
				qs: { locationId },
				itemIndex,
				locationId,
			},
			'folders',
		);
	},
});
