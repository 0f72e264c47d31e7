import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import {
	addressFields,
	bodyFromFields,
	fieldsCollection,
	phoneField,
	type FieldSpec,
} from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';

/** Every business attribute HighLevel takes on create and update (CreateBusinessDto, UpdateBusinessDto). */
export const BUSINESS_FIELDS: FieldSpec[] = [
	{ name: 'name', title: 'Name', description: 'Name of the business', check: 'text' },
	{
		name: 'email',
		title: 'Email',
		description: 'Email address of the business',
		check: 'email',
		placeholder: 'info@example.com',
	},
	phoneField(),
	{
		name: 'website',
		title: 'Website',
		description: 'Website address of the business',
		check: 'text',
		placeholder: 'https://example.com',
	},
	...addressFields('address'),
	{
		name: 'country',
		title: 'Country',
		description: 'Country of the address, e.g. US or United States',
		check: 'text',
	},
	{
		name: 'description',
		title: 'Description',
		description: 'What the business does',
		check: 'text',
	},
];

export const businessIdParameter = idParameter('businessId', 'Business ID', 'ID of the business');

export function businessFieldsCollection(
	name: string,
	displayName: string,
	exclude: string[],
	forUpdate = false,
): INodeProperties {
	return fieldsCollection(BUSINESS_FIELDS, name, displayName, exclude, forUpdate);
}

export function businessBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	return bodyFromFields(BUSINESS_FIELDS, ctx, itemIndex, values);
}

/**
 * Create and Update answer `{success, buiseness}` (HighLevel's spelling in
 * UpdateBusinessResponseDto), Get answers `{business}`.
 */
export function unwrapBusiness(response: IDataObject): IDataObject {
	return ((response.buiseness ?? response.business) as IDataObject | undefined) ?? response;
}
