import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt } from './fields';

export const generateNumber: OperationDefinition = {
	value: 'generateNumber',
	name: 'Generate Invoice Number',
	action: 'Generate an invoice number',
	description:
		'Get the next free invoice number of the location, e.g. to print it before creating the invoice',
	calls: ['invoices/generate-invoice-number'],
	properties: [],
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/generate-invoice-number',
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
	},
};
