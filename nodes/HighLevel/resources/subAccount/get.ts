import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a sub-account',
	description:
		'Retrieve the sub-account (the node’s Location ID, or the credential’s): name, contact details, address, time zone, settings; works with a sub-account or an agency token',
	calls: ['locations/get-location'],
	properties: [],
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'locations/get-location',
			path: { locationId },
			itemIndex,
			locationId,
		});
		return (response.location as IDataObject | undefined) ?? response;
	},
};
