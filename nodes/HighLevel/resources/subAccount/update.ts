import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readCollection, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { getConnection } from '../../transport/connection';
import { apiRequest } from '../../transport/request';
import { SUB_ACCOUNT_FIELDS, nestSettings } from './fields';

const updateFields = SUB_ACCOUNT_FIELDS.collection('updateFields', 'Update Fields', [], true);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a sub-account',
	description:
		'Change the sub-account’s name, contact details, address, time zone or duplicate settings. Needs an agency token: HighLevel refuses sub-account tokens here.',
	calls: ['locations/put-location'],
	properties: [updateFields],
	async execute(itemIndex) {
		const body = nestSettings(
			SUB_ACCOUNT_FIELDS.body(this, itemIndex, readCollection(this, itemIndex, updateFields)),
		);
		if (!Object.keys(body).length)
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		const locationId = await resolveLocationId(this, itemIndex);
		// The agency's own ID, which HighLevel requires; only an agency token gets this far.
		const { companyId } = await getConnection(this);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'locations/put-location',
			path: { locationId },
			body: { companyId, ...body },
			itemIndex,
			locationId,
		});
		return response;
	},
};
