import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { productIdParameter } from './fields';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Retrieve a product by ID or slug',
	calls: ['products/get-product-by-id'],
	properties: [{ ...productIdParameter, description: 'ID of the product, or its slug' }],
	async execute(itemIndex) {
		const productId = readId(this, itemIndex, productIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'products/get-product-by-id',
			path: { productId },
			qs: { locationId },
			itemIndex,
			locationId,
		});
	},
};
