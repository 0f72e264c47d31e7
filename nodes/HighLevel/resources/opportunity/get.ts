import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../transport/location';
import { opportunityIdParameter, readId, unwrap } from './fields';
import { addReadableCustomFields, readableCustomFieldsParameter } from '../../shared/readableFields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an opportunity',
	description: 'Retrieve an opportunity by ID',
	properties: [opportunityIdParameter, readableCustomFieldsParameter('opportunity')],
	async execute(itemIndex, cache) {
		const id = readId(this, itemIndex, 'opportunityId', 'Opportunity ID');
		const locationId = await resolveLocationId(this, itemIndex);
		return await addReadableCustomFields(
			this,
			itemIndex,
			cache,
			'opportunity',
			unwrap(await apiRequest<IDataObject>(this, { operation: 'opportunities/get-opportunity', path: { id }, itemIndex, locationId })),
		);
	},
};
