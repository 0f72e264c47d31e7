import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, optionsFilter, paymentsGetMany, searchFilter } from '../../shared/commerce';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { couponBody, couponIdParameter, couponProperties } from './fields';
import { optionsParameter } from '../../shared/params';
import { readId, readOneOf, readRequiredText } from '../../shared/read';

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a coupon',
	description: 'Create a discount code for checkouts, invoices and subscriptions',
	calls: ['payments/create-coupon'],
	properties: couponProperties,
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body = couponBody(this, itemIndex, locationId);
		return await apiRequest<IDataObject>(this, {
			operation: 'payments/create-coupon',
			body,
			itemIndex,
			locationId,
		});
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a coupon',
	description:
		'Replace a coupon’s settings: every field is set anew, as HighLevel replaces the coupon whole',
	calls: ['payments/update-coupon'],
	properties: [couponIdParameter, ...couponProperties],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, couponIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = { ...couponBody(this, itemIndex, locationId), id };
		return await apiRequest<IDataObject>(this, {
			operation: 'payments/update-coupon',
			body,
			itemIndex,
			locationId,
		});
	},
};

const findByParameter = optionsParameter(
	'Find By',
	'findBy',
	[
		{ name: 'ID', value: 'id' },
		{ name: 'Code', value: 'code' },
	],
	'id',
	'Whether to look the coupon up by its ID or by the code buyers type',
);

const codeParameter: INodeProperties = {
	displayName: 'Code',
	name: 'code',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'SPRING10',
	displayOptions: { show: { findBy: ['code'] } },
	description: 'Code of the coupon',
};

const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a coupon',
	description: 'Retrieve a coupon by its ID or by its code, with its usage count and status',
	calls: ['payments/get-coupon'],
	properties: [
		findByParameter,
		{ ...couponIdParameter, displayOptions: { show: { findBy: ['id'] } } },
		codeParameter,
	],
	async execute(itemIndex) {
		const findBy = readOneOf(this, itemIndex, findByParameter, ['id', 'code'] as const);
		const qs: IDataObject = {};
		if (findBy === 'id') qs.id = readId(this, itemIndex, couponIdParameter);
		else {
			qs.code = readRequiredText(this, itemIndex, codeParameter, 'the code of the coupon', 50);
		}
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'payments/get-coupon',
			qs: { ...alt(locationId), ...qs },
			itemIndex,
			locationId,
		});
	},
};

const deleteCoupon: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a coupon',
	description: 'Delete a coupon permanently; codes already applied stay on their orders',
	calls: ['payments/delete-coupon'],
	properties: [couponIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, couponIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'payments/delete-coupon',
			body: { ...alt(locationId), id },
			itemIndex,
			locationId,
		});
	},
};

const getAll = paymentsGetMany({
	many: 'coupons',
	description: 'List the location’s coupons, by status or text',
	operation: 'payments/list-coupons',
	filters: [
		optionsFilter(
			'Status',
			'status',
			[
				{ name: 'Active', value: 'active' },
				{ name: 'Expired', value: 'expired' },
				{ name: 'Scheduled', value: 'scheduled' },
			],
			'active',
			'Only coupons in this state',
		),
		searchFilter('Only coupons whose name or code contains this text'),
	],
});

export const coupon: ResourceDefinition = {
	value: 'coupon',
	name: 'Coupon',
	description: 'Discount codes for checkouts, invoices and subscriptions',
	defaultOperation: create.value,
	operations: [create, deleteCoupon, get, getAll, update],
};
