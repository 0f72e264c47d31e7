import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import * as money from '../../shared/money';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import {
	alt,
	day,
	invoiceIdParameter,
	invoiceOptions,
	lineItemsParameter,
	readDiscount,
	readInvoiceOptions,
	readLineItems,
} from './fields';
import {
	BUSINESS_KEYS,
	changedDiscount,
	CONTACT_KEYS,
	items,
	keepCurrent,
	withAddress,
} from './carry';
import {
	optionsOf,
	readBoolean,
	readCollection,
	readId,
	readText,
	readWith,
	refuse,
} from '../../shared/read';

const updateFields = invoiceOptions('updateFields', 'Update Fields', [
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'EUR',
		description:
			'New ISO 4217 currency of the invoice; needs Line Items too, as every line is in the invoice’s currency',
	},
	{
		displayName: 'Issue Date',
		name: 'issueDate',
		type: 'dateTime',
		default: '',
		description: 'New day the invoice is issued',
	},
	{
		displayName: 'Live Mode',
		name: 'liveMode',
		type: 'boolean',
		default: true,
		description: 'Whether the invoice collects real payments (on) or test payments (off)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'New internal name of the invoice',
	},
]);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice',
	description:
		'Change a draft or sent invoice that has no payments; Line Items, when given, replace all its lines',
	calls: ['invoices/update-invoice', 'invoices/get-invoice'],
	properties: [
		invoiceIdParameter,
		lineItemsParameter(
			false,
			'New lines of the invoice, replacing all its lines; leave empty to keep them',
		),
		updateFields,
	],
	async execute(itemIndex) {
		const invoiceId = readId(this, itemIndex, invoiceIdParameter);
		const changes = readCollection(this, itemIndex, updateFields);
		const option = optionsOf(updateFields, changes);
		const lineItemsGiven = Array.isArray(
			(this.getNodeParameter('lineItems', itemIndex, {}) as IDataObject).item,
		);
		if (!Object.keys(changes).length && !lineItemsGiven) {
			throw refuse(this, itemIndex, updateFields, 'at least one field or line item to change');
		}
		// Every change is checked before the invoice is read; only what needs its currency waits for it.
		const newCurrency = changes.currency
			? readWith(this, itemIndex, option('currency'), money.currency)
			: undefined;
		const set = readInvoiceOptions(this, itemIndex, changes);
		if (changes.businessName === undefined) delete set.businessDetails;
		if (changes.name !== undefined) {
			set.name = readText(this, itemIndex, option('name'));
			if (!set.name)
				throw refuse(this, itemIndex, option('name'), 'a name for the invoice', changes.name);
		}
		if (changes.issueDate) set.issueDate = readWith(this, itemIndex, option('issueDate'), day);
		if (changes.liveMode !== undefined)
			set.liveMode = readBoolean(this, itemIndex, option('liveMode'));
		const discountChanged =
			changes.discountType !== undefined || changes.discountValue !== undefined;
		if (discountChanged) readDiscount(this, itemIndex, changes, newCurrency);
		const givenItems = readLineItems(this, itemIndex, newCurrency, false);
		if (newCurrency && !givenItems)
			throw refuse(
				this,
				itemIndex,
				option('currency'),
				'Line Items in the new currency along with it',
				changes.currency,
			);

		const locationId = await resolveLocationId(this, itemIndex);
		// PUT replaces the invoice: what does not change is sent as HighLevel has it.
		const current = await apiRequest<IDataObject>(this, {
			operation: 'invoices/get-invoice',
			path: { invoiceId },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
		const currency = newCurrency ?? String(current.currency);
		const body: IDataObject = {
			...alt(locationId),
			name: current.name,
			currency,
			invoiceItems: givenItems
				? (readLineItems(this, itemIndex, currency, false) as IDataObject[])
				: items(current.invoiceItems),
			issueDate: String(current.issueDate ?? '').slice(0, 10),
			dueDate: String(current.dueDate ?? current.issueDate ?? '').slice(0, 10),
			businessDetails: withAddress(current.businessDetails, BUSINESS_KEYS),
			contactDetails: withAddress(current.contactDetails, CONTACT_KEYS),
			liveMode: current.liveMode,
		};
		keepCurrent(current, body, set);
		Object.assign(body, set);
		if (discountChanged)
			body.discount = changedDiscount(
				this,
				itemIndex,
				body.discount as IDataObject | undefined,
				changes,
				currency,
			);
		if (String(body.dueDate) < String(body.issueDate)) {
			throw refuse(
				this,
				itemIndex,
				option('dueDate'),
				'a day on or after the Issue Date',
				body.dueDate,
			);
		}
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/update-invoice',
			path: { invoiceId },
			body,
			itemIndex,
			locationId,
		});
	},
};
