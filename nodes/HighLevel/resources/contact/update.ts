import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import { contactBody, contactFieldsCollection } from './fields';
import { customFieldsBody, customFieldsParameter, hasCustomFields } from '../../shared/customFields';
import { readId } from '../../shared/read';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change fields of an existing contact',
	calls: ['contacts/update-contact', 'locations/get-custom-fields'],
	properties: [
		contactIdParameter,
		// HighLevel's update takes neither a company name nor a gender (UpdateContactDto); Create or
		// Update sets them.
		contactFieldsCollection('updateFields', 'Update Fields', ['companyName', 'gender'], true),
		customFieldsParameter('contact'),
	],
	async execute(itemIndex, cache) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const body = contactBody(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (hasCustomFields(this, itemIndex)) {
			const locationId = await resolveLocationId(this, itemIndex);
			body.customFields = (await customFieldsBody(this, itemIndex, cache, locationId, 'contact')) as IDataObject[];
		}
		if (Object.keys(body).length === 0) {
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field or custom field to change');
		}
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/update-contact',
			path: { contactId },
			body,
			itemIndex,
		});
		return (response.contact as IDataObject) ?? response;
	},
};
