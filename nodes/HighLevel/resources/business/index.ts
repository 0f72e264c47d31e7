import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteBusiness } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const business: ResourceDefinition = {
	value: 'business',
	name: 'Business',
	description: 'Companies in a sub-account that contacts belong to',
	defaultOperation: create.value,
	operations: [create, deleteBusiness, get, getAll, update].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
