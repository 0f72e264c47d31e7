import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { bodyFromFields, fieldsCollection, type FieldSpec } from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';

export const PRODUCT_TYPES = [
	{ name: 'Digital', value: 'DIGITAL' },
	{ name: 'Physical', value: 'PHYSICAL' },
	{ name: 'Physical and Digital', value: 'PHYSICAL/DIGITAL' },
	{ name: 'Service', value: 'SERVICE' },
];

/** The product attributes the node writes (CreateProductDto, UpdateProductDto). */
export const PRODUCT_FIELDS: FieldSpec[] = [
	{ name: 'name', title: 'Name', description: 'Name of the product', check: 'text' },
	{
		name: 'productType',
		title: 'Product Type',
		description: 'Kind of product',
		check: 'text',
		type: 'options',
		options: PRODUCT_TYPES,
	},
	{
		name: 'description',
		title: 'Description',
		description: 'Short description of the product',
		check: 'text',
	},
	{
		name: 'image',
		title: 'Image URL',
		description: 'Address of the product image',
		check: 'text',
		placeholder: 'https://example.com/product.png',
	},
	{
		name: 'statementDescriptor',
		title: 'Statement Descriptor',
		description: 'Text shown on the buyer’s card statement',
		check: 'text',
	},
	{
		name: 'availableInStore',
		title: 'Available in Store',
		description: 'Whether the product is offered in the online store',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'slug',
		title: 'Slug',
		description: 'URL-friendly name of the product in the store, e.g. awesome-product',
		check: 'text',
	},
	{
		name: 'collectionIds',
		title: 'Collection IDs',
		description: 'IDs of the product collections (categories) it belongs to, separated by commas',
		check: 'list',
	},
];

export const productIdParameter = idParameter('productId', 'Product ID', 'ID of the product');

export function productFieldsCollection(
	name: string,
	displayName: string,
	exclude: string[],
	forUpdate = false,
): INodeProperties {
	return fieldsCollection(PRODUCT_FIELDS, name, displayName, exclude, forUpdate);
}

export function productBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	return bodyFromFields(PRODUCT_FIELDS, ctx, itemIndex, values);
}
