import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { USER_FIELDS, userIdParameter } from './fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description:
		'Change a user’s name, email, phone, password, role or sub-accounts; works with a sub-account or an agency token',
	calls: ['users/update-user'],
	properties: [userIdParameter, USER_FIELDS.collection('updateFields', 'Update Fields', [], true)],
	async execute(itemIndex) {
		const userId = readId(this, itemIndex, userIdParameter);
		const body = USER_FIELDS.body(
			this,
			itemIndex,
			this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		);
		if (!Object.keys(body).length)
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
		for (const name of ['firstName', 'lastName', 'password']) {
			if (body[name] === '')
				throw validate.inputError(
					this,
					itemIndex,
					USER_FIELDS.fields.find((f) => f.name === name)?.title ?? name,
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
