import {
	dayFilter,
	idFilter,
	optionsFilter,
	paymentModeFilter,
	paymentsGetMany,
	searchFilter,
} from '../../shared/commerce';
import { INVOICE_STATUSES } from './fields';

export const getAll = paymentsGetMany({
	many: 'invoices',
	description:
		'List the location’s invoices, newest issue date first, by status, contact, dates or text',
	operation: 'invoices/list-invoices',
	itemsKey: 'invoices',
	total: 'total',
	filters: [
		optionsFilter('Status', 'status', INVOICE_STATUSES, 'sent', 'Only invoices in this state'),
		idFilter('contactId', 'Contact ID', 'Only invoices billed to this contact'),
		dayFilter('startAt', 'Issued After', 'Only invoices issued on or after this day'),
		dayFilter('endAt', 'Issued Before', 'Only invoices issued on or before this day'),
		searchFilter('Only invoices whose name, number or contact name contains this text'),
		paymentModeFilter('invoices'),
		{
			...optionsFilter(
				'Sort Order',
				'sortOrder',
				[
					{ name: 'Newest Issue Date First', value: 'descend' },
					{ name: 'Oldest Issue Date First', value: 'ascend' },
				],
				'descend',
				'Order of the invoices by issue date',
				['ascend', 'descend'],
			),
			also: { sortField: 'issueDate' },
		},
	],
});
