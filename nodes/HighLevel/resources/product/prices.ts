import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition } from '../../shared/types';
import { getManyOperation } from '../../shared/getMany';
import { apiRequest } from '../../transport/request';
import { offsetLimitPager, totalNumber } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import { productIdParameter } from './fields';
import { PRODUCT_PAGE_SIZE } from './getAll';
import {
	optionsOf,
	parametersOf,
	readCollection,
	readId,
	readIdList,
	readPositiveInteger,
	readRequiredText,
	readText,
	readValue,
	readWith,
	refuse,
} from '../../shared/read';

function nonNegative(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	integer = false,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
		throw validate.inputError(
			ctx,
			itemIndex,
			field,
			integer ? 'a whole number of 0 or more' : 'a number of 0 or more',
			value,
		);
	}
	return n;
}

const CREATE_PRICE_PROPERTIES: INodeProperties[] = [
	productIdParameter,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Monthly',
		description: 'Name of the price, shown to buyers',
	},
	{
		displayName: 'Type',
		name: 'priceType',
		type: 'options',
		options: [
			{ name: 'One Time', value: 'one_time' },
			{ name: 'Recurring', value: 'recurring' },
		],
		default: 'one_time',
		description: 'Whether the buyer pays once or on a schedule',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: 'USD',
		description: 'Three-letter ISO currency code, e.g. USD',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Price in the currency’s main unit, e.g. 99.99',
	},
	{
		displayName: 'Billing Interval',
		name: 'interval',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'Month', value: 'month' },
			{ name: 'Week', value: 'week' },
			{ name: 'Year', value: 'year' },
		],
		default: 'month',
		displayOptions: { show: { priceType: ['recurring'] } },
		description: 'Unit of the billing schedule',
	},
	{
		displayName: 'Interval Count',
		name: 'intervalCount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		displayOptions: { show: { priceType: ['recurring'] } },
		description: 'How many intervals between payments, e.g. 3 with Month bills quarterly',
	},
	collectionParameter('additionalFields', 'Additional Fields', [
		{
			displayName: 'Compare-at Price',
			name: 'compareAtPrice',
			type: 'number',
			default: 0,
			description: 'Former or list price shown struck through next to the amount',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Short description of the price',
		},
		{
			displayName: 'Setup Fee',
			name: 'setupFee',
			type: 'number',
			default: 0,
			description: 'One-off fee charged with the first payment',
		},
		{
			displayName: 'SKU',
			name: 'sku',
			type: 'string',
			default: '',
			description: 'Stock keeping unit of the price',
		},
		{
			displayName: 'Total Cycles',
			name: 'totalCycles',
			type: 'number',
			default: 1,
			description: 'Number of payments after which a recurring price ends',
		},
		{
			displayName: 'Trial Period (Days)',
			name: 'trialPeriod',
			type: 'number',
			default: 0,
			description: 'Days before the first payment of a recurring price',
		},
	]),
];
const parameter = parametersOf(CREATE_PRICE_PROPERTIES);

const createPrice: OperationDefinition = {
	value: 'createPrice',
	name: 'Create Price',
	action: 'Create a price for a product',
	description: 'Add a one-time or recurring price to a product',
	calls: ['products/create-price-for-product'],
	properties: CREATE_PRICE_PROPERTIES,
	async execute(itemIndex) {
		const productId = readId(this, itemIndex, productIdParameter);
		const name = readRequiredText(this, itemIndex, parameter('name'), 'the name of the price');
		const type = readValue(this, itemIndex, parameter('priceType'));
		if (type !== 'one_time' && type !== 'recurring')
			throw refuse(this, itemIndex, parameter('priceType'), 'one_time or recurring', type);
		const currency = readText(this, itemIndex, parameter('currency')).toUpperCase();
		if (!/^[A-Z]{3}$/.test(currency))
			throw refuse(
				this,
				itemIndex,
				parameter('currency'),
				'a three-letter currency code such as USD',
				currency,
			);
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			name,
			type,
			currency,
			amount: readWith(this, itemIndex, parameter('amount'), nonNegative),
			locationId,
		};
		if (type === 'recurring') {
			const interval = readValue(this, itemIndex, parameter('interval'));
			if (!['day', 'week', 'month', 'year'].includes(interval as string)) {
				throw refuse(this, itemIndex, parameter('interval'), 'day, week, month or year', interval);
			}
			const intervalCount = readPositiveInteger(this, itemIndex, parameter('intervalCount'), 1000);
			body.recurring = { interval, intervalCount } as IDataObject;
		}
		const additionalFields = parameter('additionalFields');
		const additional = readCollection(this, itemIndex, additionalFields);
		const option = optionsOf(additionalFields, additional);
		if (additional.description !== undefined)
			body.description = readText(this, itemIndex, option('description'));
		if (additional.sku !== undefined) body.sku = readText(this, itemIndex, option('sku'));
		if (additional.compareAtPrice !== undefined)
			body.compareAtPrice = readWith(this, itemIndex, option('compareAtPrice'), nonNegative);
		if (additional.setupFee !== undefined)
			body.setupFee = readWith(this, itemIndex, option('setupFee'), nonNegative);
		if (additional.trialPeriod !== undefined)
			body.trialPeriod = readWith(this, itemIndex, option('trialPeriod'), nonNegative, true);
		if (additional.totalCycles !== undefined)
			body.totalCycles = readPositiveInteger(this, itemIndex, option('totalCycles'), 10_000);
		return await apiRequest<IDataObject>(this, {
			operation: 'products/create-price-for-product',
			path: { productId },
			body,
			itemIndex,
			locationId,
		});
	},
};

const getManyPrices = getManyOperation({
	many: 'prices',
	value: 'getAllPrices',
	name: 'Get Many Prices',
	action: 'Get many prices of a product',
	description: 'List the prices of a product',
	calls: ['products/list-prices-for-product'],
	leading: [productIdParameter],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Price IDs',
					name: 'ids',
					type: 'string',
					default: '',
					description: 'Only these prices; IDs separated by commas',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const productId = readId(this, itemIndex, productIdParameter);
		const locationId = await location();
		const qs: IDataObject = { locationId };
		if (filters.ids) {
			const ids = readIdList(this, itemIndex, filter('ids'));
			if (ids.length) qs.ids = ids.join(',');
		}
		return offsetLimitPager(
			{
				operation: 'products/list-prices-for-product',
				path: { productId },
				qs,
				itemIndex,
				locationId,
			},
			'prices',
			PRODUCT_PAGE_SIZE,
			totalNumber,
		);
	},
});

export const prices: OperationDefinition[] = [createPrice, getManyPrices];
