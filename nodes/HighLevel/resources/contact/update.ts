import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId, refuse } from '../../shared/read';
import { recordMapperParameter } from '../../shared/recordMapper';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { contactFields } from './columns';

const fieldsParameter = recordMapperParameter('contact');

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change fields of an existing contact',
	calls: ['contacts/update-contact', 'locations/get-custom-fields'],
	properties: [contactIdParameter, fieldsParameter, readableCustomFieldsParameter('contact')],
	async execute(itemIndex, cache) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const body = await contactFields(
			this,
			itemIndex,
			cache,
			'update',
			async () => await resolveLocationId(this, itemIndex),
		);
		if (Object.keys(body).length === 0) {
			throw refuse(
				this,
				itemIndex,
				fieldsParameter,
				'at least one field or custom field to change',
			);
		}
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/update-contact',
			path: { contactId },
			body,
			itemIndex,
		});
		return await addReadableCustomFields(
			this,
			itemIndex,
			cache,
			'contact',
			(response.contact as IDataObject) ?? response,
		);
	},
};
