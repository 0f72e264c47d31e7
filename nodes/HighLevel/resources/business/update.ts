import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import {
	businessBody,
	businessFieldsCollection,
	businessIdParameter,
	unwrapBusiness,
} from './fields';
import { readId } from '../../shared/read';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a business',
	description: 'Change fields of an existing business',
	calls: ['businesses/update-business'],
	properties: [
		businessIdParameter,
		businessFieldsCollection('updateFields', 'Update Fields', [], true),
	],
	async execute(itemIndex) {
		const businessId = readId(this, itemIndex, businessIdParameter);
		const body = businessBody(
			this,
			itemIndex,
			this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		);
		if (Object.keys(body).length === 0) {
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
		}
		if (body.name === '')
			throw validate.inputError(
				this,
				itemIndex,
				'Name',
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
