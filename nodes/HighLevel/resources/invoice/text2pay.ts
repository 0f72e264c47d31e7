import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { newInvoiceBody, newInvoiceProperties } from './create';
import { senderParameter } from './send';
import { readBoolean, readId } from '../../shared/read';

const sendNowParameter: INodeProperties = {
	displayName: 'Send Now',
	name: 'sendNow',
	type: 'boolean',
	default: true,
	description:
		'Whether to send the invoice to the contact at once (on) or keep it as a draft with a payment link (off)',
};

export const text2pay: OperationDefinition = {
	value: 'text2pay',
	name: 'Create and Send (Text2Pay)',
	action: 'Create and send an invoice',
	description: 'Create an invoice and text or email the contact a link to pay it, in one request',
	calls: ['invoices/text2pay-invoice', 'contacts/get-contact'],
	properties: [...newInvoiceProperties, senderParameter, sendNowParameter],
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const userId = readId(this, itemIndex, senderParameter);
		const sendNow = readBoolean(this, itemIndex, sendNowParameter);
		const body = {
			...(await newInvoiceBody(this, itemIndex, locationId)),
			userId,
			action: sendNow ? 'send' : 'draft',
		};
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/text2pay-invoice',
			body,
			itemIndex,
			locationId,
		});
	},
};
