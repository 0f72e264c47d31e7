import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition } from '../../shared/types';
import * as money from '../../shared/money';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { alt, invoiceIdParameter } from './fields';
import {
	optionsOf,
	parametersOf,
	readCollection,
	readId,
	readOneOf,
	readText,
	readWith,
	refuse,
} from '../../shared/read';

const MODES = ['cash', 'card', 'cheque', 'bank_transfer', 'other'] as const;

const RECORD_PAYMENT_PROPERTIES: INodeProperties[] = [
	invoiceIdParameter,
	{
		displayName: 'Payment Method',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Bank Transfer', value: 'bank_transfer' },
			{ name: 'Card', value: 'card' },
			{ name: 'Cash', value: 'cash' },
			{ name: 'Cheque', value: 'cheque' },
			{ name: 'Other', value: 'other' },
		],
		default: 'cash',
		description: 'How the money was received',
	},
	{
		displayName: 'Card Brand',
		name: 'cardBrand',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Visa',
		displayOptions: { show: { mode: ['card'] } },
		description: 'Brand of the card that paid',
	},
	{
		displayName: 'Card Last 4 Digits',
		name: 'cardLast4',
		type: 'string',
		required: true,
		default: '',
		placeholder: '4242',
		displayOptions: { show: { mode: ['card'] } },
		description: 'Last four digits of the card number (never the whole number)',
	},
	{
		displayName: 'Cheque Number',
		name: 'chequeNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '129-129-129-912',
		displayOptions: { show: { mode: ['cheque'] } },
		description: 'Number of the cheque',
	},
	collectionParameter(
		'options',
		'Options',
		[
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description:
					'Amount received, in the invoice currency’s main unit (19.99, not 1999 cents); the whole amount due when not set. More than is due is refused.',
			},
			{
				displayName: 'Notes',
				name: 'notes',
				type: 'string',
				default: '',
				description: 'Note recorded with the payment',
			},
			{
				displayName: 'Paid At',
				name: 'fulfilledAt',
				type: 'dateTime',
				default: '',
				description: 'When the payment was received (now when empty)',
			},
		],
		{ placeholder: 'Add Option' },
	),
];
const parameter = parametersOf(RECORD_PAYMENT_PROPERTIES);

export const recordPayment: OperationDefinition = {
	value: 'recordPayment',
	name: 'Record Manual Payment',
	action: 'Record a manual payment for an invoice',
	description:
		'Record a payment received outside HighLevel (cash, cheque, bank transfer…) against an invoice; it becomes paid or partially paid',
	calls: ['invoices/record-invoice'],
	properties: RECORD_PAYMENT_PROPERTIES,
	async execute(itemIndex) {
		const invoiceId = readId(this, itemIndex, invoiceIdParameter);
		const mode = readOneOf(this, itemIndex, parameter('mode'), MODES);
		const optionsParameter = parameter('options');
		const options = readCollection(this, itemIndex, optionsParameter);
		const option = optionsOf(optionsParameter, options);
		const locationId = await resolveLocationId(this, itemIndex);
		const notes = options.notes === undefined ? '' : readText(this, itemIndex, option('notes'));
		const body: IDataObject = { ...alt(locationId), mode, notes };
		if (mode === 'card') {
			const brand = readText(this, itemIndex, parameter('cardBrand'));
			if (!brand)
				throw refuse(
					this,
					itemIndex,
					parameter('cardBrand'),
					'the brand of the card, such as Visa',
				);
			const last4 = readText(this, itemIndex, parameter('cardLast4'));
			if (!/^\d{4}$/.test(last4))
				throw refuse(this, itemIndex, parameter('cardLast4'), 'exactly four digits', last4);
			body.card = { brand, last4 };
		}
		if (mode === 'cheque') {
			const number = readText(this, itemIndex, parameter('chequeNumber'));
			if (!number)
				throw refuse(this, itemIndex, parameter('chequeNumber'), 'the number of the cheque');
			body.cheque = { number };
		}
		if (options.amount !== undefined && options.amount !== '') {
			body.amount = readWith(this, itemIndex, option('amount'), money.amount, undefined, {
				positive: true,
			});
		}
		if (options.fulfilledAt)
			body.fulfilledAt = new Date(
				readWith(this, itemIndex, option('fulfilledAt'), validate.isoDate),
			).toISOString();
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/record-invoice',
			path: { invoiceId },
			body,
			itemIndex,
			locationId,
		});
	},
};
