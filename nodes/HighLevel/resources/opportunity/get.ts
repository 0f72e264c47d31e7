import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { opportunityIdParameter, unwrap } from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an opportunity',
	description: 'Retrieve an opportunity by ID',
	calls: ['opportunities/get-opportunity', 'locations/get-custom-fields'],
	properties: [opportunityIdParameter, readableCustomFieldsParameter('opportunity')],
	async execute(itemIndex, cache) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await addReadableCustomFields(
			this,
			itemIndex,
			cache,
			'opportunity',
			unwrap(
				await apiRequest<IDataObject>(this, {
					operation: 'opportunities/get-opportunity',
					path: { id },
					itemIndex,
					locationId,
				}),
			),
		);
	},
};
