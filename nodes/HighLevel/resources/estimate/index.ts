import type { INodeProperties } from 'n8n-workflow';
import type { ResourceDefinition } from '../../shared/types';
import {
	alt,
	day,
	idFilter,
	optionsFilter,
	paymentsGetMany,
	searchFilter,
} from '../../shared/commerce';
import { idParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { liveModeParameter } from '../invoice/fields';
import {
	type BilledDocument,
	createAndUpdate,
	nameParameter,
	readLiveMode,
	readSendVia,
	sendViaParameter,
	sentTo,
} from '../invoice/document';
import { senderParameter } from '../invoice/send';
import { readBoolean, readId } from '../../shared/read';
import { recordOperation } from '../../shared/recordOperation';

const estimateIdParameter = idParameter('estimateId', 'Estimate ID', 'ID of the estimate');
const NOT_ON_ESTIMATES = ['dueDate', 'invoiceNumber'];

const ESTIMATE_STATUSES = [
	{ name: 'Accepted', value: 'accepted' },
	{ name: 'Declined', value: 'declined' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Invoiced', value: 'invoiced' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Viewed', value: 'viewed' },
];

const estimateName = nameParameter('Kitchen remodel', 'Internal name of the estimate');

/** What an estimate is; Update repeats it whole (there is no way to read one estimate, and PUT replaces it). */
const ESTIMATE: BilledDocument = {
	contact:
		'ID of the contact the estimate is for; it takes their name, email and phone from the contact',
	name: estimateName,
	noun: 'estimate',
	maxLength: 200,
	lines: 'What the estimate quotes: at least one line',
	options: [
		{
			displayName: 'Issue Date',
			name: 'issueDate',
			type: 'dateTime',
			default: '',
			description: 'Day the estimate is issued (today when empty)',
		},
		{
			displayName: 'Expiry Date',
			name: 'expiryDate',
			type: 'dateTime',
			default: '',
			description: 'Last day the estimate can be accepted',
		},
	],
	omit: NOT_ON_ESTIMATES,
	more(ctx, itemIndex, { options, extra }) {
		if (options.issueDate) extra.issueDate = day(ctx, itemIndex, 'Issue Date', options.issueDate);
		if (options.expiryDate)
			extra.expiryDate = day(ctx, itemIndex, 'Expiry Date', options.expiryDate);
		if (extra.issueDate && extra.expiryDate && String(extra.expiryDate) < String(extra.issueDate)) {
			throw validate.inputError(
				ctx,
				itemIndex,
				'Expiry Date',
				'a day on or after the Issue Date',
				options.expiryDate,
			);
		}
		// One estimate, not a recurring series.
		return (email) => ({ ...sentTo(email), frequencySettings: { enabled: false } });
	},
};

const { create, update } = createAndUpdate({
	one: 'an estimate',
	document: ESTIMATE,
	id: { parameter: estimateIdParameter, path: 'estimateId' },
	create: {
		operation: 'invoices/create-new-estimate',
		description: 'Create a draft estimate (quote) for a contact from line items',
	},
	update: {
		operation: 'invoices/update-estimate',
		description:
			'Replace an estimate’s contact, lines and fields: every field is set anew, as HighLevel replaces the estimate whole',
	},
});

const deleteEstimate = recordOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an estimate',
	description: 'Delete an estimate; outputs it as it was',
	operation: 'invoices/delete-estimate',
	id: { parameter: estimateIdParameter, path: 'estimateId' },
	location: { in: 'body', as: alt },
});

const sendVia = sendViaParameter('estimate');

const send = recordOperation({
	value: 'send',
	name: 'Send',
	action: 'Send an estimate',
	description:
		'Send an estimate to its contact by email, text message or both, or mark it sent without sending',
	operation: 'invoices/send-estimate',
	id: { parameter: estimateIdParameter, path: 'estimateId' },
	location: { in: 'body', as: alt },
	more: {
		properties: [senderParameter, sendVia, liveModeParameter],
		read: (ctx, itemIndex) => ({
			userId: readId(ctx, itemIndex, senderParameter),
			action: readSendVia(ctx, itemIndex, sendVia),
			liveMode: readLiveMode(ctx, itemIndex),
		}),
	},
});

const markAsInvoicedParameter: INodeProperties = {
	displayName: 'Mark as Invoiced',
	name: 'markAsInvoiced',
	type: 'boolean',
	default: true,
	description: 'Whether the estimate is marked invoiced, so it cannot be invoiced or changed again',
};

const createInvoice = recordOperation({
	value: 'createInvoice',
	name: 'Create Invoice From Estimate',
	action: 'Create an invoice from an estimate',
	description:
		'Turn an accepted estimate into a draft invoice with the same contact and lines; outputs both',
	operation: 'invoices/create-invoice-from-estimate',
	id: { parameter: estimateIdParameter, path: 'estimateId' },
	location: { in: 'body', as: alt },
	more: {
		properties: [markAsInvoicedParameter],
		read: (ctx, itemIndex) => ({
			markAsInvoiced: readBoolean(ctx, itemIndex, markAsInvoicedParameter),
		}),
	},
});

const getAll = paymentsGetMany({
	many: 'estimates',
	description: 'List the location’s estimates, newest first, by status, contact or text',
	operation: 'invoices/list-estimates',
	itemsKey: 'estimates',
	total: 'total',
	filters: [
		idFilter('contactId', 'Contact ID', 'Only estimates for this contact'),
		searchFilter('Only estimates whose name contains this text'),
		optionsFilter('Status', 'status', ESTIMATE_STATUSES, 'sent', 'Only estimates in this state'),
	],
});

export const estimate: ResourceDefinition = {
	value: 'estimate',
	name: 'Estimate',
	description: 'Quotes for contacts that become invoices once accepted',
	defaultOperation: create.value,
	operations: [create, createInvoice, deleteEstimate, getAll, send, update],
};
