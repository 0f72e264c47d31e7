import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { productBody, productFieldsCollection, productIdParameter } from './fields';
import { optionsOf, readCollection, readId, refuse } from '../../shared/read';

const updateFields = productFieldsCollection('updateFields', 'Update Fields', [], true);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a product',
	description: 'Change fields of an existing product',
	calls: ['products/update-product-by-id', 'products/get-product-by-id'],
	properties: [productIdParameter, updateFields],
	async execute(itemIndex) {
		const productId = readId(this, itemIndex, productIdParameter);
		const changes = productBody(this, itemIndex, readCollection(this, itemIndex, updateFields));
		if (Object.keys(changes).length === 0) {
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		}
		if (changes.name === '')
			throw refuse(
				this,
				itemIndex,
				optionsOf(updateFields, {})('name'),
				'a new name (a product cannot be without one)',
				'',
			);
		const locationId = await resolveLocationId(this, itemIndex);
		// UpdateProductDto requires name and productType on every update; the product's current
		// values stand in for whichever of them the item does not change.
		let required: IDataObject = {};
		if (!changes.name || !changes.productType) {
			const current = await apiRequest<IDataObject>(this, {
				operation: 'products/get-product-by-id',
				path: { productId },
				qs: { locationId },
				itemIndex,
				locationId,
			});
			required = { name: current.name, productType: current.productType };
		}
		return await apiRequest<IDataObject>(this, {
			operation: 'products/update-product-by-id',
			path: { productId },
			body: { ...required, ...changes, locationId },
			itemIndex,
			locationId,
		});
	},
};
