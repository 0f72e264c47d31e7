import type { IDataObject } from 'n8n-workflow';
import { contactIdParameter } from '../../shared/params';
import { readableGetOperation } from '../../shared/readableFields';

export const get = readableGetOperation({
	model: 'contact',
	action: 'Get a contact',
	description: 'Retrieve a contact by ID',
	operation: 'contacts/get-contact',
	id: { parameter: contactIdParameter, path: 'contactId' },
	withLocation: false,
	unwrap: (response) => (response.contact as IDataObject) ?? response,
});
