import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import {
	businessBody,
	businessFieldsCollection,
	businessIdParameter,
	unwrapBusiness,
} from './fields';
import { optionsOf, readCollection, readId, refuse } from '../../shared/read';

const updateFields = businessFieldsCollection('updateFields', 'Update Fields', [], true);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a business',
	description: 'Change fields of an existing business',
	calls: ['businesses/update-business'],
	properties: [businessIdParameter, updateFields],
	async execute(itemIndex) {
		const businessId = readId(this, itemIndex, businessIdParameter);
		const body = businessBody(this, itemIndex, readCollection(this, itemIndex, updateFields));
		if (Object.keys(body).length === 0) {
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		}
		if (body.name === '')
			throw refuse(
				this,
				itemIndex,
				optionsOf(updateFields, {})('name'),
				'a new name (a business cannot be without one)',
				'',
			);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'businesses/update-business',
			path: { businessId },
			body,
			itemIndex,
			locationId,
		});
		return unwrapBusiness(response);
	},
};
