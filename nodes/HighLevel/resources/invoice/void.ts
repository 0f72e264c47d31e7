import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt, invoiceIdParameter } from './fields';
import { readId } from '../../shared/read';

export const voidInvoice: OperationDefinition = {
	value: 'void',
	name: 'Void',
	action: 'Void an invoice',
	description: 'Cancel an unpaid invoice so it can no longer be paid; it stays on record as void',
	calls: ['invoices/void-invoice'],
	properties: [invoiceIdParameter],
	async execute(itemIndex) {
		const invoiceId = readId(this, itemIndex, invoiceIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/void-invoice',
			path: { invoiceId },
			body: alt(locationId),
			itemIndex,
			locationId,
		});
	},
};
