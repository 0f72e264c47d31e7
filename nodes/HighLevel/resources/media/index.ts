import type { ResourceDefinition } from '../../shared/types';
import { bulkDelete, bulkMove } from './bulk';
import { getAll } from './getMany';
import { createFolder, deleteMedia, update } from './manage';
import { upload } from './upload';

export const media: ResourceDefinition = {
	value: 'media',
	name: 'Media',
	description: 'Files and folders of the sub-account’s media library',
	defaultOperation: upload.value,
	operations: [bulkDelete, bulkMove, createFolder, deleteMedia, getAll, update, upload],
};
