import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteOpportunity } from './delete';
import { addFollowers, removeFollowers } from './followers';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';
import { updateStatus } from './updateStatus';
import { upsert } from './upsert';

export const opportunity: ResourceDefinition = {
	value: 'opportunity',
	name: 'Opportunity',
	description: 'Deals of contacts in a pipeline',
	defaultOperation: create.value,
	operations: [
		addFollowers,
		create,
		upsert,
		deleteOpportunity,
		get,
		getAll,
		removeFollowers,
		update,
		updateStatus,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
