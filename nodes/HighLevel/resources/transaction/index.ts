import type { ResourceDefinition } from '../../shared/types';
import { idFilter, paymentsRecordOperations, textFilter } from '../../shared/commerce';

const [get, getAll] = paymentsRecordOperations({
	noun: 'transaction',
	get: {
		description:
			'Retrieve a payment transaction: amount, refunds, status, payment provider and what it paid for',
		operation: 'payments/get-transaction-by-id',
	},
	getAll: {
		description: 'List the location’s payment transactions, newest first',
		operation: 'payments/list-transactions',
		filters: [
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
	},
});

export const transaction: ResourceDefinition = {
	value: 'transaction',
	name: 'Transaction',
	description: 'Payments taken through HighLevel’s payment providers',
	defaultOperation: getAll.value,
	operations: [get, getAll],
};
