import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { fieldIdParameter, objectKeyParameter, objectParameter, readObject } from './fields';

export const deleteField: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a custom field',
	description: 'Delete a custom field and the values records hold in it',
	calls: ['locations/delete-custom-field', 'custom-fields/delete-custom-field'],
	properties: [objectParameter, objectKeyParameter, fieldIdParameter],
	async execute(itemIndex) {
		const { object } = readObject(this, itemIndex);
		const id = readId(this, itemIndex, fieldIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		if (object === 'custom')
			await apiRequest(this, {
				operation: 'custom-fields/delete-custom-field',
				path: { id },
				itemIndex,
				locationId,
			});
		else
			await apiRequest(this, {
				operation: 'locations/delete-custom-field',
				path: { locationId, id },
				itemIndex,
				locationId,
			});
		return { id, deleted: true };
	},
};
