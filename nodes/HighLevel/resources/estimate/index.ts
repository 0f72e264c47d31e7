import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, day, paymentsGetMany, idFilter, textFilter } from '../../shared/commerce';
import { contactIdParameter, idParameter } from '../../shared/params';
import * as money from '../../shared/money';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import {
	billedContact,
	currencyParameter,
	invoiceOptions,
	lineItemsParameter,
	liveModeParameter,
	readDiscount,
	readInvoiceOptions,
	readLineItems,
} from '../invoice/fields';
import { senderParameter } from '../invoice/send';
import { readId } from '../../shared/read';

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

/** What an estimate is; Update repeats it whole (there is no way to read one estimate, and PUT replaces it). */
const estimateProperties: INodeProperties[] = [
	{
		...contactIdParameter,
		description:
			'ID of the contact the estimate is for; it takes their name, email and phone from the contact',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Kitchen remodel',
		description: 'Internal name of the estimate',
	},
	currencyParameter,
	liveModeParameter,
	lineItemsParameter(true, 'What the estimate quotes: at least one line'),
	invoiceOptions(
		'additionalFields',
		'Additional Fields',
		[
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
		NOT_ON_ESTIMATES,
	),
];

async function estimateBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): Promise<IDataObject> {
	const name = validate.text(
		ctx,
		itemIndex,
		'Name',
		ctx.getNodeParameter('name', itemIndex, ''),
		200,
	);
	if (!name) throw validate.inputError(ctx, itemIndex, 'Name', 'a name for the estimate', name);
	const currency = money.currency(
		ctx,
		itemIndex,
		'Currency',
		ctx.getNodeParameter('currency', itemIndex, ''),
	);
	const liveMode = validate.boolean(
		ctx,
		itemIndex,
		'Live Mode',
		ctx.getNodeParameter('liveMode', itemIndex, true),
	);
	const items = readLineItems(ctx, itemIndex, currency, true);
	const options = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const extra = readInvoiceOptions(ctx, itemIndex, options);
	for (const key of NOT_ON_ESTIMATES) delete extra[key];
	const discount = readDiscount(ctx, itemIndex, options, currency);
	if (options.issueDate) extra.issueDate = day(ctx, itemIndex, 'Issue Date', options.issueDate);
	if (options.expiryDate) extra.expiryDate = day(ctx, itemIndex, 'Expiry Date', options.expiryDate);
	if (extra.issueDate && extra.expiryDate && String(extra.expiryDate) < String(extra.issueDate)) {
		throw validate.inputError(
			ctx,
			itemIndex,
			'Expiry Date',
			'a day on or after the Issue Date',
			options.expiryDate,
		);
	}
	const { details, email } = await billedContact(ctx, itemIndex, locationId);
	return {
		...alt(locationId),
		name,
		currency,
		liveMode,
		items,
		discount,
		contactDetails: details,
		sentTo: { email: email ? [email] : [] },
		// One estimate, not a recurring series.
		frequencySettings: { enabled: false },
		...extra,
	};
}

function estimateId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, itemIndex, estimateIdParameter);
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an estimate',
	description: 'Create a draft estimate (quote) for a contact from line items',
	calls: ['invoices/create-new-estimate', 'contacts/get-contact'],
	properties: estimateProperties,
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await estimateBody(this, itemIndex, locationId);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/create-new-estimate',
			body,
			itemIndex,
			locationId,
		});
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an estimate',
	description:
		'Replace an estimate’s contact, lines and fields: every field is set anew, as HighLevel replaces the estimate whole',
	calls: ['invoices/update-estimate', 'contacts/get-contact'],
	properties: [estimateIdParameter, ...estimateProperties],
	async execute(itemIndex) {
		const id = estimateId(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await estimateBody(this, itemIndex, locationId);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/update-estimate',
			path: { estimateId: id },
			body,
			itemIndex,
			locationId,
		});
	},
};

const deleteEstimate: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an estimate',
	description: 'Delete an estimate; outputs it as it was',
	calls: ['invoices/delete-estimate'],
	properties: [estimateIdParameter],
	async execute(itemIndex) {
		const id = estimateId(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/delete-estimate',
			path: { estimateId: id },
			body: alt(locationId),
			itemIndex,
			locationId,
		});
	},
};

const CHANNELS = ['email', 'sms', 'sms_and_email', 'send_manually'] as const;

const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send an estimate',
	description:
		'Send an estimate to its contact by email, text message or both, or mark it sent without sending',
	calls: ['invoices/send-estimate'],
	properties: [
		estimateIdParameter,
		senderParameter,
		{
			displayName: 'Send Via',
			name: 'action',
			type: 'options',
			options: [
				{ name: 'Email', value: 'email' },
				{ name: 'Text Message', value: 'sms' },
				{ name: 'Email and Text Message', value: 'sms_and_email' },
				{ name: 'Mark as Sent (Do Not Send)', value: 'send_manually' },
			],
			default: 'email',
			description: 'How the contact receives the estimate link',
		},
		liveModeParameter,
	],
	async execute(itemIndex) {
		const id = estimateId(this, itemIndex);
		const userId = readId(this, itemIndex, senderParameter);
		const action = validate.oneOf(
			this,
			itemIndex,
			'Send Via',
			this.getNodeParameter('action', itemIndex, 'email'),
			CHANNELS,
		);
		const liveMode = validate.boolean(
			this,
			itemIndex,
			'Live Mode',
			this.getNodeParameter('liveMode', itemIndex, true),
		);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = { ...alt(locationId), userId, action, liveMode };
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/send-estimate',
			path: { estimateId: id },
			body,
			itemIndex,
			locationId,
		});
	},
};

const createInvoice: OperationDefinition = {
	value: 'createInvoice',
	name: 'Create Invoice From Estimate',
	action: 'Create an invoice from an estimate',
	description:
		'Turn an accepted estimate into a draft invoice with the same contact and lines; outputs both',
	calls: ['invoices/create-invoice-from-estimate'],
	properties: [
		estimateIdParameter,
		{
			displayName: 'Mark as Invoiced',
			name: 'markAsInvoiced',
			type: 'boolean',
			default: true,
			description:
				'Whether the estimate is marked invoiced, so it cannot be invoiced or changed again',
		},
	],
	async execute(itemIndex) {
		const id = estimateId(this, itemIndex);
		const markAsInvoiced = validate.boolean(
			this,
			itemIndex,
			'Mark as Invoiced',
			this.getNodeParameter('markAsInvoiced', itemIndex, true),
		);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = { ...alt(locationId), markAsInvoiced };
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/create-invoice-from-estimate',
			path: { estimateId: id },
			body,
			itemIndex,
			locationId,
		});
	},
};

const getAll = paymentsGetMany({
	what: 'estimates',
	action: 'Get many estimates',
	description: 'List the location’s estimates, newest first, by status, contact or text',
	operation: 'invoices/list-estimates',
	withAltType: true,
	itemsKey: 'estimates',
	total: 'total',
	filters: [
		idFilter('contactId', 'Contact ID', 'Only estimates for this contact'),
		textFilter('Search Text', 'search', 'Only estimates whose name contains this text', 200),
		{
			property: {
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: ESTIMATE_STATUSES,
				default: 'sent',
				description: 'Only estimates in this state',
			},
			read: (ctx, itemIndex, value) =>
				validate.oneOf(
					ctx,
					itemIndex,
					'Status',
					value,
					ESTIMATE_STATUSES.map((s) => s.value),
				),
		},
	],
});

export const estimate: ResourceDefinition = {
	value: 'estimate',
	name: 'Estimate',
	description: 'Quotes for contacts that become invoices once accepted',
	defaultOperation: create.value,
	operations: [create, createInvoice, deleteEstimate, getAll, send, update],
};
