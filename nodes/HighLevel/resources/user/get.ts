import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { userIdParameter } from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description:
		'Retrieve a user by ID: name, email, phone, role, sub-accounts and permissions; works with a sub-account or an agency token',
	calls: ['users/get-user'],
	properties: [userIdParameter],
	async execute(itemIndex) {
		const userId = readId(this, itemIndex, userIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'users/get-user',
			path: { userId },
			itemIndex,
			locationId,
		});
	},
};
