import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';

export const findDuplicate: OperationDefinition = {
	value: 'findDuplicate',
	name: 'Find Duplicate',
	action: 'Find the duplicate of a contact',
	description:
		'Find the existing contact an email or phone would duplicate, following the location’s duplicate settings',
	calls: ['contacts/get-duplicate-contact', 'locations/get-custom-fields'],
	properties: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			default: '',
			description: 'Email address to look for. Give an email, a phone, or both.',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			placeholder: '+14155550123',
			default: '',
			description: 'Phone number in E.164 format to look for. Give an email, a phone, or both.',
		},
		readableCustomFieldsParameter('contact'),
	],
	async execute(itemIndex, cache) {
		const emailValue = this.getNodeParameter('email', itemIndex, '') as unknown;
		const phoneValue = this.getNodeParameter('phone', itemIndex, '') as unknown;
		const qs: IDataObject = {};
		if (emailValue !== '' && emailValue !== undefined)
			qs.email = validate.email(this, itemIndex, 'Email', emailValue);
		if (phoneValue !== '' && phoneValue !== undefined)
			qs.number = validate.phone(this, itemIndex, 'Phone', phoneValue);
		if (!qs.email && !qs.number) {
			throw validate.inputError(this, itemIndex, 'Email', 'an email or a phone to look for');
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/get-duplicate-contact',
			qs: { locationId, ...qs },
			itemIndex,
			locationId,
		});
		const contact = response.contact as IDataObject | null | undefined;
		return contact
			? {
					found: true,
					...(await addReadableCustomFields(this, itemIndex, cache, 'contact', contact)),
				}
			: { found: false };
	},
};
