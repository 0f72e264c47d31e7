import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { opportunityIdParameter } from './fields';

export const deleteOpportunity: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an opportunity',
	description: 'Delete an opportunity permanently',
	calls: ['opportunities/delete-opportunity'],
	properties: [opportunityIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'opportunities/delete-opportunity',
			path: { id },
			itemIndex,
			locationId,
		});
		return { id, deleted: true };
	},
};
