import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { companyIdOf } from '../../shared/company';
import { USER_FIELDS } from './fields';

const REQUIRED = ['firstName', 'lastName', 'email', 'password'];

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description:
		'Create a user of the agency who works in the sub-account (or the sub-accounts given); works with a sub-account or an agency token',
	calls: ['users/create-user', 'locations/get-location'],
	properties: [
		...REQUIRED.map((name) => USER_FIELDS.property(name, { required: true })),
		USER_FIELDS.collection('additionalFields', 'Additional Fields', REQUIRED),
	],
	async execute(itemIndex, cache) {
		const values: IDataObject = {
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		};
		for (const name of REQUIRED) values[name] = USER_FIELDS.read(this, itemIndex, name);
		const body = USER_FIELDS.body(this, itemIndex, values);
		const locationId = await resolveLocationId(this, itemIndex);
		const companyId = await companyIdOf(this, itemIndex, locationId, cache);
		const request: IDataObject = {
			companyId,
			type: 'account',
			role: 'user',
			locationIds: [locationId],
			...body,
		};
		return await apiRequest<IDataObject>(this, {
			operation: 'users/create-user',
			body: request,
			itemIndex,
			locationId,
		});
	},
};
