import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readRequiredText, readValue, refuse } from '../../shared/read';
import { PRODUCT_TYPES, productBody, productFieldsCollection } from './fields';

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Awesome Product',
	description: 'Name of the product',
};

const productTypeParameter: INodeProperties = {
	displayName: 'Product Type',
	name: 'productType',
	type: 'options',
	options: PRODUCT_TYPES,
	default: 'DIGITAL',
	description: 'Kind of product',
};

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a product',
	description: 'Create a product (add prices to it with Create Price)',
	calls: ['products/create-product'],
	properties: [
		nameProperty,
		productTypeParameter,
		productFieldsCollection('additionalFields', 'Additional Fields', ['name', 'productType']),
	],
	async execute(itemIndex) {
		const name = readRequiredText(this, itemIndex, nameProperty, 'the name of the product');
		const productType = readValue(this, itemIndex, productTypeParameter) as string;
		if (!PRODUCT_TYPES.some((t) => t.value === productType)) {
			throw refuse(
				this,
				itemIndex,
				productTypeParameter,
				`one of ${PRODUCT_TYPES.map((t) => t.value).join(', ')}`,
				productType,
			);
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			name,
			productType,
			...productBody(
				this,
				itemIndex,
				this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			),
			locationId,
		};
		return await apiRequest<IDataObject>(this, {
			operation: 'products/create-product',
			body,
			itemIndex,
			locationId,
		});
	},
};
