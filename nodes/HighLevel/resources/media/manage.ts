import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { alt } from '../../shared/commerce';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readId } from '../../shared/read';
import { sendOnce } from '../../shared/sendOnce';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { fileIdParameter, folderParameter, readFolderId } from './fields';

/** A file or folder name: not empty, and no longer than HighLevel's library shows. */
function nameParameter(description: string, placeholder: string): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description,
	};
}

const MAX_NAME = 255;

function readName(ctx: IExecuteFunctions, itemIndex: number, property: INodeProperties): string {
	const label = labelOf(property);
	const raw = ctx.getNodeParameter(property.name, itemIndex, '');
	const name = validate.text(ctx, itemIndex, label, raw, MAX_NAME);
	if (!name) throw validate.inputError(ctx, itemIndex, label, 'a name', raw);
	return name;
}

const newName = nameParameter(
	'New name of the file or folder (keep a file’s extension, e.g. .pdf)',
	'Spring brochure.pdf',
);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Rename a file or folder',
	description: 'Rename a file or folder of the media library',
	calls: ['medias/update-media-object'],
	properties: [fileIdParameter, newName],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, fileIdParameter);
		const name = readName(this, itemIndex, newName);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'medias/update-media-object',
			path: { id },
			body: { name, ...alt(locationId) },
			itemIndex,
			locationId,
		});
		return { id, name, ...response };
	},
};

export const deleteMedia: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a file or folder',
	description: 'Delete a file, or a folder with everything in it, from the media library',
	calls: ['medias/delete-media-content'],
	properties: [fileIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, fileIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		// HighLevel answers a delete with an empty 200: success is the status.
		const response = await apiRequest<IDataObject>(this, {
			operation: 'medias/delete-media-content',
			path: { id },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
		return { id, deleted: true, ...response };
	},
};

const folderName = nameParameter('Name of the new folder', 'Brand assets');
const parentFolder = folderParameter(
	'folderId',
	'Parent Folder Name or ID',
	'Folder the new folder goes in; the top level of the library when empty',
);

export const createFolder: OperationDefinition = {
	value: 'createFolder',
	name: 'Create Folder',
	action: 'Create a folder',
	description: 'Create a folder in the media library, at the top level or inside another folder',
	calls: ['medias/create-media-folder'],
	properties: [
		folderName,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [parentFolder],
		},
	],
	async execute(itemIndex) {
		const name = readName(this, itemIndex, folderName);
		const options = (this.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject;
		const parentId = readFolderId(this, itemIndex, parentFolder, options.folderId);
		const locationId = await resolveLocationId(this, itemIndex);
		return await sendOnce(
			this,
			{
				operation: 'medias/create-media-folder',
				body: { ...alt(locationId), name, ...(parentId ? { parentId } : {}) },
				itemIndex,
				locationId,
			},
			'The folder may have been created',
			'Check the media library in HighLevel (Get Many of folders) before running this item again, or the folder may be there twice.',
		);
	},
};
