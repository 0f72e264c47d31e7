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
	action: 'Get a transaction',
	description:
		'Retrieve a payment transaction: amount, refunds, status, payment provider and what it paid for',
	operation: 'payments/get-transaction-by-id',
	idParameter: recordDropdown(
		'transactionId',
		'Transaction Name or ID',
		'getTransactions',
		'The transaction',
	),
	pathParam: 'transactionId',
	withAltType: true,
});

const getAll = paymentsGetMany({
	what: 'transactions',
	action: 'Get many transactions',
	description: 'List the location’s payment transactions, newest first',
	operation: 'payments/list-transactions',
	withAltType: true,
	filters: [
		...commonFilters('transactions'),
		idFilter(
			'entityId',
			'Paid For ID',
			'Only transactions paying this record (an order or an invoice ID)',
		),
		idFilter(
			'subscriptionId',
			'Subscription ID',
			'Only transactions of this subscription (its provider ID, e.g. sub_…)',
		),
		textFilter(
			'Source Type',
			'entitySourceType',
			'Only transactions from this kind of source, e.g. funnel, invoice or payment_link',
			50,
			'funnel',
		),
	],
});

export const transaction: ResourceDefinition = {
	value: 'transaction',
	name: 'Transaction',
	description: 'Payments taken through HighLevel’s payment providers',
	defaultOperation: getAll.value,
	operations: [get, getAll],
};
