import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { businessIdParameter } from './fields';
import { readId } from '../../shared/read';

export const deleteBusiness: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a business',
	description: 'Delete a business permanently',
	calls: ['businesses/delete-Business'],
	properties: [businessIdParameter],
	async execute(itemIndex) {
		const businessId = readId(this, itemIndex, businessIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'businesses/delete-Business',
			path: { businessId },
			itemIndex,
			locationId,
		});
		return { id: businessId, deleted: true };
	},
};
