import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { opportunityIdParameter, unwrap } from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an opportunity',
	description: 'Retrieve an opportunity by ID',
	calls: ['opportunities/get-opportunity'],
	properties: [opportunityIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return unwrap(
			await apiRequest<IDataObject>(this, { operation: 'opportunities/get-opportunity', path: { id }, itemIndex, locationId }),
		);
	},
};
