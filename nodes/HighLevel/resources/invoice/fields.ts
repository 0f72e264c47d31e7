import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { contactIdParameter, idParameter } from '../../shared/params';
import * as money from '../../shared/money';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { day } from '../../shared/commerce';
import { readId } from '../../shared/read';
import { collectionParameter } from '../../shared/fieldTable';

export { alt, day } from '../../shared/commerce';

/** Who the invoice is for, where it is read, and that it is this sub-account's (`altType` is always location). */
export const invoiceIdParameter = idParameter('invoiceId', 'Invoice ID', 'ID of the invoice');

export const INVOICE_STATUSES = [
	{ name: 'Draft', value: 'draft' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Partially Paid', value: 'partially_paid' },
	{ name: 'Payment Processing', value: 'payment_processing' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Void', value: 'void' },
];

export const currencyParameter: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	required: true,
	default: 'USD',
	placeholder: 'USD',
	description:
		'Three-letter ISO 4217 code of the currency every amount of the invoice is in, e.g. USD or EUR',
};

export const liveModeParameter: INodeProperties = {
	displayName: 'Live Mode',
	name: 'liveMode',
	type: 'boolean',
	default: true,
	description:
		'Whether the invoice collects real payments (on) or is a test that only test cards can pay (off)',
};

/**
 * The invoice's lines: each a product and price from the location's catalogue (optional), a name,
 * a unit price in the currency's main unit and a quantity.
 */
export function lineItemsParameter(required: boolean, description: string): INodeProperties {
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		required,
		description,
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
						description: 'More detail shown under the name',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'Consulting hour',
						description: 'What is billed, as shown on the invoice',
					},
					{
						displayName: 'Price Name or ID',
						name: 'priceId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getPrices' },
						default: '',
						description:
							'Price of that product the line uses (optional; needs the product). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Product Name or ID',
						name: 'productId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getProducts' },
						default: '',
						description:
							'Product of the location’s catalogue the line sells (optional). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Quantity',
						name: 'qty',
						type: 'number',
						// Above zero, as the line's check wants (0 would be refused when the node runs).
						typeOptions: { minValue: 0.01 },
						default: 1,
						description: 'How many units are billed; fractions are allowed (1.5 hours)',
					},
					{
						displayName: 'Tax Inclusive',
						name: 'taxInclusive',
						type: 'boolean',
						default: false,
						description: 'Whether the unit price already includes tax',
					},
					{
						displayName: 'Unit Price',
						name: 'amount',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 0,
						placeholder: '49.99',
						description:
							'Price of one unit in the invoice currency’s main unit (19.99, not 1999 cents), at most as many decimals as the currency has',
					},
				],
			},
		],
	};
}

/** The invoice-wide fields Create and Text2Pay share (CreateInvoiceDto, Text2PayDto). */
export function invoiceOptions(
	name: string,
	displayName: string,
	more: INodeProperties[] = [],
	exclude: string[] = [],
): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Business Name',
			name: 'businessName',
			type: 'string',
			default: '',
			description: 'Name of the business issuing the invoice, as printed on it',
		},
		{
			displayName: 'Discount Type',
			name: 'discountType',
			type: 'options',
			options: [
				{ name: 'Percentage', value: 'percentage' },
				{ name: 'Fixed Amount', value: 'fixed' },
			],
			default: 'percentage',
			description:
				'Whether Discount Value is a percentage of the total or an amount in the invoice currency',
		},
		{
			displayName: 'Discount Value',
			name: 'discountValue',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description:
				'Discount off the invoice: a percentage from 0 to 100, or an amount in the currency’s main unit (see Discount Type)',
		},
		{
			displayName: 'Due Date',
			name: 'dueDate',
			type: 'dateTime',
			default: '',
			description: 'Day the payment is due (the issue date when empty)',
		},
		{
			displayName: 'Invoice Number',
			name: 'invoiceNumber',
			type: 'string',
			default: '',
			placeholder: '1001',
			description:
				'Number of the invoice; HighLevel takes the next free number when empty (see Generate Invoice Number)',
		},
		{
			displayName: 'Terms and Notes',
			name: 'termsNotes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Terms and notes printed on the invoice; HTML is allowed',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			placeholder: 'INVOICE',
			description: 'Heading printed on the invoice',
		},
		...more,
	];
	return collectionParameter(
		name,
		displayName,
		options
			.filter((o) => !exclude.includes(o.name))
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	);
}

/**
 * Line Items, checked and shaped as InvoiceItemDto: every amount in `currency`, product and price
 * together. Without the currency (not yet read) amounts are checked as far as any currency allows.
 */
export function readLineItems(
	ctx: IExecuteFunctions,
	itemIndex: number,
	currency: string | undefined,
	required: boolean,
): IDataObject[] | undefined {
	const raw = (ctx.getNodeParameter('lineItems', itemIndex, {}) as IDataObject).item;
	const entries = Array.isArray(raw) ? (raw as IDataObject[]) : [];
	if (!entries.length) {
		if (required)
			throw validate.inputError(
				ctx,
				itemIndex,
				'Line Items',
				'at least one line item with a name, unit price and quantity',
			);
		return undefined;
	}
	return entries.map((entry, n) => {
		const label = (field: string) => `Line Items › ${field} (line ${n + 1})`;
		const name = validate.text(ctx, itemIndex, label('Name'), entry.name ?? '');
		if (!name)
			throw validate.inputError(
				ctx,
				itemIndex,
				label('Name'),
				'what the line bills for',
				entry.name,
			);
		const item: IDataObject = {
			name,
			currency,
			amount: money.amount(ctx, itemIndex, label('Unit Price'), entry.amount ?? 0, currency),
			qty: money.quantity(ctx, itemIndex, label('Quantity'), entry.qty ?? 1),
		};
		const description = validate.text(
			ctx,
			itemIndex,
			label('Description'),
			entry.description ?? '',
		);
		if (description) item.description = description;
		if (entry.productId)
			item.productId = validate.id(ctx, itemIndex, label('Product'), entry.productId);
		if (entry.priceId) {
			if (!item.productId)
				throw validate.inputError(
					ctx,
					itemIndex,
					label('Product'),
					'the product the chosen price belongs to',
					entry.productId,
				);
			item.priceId = validate.id(ctx, itemIndex, label('Price'), entry.priceId);
		}
		// HighLevel's default is exclusive; only an inclusive price is worth saying.
		if (
			entry.taxInclusive !== undefined &&
			validate.boolean(ctx, itemIndex, label('Tax Inclusive'), entry.taxInclusive)
		)
			item.taxInclusive = true;
		return item;
	});
}

/** Discount Type and Value as DiscountDto; a percentage is at most 100. */
export function readDiscount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	currency: string | undefined,
): IDataObject {
	const type = validate.oneOf(
		ctx,
		itemIndex,
		'Discount Type',
		options.discountType ?? 'percentage',
		['percentage', 'fixed'] as const,
	);
	const value =
		options.discountValue === undefined || options.discountValue === '' ? 0 : options.discountValue;
	if (type === 'percentage') {
		const n = money.amount(ctx, itemIndex, 'Discount Value', value, undefined);
		if (n > 100)
			throw validate.inputError(
				ctx,
				itemIndex,
				'Discount Value',
				'a percentage from 0 to 100',
				value,
			);
		return { type, value: n };
	}
	return { type, value: money.amount(ctx, itemIndex, 'Discount Value', value, currency) };
}

/** The optional invoice-wide fields of `invoiceOptions`, checked, as body fields. */
export function readInvoiceOptions(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	const textOf = (key: string, label: string) => {
		const value =
			options[key] === undefined ? '' : validate.text(ctx, itemIndex, label, options[key]);
		if (value) body[key] = value;
	};
	textOf('title', 'Title');
	textOf('termsNotes', 'Terms and Notes');
	if (options.dueDate) body.dueDate = day(ctx, itemIndex, 'Due Date', options.dueDate);
	if (options.invoiceNumber !== undefined && options.invoiceNumber !== '') {
		const number = validate.text(ctx, itemIndex, 'Invoice Number', options.invoiceNumber);
		if (!/^\d{1,12}$/.test(number))
			throw validate.inputError(
				ctx,
				itemIndex,
				'Invoice Number',
				'a whole number such as 1001',
				options.invoiceNumber,
			);
		body.invoiceNumber = number;
	}
	const business =
		options.businessName === undefined
			? ''
			: validate.text(ctx, itemIndex, 'Business Name', options.businessName);
	body.businessDetails = business ? { name: business } : {};
	return body;
}

/**
 * The contact an invoice is billed to, as ContactDetailsDto wants it (ID, name, email, phone),
 * read from the contact itself so the invoice matches what HighLevel knows.
 */
export async function billedContact(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): Promise<{ details: IDataObject; email?: string }> {
	const contactId = readId(ctx, itemIndex, contactIdParameter);
	const { contact } = await apiRequest<{ contact: IDataObject }>(ctx, {
		operation: 'contacts/get-contact',
		path: { contactId },
		itemIndex,
		locationId,
	});
	const name =
		[contact.firstName, contact.lastName].filter(Boolean).join(' ') ||
		String(contact.name ?? contact.email ?? contactId);
	const email = typeof contact.email === 'string' && contact.email ? contact.email : undefined;
	const details: IDataObject = {
		id: contactId,
		name,
		email: email ?? '',
		phoneNo: typeof contact.phone === 'string' ? contact.phone : '',
	};
	if (typeof contact.companyName === 'string' && contact.companyName)
		details.companyName = contact.companyName;
	return { details, email };
}
