import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt, invoiceIdParameter } from './fields';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an invoice',
	description: 'Retrieve an invoice with its line items, totals, amount paid and amount due',
	calls: ['invoices/get-invoice'],
	properties: [invoiceIdParameter],
	async execute(itemIndex) {
		const invoiceId = readId(this, itemIndex, invoiceIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/get-invoice',
			path: { invoiceId },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
	},
};
