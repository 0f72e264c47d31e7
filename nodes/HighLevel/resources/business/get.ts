import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { businessIdParameter, unwrapBusiness } from './fields';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a business',
	description: 'Retrieve a business by ID',
	calls: ['businesses/get-business'],
	properties: [businessIdParameter],
	async execute(itemIndex) {
		const businessId = readId(this, itemIndex, businessIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'businesses/get-business',
			path: { businessId },
			itemIndex,
			locationId,
		});
		return unwrapBusiness(response);
	},
};
