import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { bodyFromFields, fieldsCollection, type FieldSpec } from '../../shared/fieldTable';
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
	{
		name: 'phone',
		title: 'Phone',
		description: 'Phone number in E.164 format, e.g. +14155550123',
		check: 'phone',
		placeholder: '+14155550123',
	},
	{
		name: 'website',
		title: 'Website',
		description: 'Website address of the business',
		check: 'text',
		placeholder: 'https://example.com',
	},
	{ name: 'address', title: 'Address', description: 'Street address', check: 'text' },
	{ name: 'city', title: 'City', description: 'City of the address', check: 'text' },
	{ name: 'state', title: 'State', description: 'State or region of the address', check: 'text' },
	{
		name: 'postalCode',
		title: 'Postal Code',
		description: 'Postal or ZIP code of the address',
		check: 'text',
	},
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
