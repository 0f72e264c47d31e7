import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { readId } from '../../shared/read';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Retrieve a contact by ID',
	calls: ['contacts/get-contact', 'locations/get-custom-fields'],
	properties: [contactIdParameter, readableCustomFieldsParameter('contact')],
	async execute(itemIndex, cache) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/get-contact',
			path: { contactId },
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
