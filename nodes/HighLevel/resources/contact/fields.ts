import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import {
	addressFields,
	assignedUserField,
	bodyFromFields,
	fieldsCollection,
	phoneField,
	type FieldSpec,
} from '../../shared/fieldTable';

/** Every contact attribute the node writes, once; create, upsert and update build from it. */
export const CONTACT_FIELDS: FieldSpec[] = [
	{
		name: 'firstName',
		title: 'First Name',
		description: 'Given name of the contact',
		check: 'text',
	},
	{
		name: 'lastName',
		title: 'Last Name',
		description: 'Family name of the contact',
		check: 'text',
	},
	{
		name: 'name',
		title: 'Full Name',
		description: 'Full name, when first and last name are not given separately',
		check: 'text',
	},
	{
		name: 'email',
		title: 'Email',
		description: 'Email address of the contact',
		check: 'email',
		placeholder: 'name@example.com',
	},
	phoneField(),
	{
		name: 'companyName',
		title: 'Company Name',
		description: 'Business the contact works for',
		check: 'text',
	},
	...addressFields('address1'),
	{
		name: 'country',
		title: 'Country',
		description: 'Two-letter ISO country code, e.g. US',
		check: 'country',
		placeholder: 'US',
	},
	{
		name: 'website',
		title: 'Website',
		description: 'Website address of the contact',
		check: 'text',
		placeholder: 'https://example.com',
	},
	{
		name: 'timezone',
		title: 'Timezone',
		description: 'IANA time zone, e.g. America/Chicago',
		check: 'text',
		placeholder: 'America/Chicago',
	},
	{
		name: 'gender',
		title: 'Gender',
		description: 'Gender of the contact',
		check: 'text',
		type: 'options',
		options: [
			{ name: 'Female', value: 'female' },
			{ name: 'Male', value: 'male' },
		],
	},
	{
		name: 'dateOfBirth',
		title: 'Date of Birth',
		description: 'Birth date as YYYY-MM-DD',
		check: 'date',
		placeholder: '1990-09-25',
	},
	{
		name: 'source',
		title: 'Source',
		description: 'Where the contact came from, e.g. n8n or a campaign name',
		check: 'text',
	},
	assignedUserField(),
	{
		name: 'tags',
		title: 'Tag Names or IDs',
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		updateDescription:
			'Replaces all tags of the contact. To add or remove single tags, use the Add Tags or Remove Tags operation. Choose from the list, or specify names using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		check: 'list',
		type: 'multiOptions',
		loadOptionsMethod: 'getTags',
	},
	{
		name: 'dnd',
		title: 'Do Not Disturb',
		description: 'Whether to stop all messages to the contact on every channel',
		check: 'boolean',
		type: 'boolean',
	},
];

export function contactFieldsCollection(
	name: string,
	displayName: string,
	exclude: string[],
	forUpdate = false,
): INodeProperties {
	return fieldsCollection(CONTACT_FIELDS, name, displayName, exclude, forUpdate);
}

export function contactBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	return bodyFromFields(CONTACT_FIELDS, ctx, itemIndex, values);
}

/** The contact's email as a parameter of its own (Create, Create or Update, Find Duplicate); each operation words its description. */
export const contactEmailParameter: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@example.com',
	default: '',
	description: 'Email address of the contact',
};
