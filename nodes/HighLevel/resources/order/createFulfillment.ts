import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { alt } from '../../shared/commerce';
import * as money from '../../shared/money';
import * as validate from '../../shared/validate';
import { readBoolean, readId } from '../../shared/read';
import { resolveLocationId } from '../../shared/location';
import { apiRequest } from '../../transport/request';
import { orderIdParameter } from './fields';

const notifyCustomerParameter = {
	displayName: 'Notify Customer',
	name: 'notifyCustomer',
	type: 'boolean' as const,
	default: false,
	description:
		'Whether HighLevel tells the customer that these items have shipped, with the tracking',
};

/** The order's lines to ship, by price, and how many of each. */
function readItems(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const raw = (ctx.getNodeParameter('items', itemIndex, {}) as IDataObject).item;
	const entries = Array.isArray(raw) ? (raw as IDataObject[]) : [];
	if (!entries.length)
		throw validate.inputError(
			ctx,
			itemIndex,
			'Items',
			'at least one item of the order, with the quantity shipped',
		);
	return entries.map((entry, n) => {
		const label = (field: string) => `Items › ${field} (line ${n + 1})`;
		return {
			priceId: validate.id(ctx, itemIndex, label('Item'), entry.priceId ?? ''),
			qty: money.quantity(ctx, itemIndex, label('Quantity'), entry.qty ?? 1),
		};
	});
}

/** A web address the customer can open: http or https. */
function trackingUrl(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown) {
	const text = validate.text(ctx, itemIndex, field, value, 2000);
	if (!text) return '';
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
		throw validate.inputError(
			ctx,
			itemIndex,
			field,
			'a web address such as https://www.fedex.com/…',
			value,
		);
	return text;
}

/** The shipments' tracking: each entry has a tracking number or a tracking URL. */
function readTrackings(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const raw = (ctx.getNodeParameter('trackings', itemIndex, {}) as IDataObject).tracking;
	const entries = Array.isArray(raw) ? (raw as IDataObject[]) : [];
	return entries.map((entry, n) => {
		const label = (field: string) => `Tracking › ${field} (line ${n + 1})`;
		const tracking: IDataObject = {};
		const trackingNumber = validate.text(
			ctx,
			itemIndex,
			label('Tracking Number'),
			entry.trackingNumber ?? '',
			100,
		);
		const shippingCarrier = validate.text(
			ctx,
			itemIndex,
			label('Shipping Carrier'),
			entry.shippingCarrier ?? '',
			100,
		);
		const url = trackingUrl(ctx, itemIndex, label('Tracking URL'), entry.trackingUrl ?? '');
		if (!trackingNumber && !url)
			throw validate.inputError(
				ctx,
				itemIndex,
				label('Tracking Number'),
				'a tracking number or a tracking URL',
				entry.trackingNumber,
			);
		if (trackingNumber) tracking.trackingNumber = trackingNumber;
		if (shippingCarrier) tracking.shippingCarrier = shippingCarrier;
		if (url) tracking.trackingUrl = url;
		return tracking;
	});
}

export const createFulfillment: OperationDefinition = {
	value: 'createFulfillment',
	name: 'Create Fulfillment',
	action: 'Fulfill items of an order',
	description:
		'Record a shipment of an order: which of its items, how many of each, and the carrier’s tracking',
	calls: ['payments/create-order-fulfillment'],
	properties: [
		orderIdParameter,
		{
			displayName: 'Items',
			name: 'items',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			required: true,
			default: {},
			placeholder: 'Add Item',
			description:
				'The order’s items this shipment holds; HighLevel refuses more than is left to ship',
			options: [
				{
					displayName: 'Item',
					name: 'item',
					values: [
						{
							displayName: 'Item Name or ID',
							name: 'priceId',
							type: 'options',
							typeOptions: {
								loadOptionsMethod: 'getOrderItems',
								loadOptionsDependsOn: ['orderId'],
							},
							required: true,
							default: '',
							description:
								'Item of the order, by the ID of the price it was bought at. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Quantity',
							name: 'qty',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 1,
							description: 'How many of this item the shipment holds',
						},
					],
				},
			],
		},
		{
			displayName: 'Tracking',
			name: 'trackings',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Tracking',
			description: 'Carrier tracking of the shipment, one entry per parcel',
			options: [
				{
					displayName: 'Tracking',
					name: 'tracking',
					values: [
						{
							displayName: 'Tracking Number',
							name: 'trackingNumber',
							type: 'string',
							default: '',
							placeholder: '40012345678',
							description: 'Tracking number the carrier gave the parcel',
						},
						{
							displayName: 'Shipping Carrier',
							name: 'shippingCarrier',
							type: 'string',
							default: '',
							placeholder: 'FedEx',
							description: 'Name of the carrier, e.g. FedEx, UPS or DHL',
						},
						{
							displayName: 'Tracking URL',
							name: 'trackingUrl',
							type: 'string',
							default: '',
							placeholder: 'https://www.fedex.com/wtrk/track/?trknbr=40012345678',
							description: 'Web page where the customer follows the parcel',
						},
					],
				},
			],
		},
		notifyCustomerParameter,
	],
	async execute(itemIndex) {
		const orderId = readId(this, itemIndex, orderIdParameter);
		const items = readItems(this, itemIndex);
		const trackings = readTrackings(this, itemIndex);
		const notifyCustomer = readBoolean(this, itemIndex, notifyCustomerParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'payments/create-order-fulfillment',
			path: { orderId },
			body: { ...alt(locationId), trackings, items, notifyCustomer },
			itemIndex,
			locationId,
		});
		return (body.data as IDataObject | undefined) ?? body;
	},
};
