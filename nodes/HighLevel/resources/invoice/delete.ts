import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt, invoiceIdParameter } from './fields';
import { readId } from '../../shared/read';

export const deleteInvoice: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an invoice',
	description: 'Delete an invoice that has no payments; outputs the invoice as it was',
	calls: ['invoices/delete-invoice'],
	properties: [invoiceIdParameter],
	async execute(itemIndex) {
		const invoiceId = readId(this, itemIndex, invoiceIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/delete-invoice',
			path: { invoiceId },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
	},
};
