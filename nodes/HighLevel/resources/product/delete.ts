import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { productIdParameter } from './fields';
import { readId } from '../../shared/read';

export const deleteProduct: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a product',
	description: 'Delete a product permanently',
	calls: ['products/delete-product-by-id'],
	properties: [productIdParameter],
	async execute(itemIndex) {
		const productId = readId(this, itemIndex, productIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'products/delete-product-by-id',
			path: { productId },
			qs: { locationId },
			itemIndex,
			locationId,
		});
		return { id: productId, deleted: true };
	},
};
