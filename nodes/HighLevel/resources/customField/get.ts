import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import {
	fieldIdParameter,
	objectKeyParameter,
	objectParameter,
	readObject,
	unwrapField,
} from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a custom field',
	description: 'Retrieve a custom field’s definition by ID: name, key, data type, options',
	calls: ['locations/get-custom-field', 'custom-fields/get-custom-field-by-id'],
	properties: [objectParameter, objectKeyParameter, fieldIdParameter],
	async execute(itemIndex) {
		const { object } = readObject(this, itemIndex);
		const id = readId(this, itemIndex, fieldIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const response =
			object === 'custom'
				? await apiRequest<IDataObject>(this, {
						operation: 'custom-fields/get-custom-field-by-id',
						path: { id },
						itemIndex,
						locationId,
					})
				: await apiRequest<IDataObject>(this, {
						operation: 'locations/get-custom-field',
						path: { locationId, id },
						itemIndex,
						locationId,
					});
		return unwrapField(response);
	},
};
