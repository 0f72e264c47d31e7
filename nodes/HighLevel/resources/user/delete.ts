import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { userIdParameter } from './fields';

export const deleteUser: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description:
		'Delete a user of the agency (HighLevel takes a few minutes to apply it); works with a sub-account or an agency token',
	calls: ['users/delete-user'],
	properties: [userIdParameter],
	async execute(itemIndex) {
		const userId = readId(this, itemIndex, userIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'users/delete-user',
			path: { userId },
			itemIndex,
			locationId,
		});
		return { id: userId, deleted: true };
	},
};
