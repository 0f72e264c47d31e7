import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { contactBody, contactFieldsCollection } from './fields';
import { customFieldsBody, customFieldsParameter } from '../../shared/customFields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a new contact (fails when the location forbids duplicates and one exists)',
	calls: ['contacts/create-contact', 'locations/get-custom-fields'],
	properties: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			default: '',
			description: 'Email address of the contact',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			placeholder: '+14155550123',
			default: '',
			description: 'Phone number in E.164 format, e.g. +14155550123',
		},
		contactFieldsCollection('additionalFields', 'Additional Fields', ['email', 'phone']),
		customFieldsParameter('contact'),
	],
	async execute(itemIndex, cache) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			...contactBody(this, itemIndex, {
				email: this.getNodeParameter('email', itemIndex, ''),
				phone: this.getNodeParameter('phone', itemIndex, ''),
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			}),
			locationId,
		};
		const customFields = await customFieldsBody(this, itemIndex, cache, locationId, 'contact');
		if (customFields) body.customFields = customFields;
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/create-contact',
			body,
			itemIndex,
			locationId,
		});
		return (response.contact as IDataObject) ?? response;
	},
};
