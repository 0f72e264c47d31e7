import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { contactIdParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { labelOf, readValue } from '../../shared/read';
import { createOperation, nameParameter, readCurrency, readLiveMode, readName } from './document';
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

const invoiceName = nameParameter(
	'Website redesign',
	'Internal name of the invoice, used to find it in HighLevel',
);

const issueDateParameter: INodeProperties = {
	displayName: 'Issue Date',
	name: 'issueDate',
	type: 'dateTime',
	required: true,
	default: '',
	placeholder: '2026-01-31',
	description: 'Day the invoice is issued',
};

/** What a new invoice needs, for Create and for Create and Send (Text2Pay). */
export const newInvoiceProperties: INodeProperties[] = [
	{
		...contactIdParameter,
		description:
			'ID of the contact billed; the invoice takes their name, email and phone from the contact',
	},
	invoiceName,
	currencyParameter,
	issueDateParameter,
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
	const name = readName(ctx, itemIndex, invoiceName, 'invoice');
	const currency = readCurrency(ctx, itemIndex);
	const issueDate = day(
		ctx,
		itemIndex,
		labelOf(issueDateParameter),
		readValue(ctx, itemIndex, issueDateParameter),
	);
	const liveMode = readLiveMode(ctx, itemIndex);
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

export const create = createOperation({
	one: 'an invoice',
	properties: newInvoiceProperties,
	body: newInvoiceBody,
	operation: 'invoices/create-invoice',
	description: 'Create a draft invoice for a contact from line items (send it with Send)',
});
