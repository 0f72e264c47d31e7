import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactEmailParameter } from './fields';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import { readValue, readWith, refuse } from '../../shared/read';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';

const emailParameter: INodeProperties = {
	...contactEmailParameter,
	description: 'Email address to look for. Give an email, a phone, or both.',
};

const phoneParameter: INodeProperties = {
	displayName: 'Phone',
	name: 'phone',
	type: 'string',
	placeholder: '+14155550123',
	default: '',
	description: 'Phone number in E.164 format to look for. Give an email, a phone, or both.',
};

export const findDuplicate: OperationDefinition = {
	value: 'findDuplicate',
	name: 'Find Duplicate',
	action: 'Find the duplicate of a contact',
	description:
		'Find the existing contact an email or phone would duplicate, following the location’s duplicate settings',
	calls: ['contacts/get-duplicate-contact', 'locations/get-custom-fields'],
	properties: [emailParameter, phoneParameter, readableCustomFieldsParameter('contact')],
	async execute(itemIndex, cache) {
		const given = (property: INodeProperties) => {
			const value = readValue(this, itemIndex, property);
			return value !== '' && value !== undefined;
		};
		const qs: IDataObject = {};
		if (given(emailParameter)) qs.email = readWith(this, itemIndex, emailParameter, validate.email);
		if (given(phoneParameter))
			qs.number = readWith(this, itemIndex, phoneParameter, validate.phone);
		if (!qs.email && !qs.number) {
			throw refuse(this, itemIndex, emailParameter, 'an email or a phone to look for');
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
