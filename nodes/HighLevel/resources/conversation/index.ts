import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteConversation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const conversation: ResourceDefinition = {
	value: 'conversation',
	name: 'Conversation',
	description: 'The message threads between a sub-account and its contacts',
	defaultOperation: getAll.value,
	operations: [create, deleteConversation, get, getAll, update].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
