import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { optionsOf, readCollection, readId, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { USER_FIELDS, userIdParameter } from './fields';

const updateFields = USER_FIELDS.collection('updateFields', 'Update Fields', [], true);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description:
		'Change a user’s name, email, phone, password, role or sub-accounts; works with a sub-account or an agency token',
	calls: ['users/update-user'],
	properties: [userIdParameter, updateFields],
	async execute(itemIndex) {
		const userId = readId(this, itemIndex, userIdParameter);
		const body = USER_FIELDS.body(this, itemIndex, readCollection(this, itemIndex, updateFields));
		if (!Object.keys(body).length)
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		for (const name of ['firstName', 'lastName', 'password']) {
			if (body[name] === '')
				throw refuse(
					this,
					itemIndex,
					optionsOf(updateFields, body)(name),
					'a value (it cannot be emptied)',
					'',
				);
		}
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'users/update-user',
			path: { userId },
			body,
			itemIndex,
			locationId,
		});
	},
};
