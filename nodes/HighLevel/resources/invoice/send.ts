import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt, invoiceIdParameter, liveModeParameter } from './fields';
import { optionsOf, readCollection, readId, readText, readWith } from '../../shared/read';
import { readLiveMode, readSendVia, sendViaParameter } from './document';

/** The user an invoice goes out from (SendInvoiceDto's and Text2PayDto's `userId`). */
export const senderParameter: INodeProperties = {
	displayName: 'Sent By Name or ID',
	name: 'userId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getUsers' },
	required: true,
	default: '',
	description:
		'User of the location the invoice is sent on behalf of; replies and updates go to them. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const sendVia = sendViaParameter('invoice');

const optionsParameter = collectionParameter(
	'options',
	'Options',
	[
		{
			displayName: 'From Email',
			name: 'fromEmail',
			type: 'string',
			default: '',
			placeholder: 'billing@example.com',
			description: 'Address the email comes from (the location’s default when empty)',
		},
		{
			displayName: 'From Name',
			name: 'fromName',
			type: 'string',
			default: '',
			description: 'Sender name of the email (the location’s default when empty)',
		},
	],
	{ placeholder: 'Add Option' },
);

export const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send an invoice',
	description:
		'Send an invoice to its contact by email, text message or both, or mark it sent without sending',
	calls: ['invoices/send-invoice'],
	properties: [invoiceIdParameter, senderParameter, sendVia, liveModeParameter, optionsParameter],
	async execute(itemIndex) {
		const invoiceId = readId(this, itemIndex, invoiceIdParameter);
		const userId = readId(this, itemIndex, senderParameter);
		const action = readSendVia(this, itemIndex, sendVia);
		const liveMode = readLiveMode(this, itemIndex);
		const options = readCollection(this, itemIndex, optionsParameter);
		const option = optionsOf(optionsParameter, options);
		const sentFrom: IDataObject = {};
		if (options.fromEmail)
			sentFrom.fromEmail = readWith(this, itemIndex, option('fromEmail'), validate.email);
		if (options.fromName) sentFrom.fromName = readText(this, itemIndex, option('fromName'));
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = { ...alt(locationId), userId, action, liveMode };
		if (Object.keys(sentFrom).length) body.sentFrom = sentFrom;
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/send-invoice',
			path: { invoiceId },
			body,
			itemIndex,
			locationId,
		});
	},
};
