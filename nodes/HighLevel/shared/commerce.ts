import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import type { OperationDefinition } from './types';
import {
	dayFilter,
	getManyOperation,
	idFilter,
	optionsFilter,
	searchFilter,
	textFilter,
	type ListFilter,
} from './getMany';

/** The list filters live with getManyOperation; the commerce lists' imports name them here too. */
export { dayFilter, idFilter, optionsFilter, searchFilter, textFilter, type ListFilter };
import * as validate from './validate';
import { readId } from './read';
import { apiRequest } from '../transport/request';
import { offsetLimitPager, totalNumber, type TotalOf } from '../transport/paginate';
import { resolveLocationId } from '../shared/location';

/** The sub-account pair invoices.json and payments.json requests carry (`altType` is always location here). */
export function alt(locationId: string): { altId: string; altType: 'location' } {
	return { altId: locationId, altType: 'location' };
}

/** What the commerce dropdowns (methods/commerceOptions.ts) call, for the scope test with shared/lists.ts's. */
export const COMMERCE_LIST_CALLS: readonly OperationKey[] = [
	'products/list-invoices',
	'products/list-prices-for-product',
	'payments/list-orders',
	'payments/get-order-by-id',
	'payments/list-transactions',
	'payments/list-subscriptions',
	'objects/get-object-by-location-id',
	'objects/get-object-schema-by-key',
	'associations/find-associations',
];

/** The inventory list answers `total: { total }` (typed a bare object in products.json). */
const nestedTotal: TotalOf = (body) => {
	const total = (body.total as IDataObject | undefined)?.total;
	return typeof total === 'number' ? total : undefined;
};

/** payments.json lists answer `{ data, totalCount }`. */
export const totalCount: TotalOf = (body) =>
	typeof body.totalCount === 'number' ? body.totalCount : undefined;

/** A date parameter as the day these APIs take (YYYY-MM-DD). */
export function day(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	return validate.isoDate(ctx, itemIndex, field, value).slice(0, 10);
}

/** Live or test payments only (`paymentMode`). */
export const paymentModeFilter = (what: string): ListFilter =>
	optionsFilter(
		'Payment Mode',
		'paymentMode',
		[
			{ name: 'Live', value: 'live' },
			{ name: 'Test', value: 'test' },
		],
		'live',
		`Only live ${what} or only test ${what}`,
	);

/** Filters every payments list has: contact, creation days, live or test, text. */
export function commonFilters(what: string): ListFilter[] {
	return [
		idFilter('contactId', 'Contact ID', `Only ${what} of this contact`),
		dayFilter('startAt', 'Created After', `Only ${what} made on or after this day`),
		dayFilter('endAt', 'Created Before', `Only ${what} made on or before this day`),
		paymentModeFilter(what),
		searchFilter(`Only ${what} whose name or contact matches this text`),
	];
}

const TOTALS: Record<'totalCount' | 'total' | 'nested', TotalOf> = {
	totalCount,
	total: totalNumber,
	nested: nestedTotal,
};

/**
 * A Get Many of payments.json (and invoices.json, products.json's inventory): offset + limit
 * paging, the sub-account as altId (and altType where the endpoint declares it), the filters the
 * list takes.
 */
export function paymentsGetMany(config: {
	/** Plural noun of the action: "Get many <many>". */
	many: string;
	description: string;
	operation: OperationKey;
	filters: ListFilter[];
	/** payments/list-orders declares no altType. */
	withAltType?: boolean;
	itemsKey?: string;
	/** Where the count is: `totalCount` (payments.json), `total` (estimates), `total: { total }` (inventory). */
	total?: 'totalCount' | 'total' | 'nested';
}): OperationDefinition {
	return getManyOperation({
		many: config.many,
		description: config.description,
		calls: [config.operation],
		filters: config.filters,
		async pager(itemIndex, { query, location }) {
			const qs = query();
			const locationId = await location();
			const where = config.withAltType === false ? { altId: locationId } : alt(locationId);
			return offsetLimitPager(
				{ operation: config.operation, qs: { ...where, ...qs }, itemIndex, locationId },
				config.itemsKey ?? 'data',
				100,
				TOTALS[config.total ?? 'totalCount'],
			);
		},
	});
}

/** A Get by ID of payments.json: the record's ID in the path, the sub-account in the query. */
export function paymentsGet(config: {
	action: string;
	description: string;
	operation: OperationKey;
	idParameter: INodeProperties;
	pathParam: string;
	withAltType: boolean;
}): OperationDefinition {
	return {
		value: 'get',
		name: 'Get',
		action: config.action,
		description: config.description,
		calls: [config.operation],
		properties: [config.idParameter],
		async execute(itemIndex) {
			const id = readId(this, itemIndex, config.idParameter);
			const locationId = await resolveLocationId(this, itemIndex);
			const qs = config.withAltType ? alt(locationId) : { altId: locationId };
			return await apiRequest<IDataObject>(this, {
				operation: config.operation,
				path: { [config.pathParam]: id },
				qs,
				itemIndex,
				locationId,
			});
		},
	};
}

/** A dropdown of a payments record (the latest 100), for its ID parameter. */
export function recordDropdown(
	name: string,
	displayName: string,
	method: string,
	what: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		required: true,
		default: '',
		description: `${what} (the latest 100 are listed). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/**
 * Get and Get Many of a payments record read by ID from a dropdown of the latest ones
 * (subscriptions, transactions): `noun` names the ID parameter, its dropdown method and the
 * actions; the list takes `commonFilters` and the record's own.
 */
export function paymentsRecordOperations(config: {
	noun: 'subscription' | 'transaction';
	get: { description: string; operation: OperationKey };
	getAll: { description: string; operation: OperationKey; filters: ListFilter[] };
}): [OperationDefinition, OperationDefinition] {
	const { noun } = config;
	const Noun = noun[0].toUpperCase() + noun.slice(1);
	const get = paymentsGet({
		action: `Get a ${noun}`,
		...config.get,
		idParameter: recordDropdown(`${noun}Id`, `${Noun} Name or ID`, `get${Noun}s`, `The ${noun}`),
		pathParam: `${noun}Id`,
		withAltType: true,
	});
	const getAll = paymentsGetMany({
		many: `${noun}s`,
		...config.getAll,
		filters: [...commonFilters(`${noun}s`), ...config.getAll.filters],
	});
	return [get, getAll];
}
