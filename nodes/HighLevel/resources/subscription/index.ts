import type { ResourceDefinition } from '../../shared/types';
import { idFilter, paymentsRecordOperations, textFilter } from '../../shared/commerce';

const [get, getAll] = paymentsRecordOperations({
	noun: 'subscription',
	get: {
		description: 'Retrieve a recurring payment: amount, schedule, status, product and contact',
		operation: 'payments/get-subscription-by-id',
	},
	getAll: {
		description: 'List the location’s recurring payments, newest first',
		operation: 'payments/list-subscriptions',
		filters: [
			idFilter('entityId', 'Paid For ID', 'Only subscriptions of this record (e.g. an order ID)'),
			textFilter(
				'Source Type',
				'entitySourceType',
				'Only subscriptions from this kind of source, e.g. funnel or membership',
				50,
				'funnel',
			),
		],
	},
});

export const subscription: ResourceDefinition = {
	value: 'subscription',
	name: 'Subscription',
	description: 'Recurring payments of contacts for products with a recurring price',
	defaultOperation: getAll.value,
	operations: [get, getAll],
};
