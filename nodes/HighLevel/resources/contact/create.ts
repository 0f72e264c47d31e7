import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { recordMapperParameter } from '../../shared/recordMapper';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { contactFields } from './columns';

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
			description:
				'Email address of the contact (Map Automatically also takes it from the input item)',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			placeholder: '+14155550123',
			default: '',
			description:
				'Phone number in E.164 format, e.g. +14155550123 (Map Automatically also takes it from the input item)',
		},
		recordMapperParameter('contact'),
		readableCustomFieldsParameter('contact'),
	],
	async execute(itemIndex, cache) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			...(await contactFields(this, itemIndex, cache, 'create', async () => locationId)),
			locationId,
		};
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/create-contact',
			body,
			itemIndex,
			locationId,
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
