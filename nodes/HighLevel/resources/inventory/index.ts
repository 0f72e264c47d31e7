import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, paymentsGetMany, searchFilter } from '../../shared/commerce';
import { labelOf, readBoolean, readId, readValue } from '../../shared/read';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';

const priceParameter: INodeProperties = {
	displayName: 'Price Name or ID',
	name: 'priceId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getPrices' },
	required: true,
	default: '',
	description:
		'The product price (variant) whose stock to set. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const quantityParameter: INodeProperties = {
	displayName: 'Available Quantity',
	name: 'availableQuantity',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'Units in stock; stock is tracked for the price from now on',
};

const outOfStockParameter: INodeProperties = {
	displayName: 'Sell When Out of Stock',
	name: 'allowOutOfStockPurchases',
	type: 'boolean',
	default: false,
	description: 'Whether buyers may still order when the quantity is 0',
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update the inventory of a price',
	description:
		'Set how many units of a product price are in stock, and whether it sells when none are',
	calls: ['products/update-inventory'],
	properties: [priceParameter, quantityParameter, outOfStockParameter],
	async execute(itemIndex) {
		const priceId = readId(this, itemIndex, priceParameter);
		const raw = readValue(this, itemIndex, quantityParameter);
		const availableQuantity = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
		if (
			typeof availableQuantity !== 'number' ||
			!Number.isInteger(availableQuantity) ||
			availableQuantity < 0
		) {
			throw validate.inputError(
				this,
				itemIndex,
				labelOf(quantityParameter),
				'a whole number of 0 or more',
				raw,
			);
		}
		const allowOutOfStockPurchases = readBoolean(this, itemIndex, outOfStockParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const item = { priceId, availableQuantity, allowOutOfStockPurchases };
		const body = await apiRequest<IDataObject>(this, {
			operation: 'products/update-inventory',
			body: { ...alt(locationId), items: [item] },
			itemIndex,
			locationId,
		});
		return { ...item, updated: body.status === true };
	},
};

const getAll = paymentsGetMany({
	many: 'inventory items',
	description: 'List the stock of every product price that tracks it',
	operation: 'products/get-list-inventory',
	itemsKey: 'inventory',
	total: 'nested',
	filters: [searchFilter('Only prices whose product, name or SKU contains this text')],
});

export const inventory: ResourceDefinition = {
	value: 'inventory',
	name: 'Inventory',
	description: 'Stock of product prices sold in the store',
	defaultOperation: getAll.value,
	operations: [getAll, update],
};
