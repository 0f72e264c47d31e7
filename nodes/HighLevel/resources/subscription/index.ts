import type { ResourceDefinition } from '../../shared/types';
import {
	commonFilters,
	idFilter,
	paymentsGet,
	paymentsGetMany,
	recordDropdown,
	textFilter,
} from '../../shared/commerce';

const get = paymentsGet({
	action: 'Get a subscription',
	description: 'Retrieve a recurring payment: amount, schedule, status, product and contact',
	operation: 'payments/get-subscription-by-id',
	idParameter: recordDropdown(
		'subscriptionId',
		'Subscription Name or ID',
		'getSubscriptions',
		'The subscription',
	),
	pathParam: 'subscriptionId',
	withAltType: true,
});

const getAll = paymentsGetMany({
	what: 'subscriptions',
	action: 'Get many subscriptions',
	description: 'List the location’s recurring payments, newest first',
	operation: 'payments/list-subscriptions',
	withAltType: true,
	filters: [
		...commonFilters('subscriptions'),
		idFilter('entityId', 'Paid For ID', 'Only subscriptions of this record (e.g. an order ID)'),
		textFilter(
			'Source Type',
			'entitySourceType',
			'Only subscriptions from this kind of source, e.g. funnel or membership',
			50,
			'funnel',
		),
	],
});

export const subscription: ResourceDefinition = {
	value: 'subscription',
	name: 'Subscription',
	description: 'Recurring payments of contacts for products with a recurring price',
	defaultOperation: getAll.value,
	operations: [get, getAll],
};
