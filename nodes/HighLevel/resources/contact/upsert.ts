import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { refuse } from '../../shared/read';
import { serialize } from '../../shared/serialize';
import { recordMapperParameter } from '../../shared/recordMapper';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { contactFields } from './columns';
import { contactEmailParameter } from './fields';

const emailParameter: INodeProperties = {
	...contactEmailParameter,
	description:
		'Email address to match on and store. Give an email, a phone, or both (Map Automatically also takes them from the input item).',
};

export const upsert: OperationDefinition = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	calls: ['contacts/upsert-contact', 'locations/get-custom-fields'],
	properties: [
		emailParameter,
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			placeholder: '+14155550123',
			default: '',
			description:
				'Phone number in E.164 format to match on and store. Give an email, a phone, or both (Map Automatically also takes them from the input item).',
		},
		recordMapperParameter('contact'),
		readableCustomFieldsParameter('contact'),
	],
	async execute(itemIndex, cache) {
		const locationId = await resolveLocationId(this, itemIndex);
		const fields = await contactFields(this, itemIndex, cache, 'upsert', async () => locationId);
		if (!fields.email && !fields.phone) {
			throw refuse(this, itemIndex, emailParameter, 'an email or a phone to match the contact on');
		}
		const body: IDataObject = { ...fields, locationId };
		const matchKeys = [fields.email, fields.phone]
			.filter(Boolean)
			.map((value) => `${locationId}:${String(value).toLowerCase()}`);
		const response = await serialize(
			cache,
			matchKeys,
			async () =>
				await apiRequest<IDataObject>(this, {
					operation: 'contacts/upsert-contact',
					body,
					itemIndex,
					locationId,
					// Resending matches the contact the first attempt made instead of making another.
				}),
		);
		const contact = (response.contact as IDataObject) ?? {};
		return await addReadableCustomFields(this, itemIndex, cache, 'contact', {
			...contact,
			new: response.new === true,
		});
	},
};
