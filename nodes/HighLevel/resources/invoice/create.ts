import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import * as validate from '../../shared/validate';
import { labelOf, readValue } from '../../shared/read';
import {
	billedDocumentBody,
	billedDocumentProperties,
	type BilledDocument,
	createOperation,
	nameParameter,
	sentTo,
} from './document';
import { day } from './fields';

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

const INVOICE: BilledDocument = {
	contact:
		'ID of the contact billed; the invoice takes their name, email and phone from the contact',
	name: invoiceName,
	noun: 'invoice',
	afterCurrency: [issueDateParameter],
	lines: 'What the invoice bills: at least one line',
	more(ctx, itemIndex, { options, extra }) {
		const issueDate = day(
			ctx,
			itemIndex,
			labelOf(issueDateParameter),
			readValue(ctx, itemIndex, issueDateParameter),
		);
		if (extra.dueDate && String(extra.dueDate) < issueDate)
			throw validate.inputError(
				ctx,
				itemIndex,
				'Due Date',
				'a day on or after the Issue Date',
				options.dueDate,
			);
		return (email) => ({ issueDate, ...sentTo(email) });
	},
};

/** What a new invoice needs, for Create and for Create and Send (Text2Pay). */
export const newInvoiceProperties = billedDocumentProperties(INVOICE);

/** The body of a new invoice (CreateInvoiceDto; Text2PayDto adds to it), read from `newInvoiceProperties`. */
export async function newInvoiceBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): Promise<IDataObject> {
	return await billedDocumentBody(INVOICE, ctx, itemIndex, locationId);
}

export const create = createOperation({
	one: 'an invoice',
	document: INVOICE,
	operation: 'invoices/create-invoice',
	description: 'Create a draft invoice for a contact from line items (send it with Send)',
});
