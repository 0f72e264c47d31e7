import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import {
	alt,
	commonFilters,
	optionsFilter,
	paymentsGet,
	paymentsGetMany,
	textFilter,
} from '../../shared/commerce';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { createFulfillment } from './createFulfillment';
import { orderIdParameter } from './fields';

const get = paymentsGet({
	action: 'Get an order',
	description: 'Retrieve an order with its items, amounts, contact, source and fulfilment status',
	operation: 'payments/get-order-by-id',
	idParameter: orderIdParameter,
	pathParam: 'orderId',
	withAltType: false,
});

const getAll = paymentsGetMany({
	many: 'orders',
	description:
		'List the location’s orders from funnels, the store, invoices and payment links, newest first',
	operation: 'payments/list-orders',
	withAltType: false,
	filters: [
		...commonFilters('orders'),
		optionsFilter(
			'Payment Status',
			'paymentStatus',
			[
				{ name: 'Paid', value: 'paid' },
				{ name: 'Partially Paid', value: 'partially_paid' },
				{ name: 'Refunded', value: 'refunded' },
				{ name: 'Unpaid', value: 'unpaid' },
			],
			'paid',
			'Only orders whose payment is in this state',
			['paid', 'unpaid', 'refunded', 'partially_paid'],
		),
		textFilter('Status', 'status', 'Only orders in this state, e.g. completed', 50, 'completed'),
	],
});

const getFulfillments: OperationDefinition = {
	value: 'getFulfillments',
	name: 'Get Many Fulfillments',
	action: 'Get the fulfillments of an order',
	description: 'List the shipments of an order: items, quantities and tracking',
	calls: ['payments/list-order-fulfillment'],
	properties: [orderIdParameter],
	async execute(itemIndex) {
		const orderId = readId(this, itemIndex, orderIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'payments/list-order-fulfillment',
			path: { orderId },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
		return Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	},
};

export const order: ResourceDefinition = {
	value: 'order',
	name: 'Order',
	description:
		'Orders paid through funnels, the store, invoices and payment links, and their fulfillments',
	defaultOperation: getAll.value,
	operations: [createFulfillment, get, getAll, getFulfillments].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
