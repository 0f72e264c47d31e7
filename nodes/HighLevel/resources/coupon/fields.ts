import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { alt } from '../../shared/commerce';
import * as money from '../../shared/money';
import { labelOf, readOneOf, readRequiredText, readValue } from '../../shared/read';
import * as validate from '../../shared/validate';

const couponName: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Spring sale',
	description: 'Name of the coupon, shown in HighLevel',
};

const couponCode: INodeProperties = {
	displayName: 'Code',
	name: 'code',
	type: 'string',
	required: true,
	default: '',
	description: 'What buyers type at checkout, e.g. SPRING10; unique in the location',
};

const discountTypeProperty: INodeProperties = {
	displayName: 'Discount Type',
	name: 'discountType',
	type: 'options',
	options: [
		{ name: 'Percentage', value: 'percentage' },
		{ name: 'Fixed Amount', value: 'amount' },
	],
	default: 'percentage',
	description:
		'Whether Discount Value is a percentage off or an amount off in the location’s currency',
};

const productIdsProperty: INodeProperties = {
	displayName: 'Product Names or IDs',
	name: 'productIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getProducts' },
	default: [],
	description:
		'Products the coupon applies to (all when empty). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const discountValueProperty: INodeProperties = {
	displayName: 'Discount Value',
	name: 'discountValue',
	type: 'number',
	required: true,
	typeOptions: { minValue: 0.01, numberPrecision: 2 },
	default: 10,
	description:
		'Percentage off (above 0, at most 100), or the amount off in the currency’s main unit (19.99, not 1999 cents)',
};

const startDateProperty: INodeProperties = {
	displayName: 'Start Date',
	name: 'startDate',
	type: 'dateTime',
	required: true,
	default: '',
	placeholder: '2026-01-01T00:00:00Z',
	description: 'When the coupon starts to work',
};

/** What a coupon is (CreateCouponParams; UpdateCouponParams repeats it whole, as PUT replaces the coupon). */
export const couponProperties: INodeProperties[] = [
	couponName,
	couponCode,
	discountTypeProperty,
	discountValueProperty,
	startDateProperty,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Apply to Future Payments',
				name: 'applyToFuturePayments',
				type: 'boolean',
				default: true,
				description:
					'Whether the discount also applies to later payments of a subscription, not only the first',
			},
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'When the coupon stops working (never when empty)',
			},
			{
				displayName: 'Future Payments for Months',
				name: 'futureMonths',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					'With Apply to Future Payments: for how many months of a subscription; 0 means forever',
			},
			{
				displayName: 'Once per Customer',
				name: 'limitPerCustomer',
				type: 'boolean',
				default: false,
				description: 'Whether each customer may use the coupon only once',
			},
			productIdsProperty,
			{
				displayName: 'Usage Limit',
				name: 'usageLimit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 100,
				description: 'How many times the coupon can be used in all',
			},
		],
	},
];

const DISCOUNT_TYPES = ['percentage', 'amount'] as const;

/** The coupon body from `couponProperties`, checked: codes without spaces, a percentage at most 100, the end after the start. */
export function couponBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): IDataObject {
	const name = readRequiredText(ctx, itemIndex, couponName, 'a name for the coupon', 200);
	const code = readRequiredText(
		ctx,
		itemIndex,
		couponCode,
		'the code buyers type, such as SPRING10',
		50,
	);
	const discountType = readOneOf(ctx, itemIndex, discountTypeProperty, DISCOUNT_TYPES);
	const value = readValue(ctx, itemIndex, discountValueProperty);
	const valueLabel = labelOf(discountValueProperty);
	const discountValue = money.amount(ctx, itemIndex, valueLabel, value, undefined, {
		positive: true,
	});
	if (discountType === 'percentage' && discountValue > 100)
		throw validate.inputError(
			ctx,
			itemIndex,
			valueLabel,
			'a percentage above 0, at most 100',
			value,
		);
	const startDate = new Date(
		validate.isoDate(
			ctx,
			itemIndex,
			labelOf(startDateProperty),
			readValue(ctx, itemIndex, startDateProperty),
		),
	).toISOString();
	const body: IDataObject = {
		...alt(locationId),
		name,
		code,
		discountType,
		discountValue,
		startDate,
	};
	const extra = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if (extra.endDate) {
		body.endDate = new Date(
			validate.isoDate(ctx, itemIndex, 'End Date', extra.endDate),
		).toISOString();
		if (String(body.endDate) <= startDate)
			throw validate.inputError(
				ctx,
				itemIndex,
				'End Date',
				'a moment after the Start Date',
				extra.endDate,
			);
	}
	if (extra.usageLimit !== undefined)
		body.usageLimit = validate.positiveInteger(
			ctx,
			itemIndex,
			'Usage Limit',
			extra.usageLimit,
			1_000_000_000,
		);
	if (extra.productIds !== undefined) {
		const ids = validate
			.stringList(ctx, itemIndex, labelOf(productIdsProperty), extra.productIds)
			.map((id) => validate.id(ctx, itemIndex, labelOf(productIdsProperty), id));
		if (ids.length) body.productIds = ids;
	}
	if (extra.limitPerCustomer !== undefined)
		body.limitPerCustomer = validate.boolean(
			ctx,
			itemIndex,
			'Once per Customer',
			extra.limitPerCustomer,
		);
	if (extra.applyToFuturePayments !== undefined)
		body.applyToFuturePayments = validate.boolean(
			ctx,
			itemIndex,
			'Apply to Future Payments',
			extra.applyToFuturePayments,
		);
	if (extra.futureMonths !== undefined && extra.futureMonths !== '') {
		const months = Number(extra.futureMonths);
		if (!Number.isInteger(months) || months < 0 || months > 1200)
			throw validate.inputError(
				ctx,
				itemIndex,
				'Future Payments for Months',
				'a whole number of months, 0 for forever',
				extra.futureMonths,
			);
		if (body.applyToFuturePayments === false && months > 0) {
			throw validate.inputError(
				ctx,
				itemIndex,
				'Future Payments for Months',
				'0 when Apply to Future Payments is off',
				extra.futureMonths,
			);
		}
		body.applyToFuturePaymentsConfig = months
			? { type: 'fixed', duration: months, durationType: 'months' }
			: { type: 'forever' };
	}
	return body;
}

export const couponIdParameter: INodeProperties = {
	displayName: 'Coupon ID',
	name: 'couponId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '6578278e879ad2646715ba9c',
	description: 'ID of the coupon',
};
