import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Retrieve a contact by ID',
	calls: ['contacts/get-contact'],
	properties: [contactIdParameter],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/get-contact',
			path: { contactId },
			itemIndex,
		});
		return (response.contact as IDataObject) ?? response;
	},
};
