import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { alt } from '../../shared/commerce';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readOneOf } from '../../shared/read';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { fileIdsParameter, folderParameter, readFileIds, readFolderId } from './fields';

const destination = folderParameter(
	'folderId',
	'Destination Folder Name or ID',
	'Folder the files and folders are moved into',
	true,
);

export const bulkMove: OperationDefinition = {
	value: 'bulkMove',
	name: 'Bulk Move',
	action: 'Move files or folders',
	description: 'Move several files and folders of the media library into a folder at once',
	calls: ['medias/bulk-update-media-objects'],
	properties: [fileIdsParameter, destination],
	async execute(itemIndex) {
		const ids = readFileIds(this, itemIndex);
		const folderId = readFolderId(
			this,
			itemIndex,
			destination,
			this.getNodeParameter(destination.name, itemIndex, ''),
		) as string;
		if (ids.includes(folderId))
			throw validate.inputError(
				this,
				itemIndex,
				labelOf(destination),
				'a folder other than the ones moved',
				folderId,
			);
		const locationId = await resolveLocationId(this, itemIndex);
		// HighLevel answers with one entry per file and folder (`{ id, updated }`).
		const response = await apiRequest<IDataObject | IDataObject[]>(this, {
			operation: 'medias/bulk-update-media-objects',
			body: {
				...alt(locationId),
				filesToBeUpdated: ids.map((id) => ({ id, parentId: folderId })),
			},
			itemIndex,
			locationId,
		});
		return { folderId, fileIds: ids, results: response } as IDataObject;
	},
};

const statusParameter: INodeProperties = {
	displayName: 'Delete As',
	name: 'status',
	type: 'options',
	options: [
		{
			name: 'Trash',
			value: 'trashed',
			description: 'Move to the library’s trash, from where they can be restored',
		},
		{ name: 'Deleted', value: 'deleted', description: 'Delete for good' },
	],
	default: 'trashed',
	description: 'Whether the files and folders go to the trash or are deleted for good',
};

export const bulkDelete: OperationDefinition = {
	value: 'bulkDelete',
	name: 'Bulk Delete',
	action: 'Delete files or folders',
	description: 'Trash or delete several files and folders of the media library at once',
	calls: ['medias/bulk-delete-media-objects'],
	properties: [fileIdsParameter, statusParameter],
	async execute(itemIndex) {
		const ids = readFileIds(this, itemIndex);
		const status = readOneOf(this, itemIndex, statusParameter, ['trashed', 'deleted'] as const);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject | IDataObject[]>(this, {
			operation: 'medias/bulk-delete-media-objects',
			body: { ...alt(locationId), status, filesToBeDeleted: ids.map((_id) => ({ _id })) },
			itemIndex,
			locationId,
		});
		return { status, fileIds: ids, results: response } as IDataObject;
	},
};
