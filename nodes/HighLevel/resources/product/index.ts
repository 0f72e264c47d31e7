import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteProduct } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { prices } from './prices';
import { update } from './update';

export const product: ResourceDefinition = {
	value: 'product',
	name: 'Product',
	description: 'Products and their prices, sold through invoices, payment links and the store',
	defaultOperation: create.value,
	operations: [create, deleteProduct, get, getAll, update, ...prices].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
