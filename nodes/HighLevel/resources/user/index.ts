import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteUser } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const user: ResourceDefinition = {
	value: 'user',
	name: 'User',
	description:
		'Users of the agency and the sub-accounts they work in (a sub-account or an agency token works)',
	defaultOperation: getAll.value,
	operations: [create, deleteUser, get, getAll, update].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
