import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteField } from './delete';
import { createFolder, deleteFolder, getFolders, updateFolder } from './folders';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const customField: ResourceDefinition = {
	value: 'customField',
	name: 'Custom Field',
	description:
		'Definitions of the custom fields of contacts, opportunities and custom objects, and the folders of custom-object fields',
	defaultOperation: getAll.value,
	operations: [
		create,
		createFolder,
		deleteField,
		deleteFolder,
		get,
		getAll,
		getFolders,
		update,
		updateFolder,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
