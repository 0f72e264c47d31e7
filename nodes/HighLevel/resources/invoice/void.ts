import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt, invoiceIdParameter } from './fields';

export const voidInvoice: OperationDefinition = {
	value: 'void',
	name: 'Void',
	action: 'Void an invoice',
	description: 'Cancel an unpaid invoice so it can no longer be paid; it stays on record as void',
	calls: ['invoices/void-invoice'],
	properties: [invoiceIdParameter],
	async execute(itemIndex) {
		const invoiceId = validate.id(this, itemIndex, 'Invoice ID', this.getNodeParameter('invoiceId', itemIndex));
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, { operation: 'invoices/void-invoice', path: { invoiceId }, body: alt(locationId), itemIndex, locationId });
	},
};
