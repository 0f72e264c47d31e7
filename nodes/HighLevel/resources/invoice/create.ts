import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import * as money from '../../shared/money';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import {
	alt,
	billedContact,
	currencyParameter,
	day,
	invoiceOptions,
	lineItemsParameter,
	liveModeParameter,
	readDiscount,
	readInvoiceOptions,
	readLineItems,
} from './fields';

/** What a new invoice needs, for Create and for Create and Send (Text2Pay). */
export const newInvoiceProperties: INodeProperties[] = [
	{
		...contactIdParameter,
		description:
			'ID of the contact billed; the invoice takes their name, email and phone from the contact',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Website redesign',
		description: 'Internal name of the invoice, used to find it in HighLevel',
	},
	currencyParameter,
	{
		displayName: 'Issue Date',
		name: 'issueDate',
		type: 'dateTime',
		required: true,
		default: '',
		placeholder: '2026-01-31',
		description: 'Day the invoice is issued',
	},
	liveModeParameter,
	lineItemsParameter(true, 'What the invoice bills: at least one line'),
	invoiceOptions('additionalFields', 'Additional Fields'),
];

/** The body of a new invoice (CreateInvoiceDto; Text2PayDto adds to it), read from `newInvoiceProperties`. */
export async function newInvoiceBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): Promise<IDataObject> {
	const name = validate.text(ctx, itemIndex, 'Name', ctx.getNodeParameter('name', itemIndex, ''));
	if (!name) throw validate.inputError(ctx, itemIndex, 'Name', 'a name for the invoice', name);
	const currency = money.currency(
		ctx,
		itemIndex,
		'Currency',
		ctx.getNodeParameter('currency', itemIndex, ''),
	);
	const issueDate = day(
		ctx,
		itemIndex,
		'Issue Date',
		ctx.getNodeParameter('issueDate', itemIndex, ''),
	);
	const liveMode = validate.boolean(
		ctx,
		itemIndex,
		'Live Mode',
		ctx.getNodeParameter('liveMode', itemIndex, true),
	);
	const items = readLineItems(ctx, itemIndex, currency, true) as IDataObject[];
	const options = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const extra = readInvoiceOptions(ctx, itemIndex, options);
	const discount = readDiscount(ctx, itemIndex, options, currency);
	if (extra.dueDate && String(extra.dueDate) < issueDate)
		throw validate.inputError(
			ctx,
			itemIndex,
			'Due Date',
			'a day on or after the Issue Date',
			options.dueDate,
		);
	const { details, email } = await billedContact(ctx, itemIndex, locationId);
	return {
		...alt(locationId),
		name,
		currency,
		items,
		discount,
		contactDetails: details,
		issueDate,
		sentTo: { email: email ? [email] : [] },
		liveMode,
		...extra,
	};
}

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Create a draft invoice for a contact from line items (send it with Send)',
	calls: ['invoices/create-invoice', 'contacts/get-contact'],
	properties: newInvoiceProperties,
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await newInvoiceBody(this, itemIndex, locationId);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/create-invoice',
			body,
			itemIndex,
			locationId,
		});
	},
};
