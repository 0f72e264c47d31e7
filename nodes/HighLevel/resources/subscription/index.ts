import type { ResourceDefinition } from '../../shared/types';
import {
	commonFilters,
	idFilter,
	paymentsGet,
	paymentsGetMany,
	recordDropdown,
} from '../../shared/commerce';
import * as validate from '../../shared/validate';

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
		{
			property: {
				displayName: 'Source Type',
				name: 'entitySourceType',
				type: 'string',
				default: '',
				placeholder: 'funnel',
				description: 'Only subscriptions from this kind of source, e.g. funnel or membership',
			},
			read: (ctx, itemIndex, value) => validate.text(ctx, itemIndex, 'Source Type', value, 50),
		},
	],
});

export const subscription: ResourceDefinition = {
	value: 'subscription',
	name: 'Subscription',
	description: 'Recurring payments of contacts for products with a recurring price',
	defaultOperation: getAll.value,
	operations: [get, getAll],
};
