import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import type { OperationDefinition } from './types';
import { readHowMany, returnAllAndLimit } from './params';
import * as validate from './validate';
import { labelOf, readId } from './read';
import { apiRequest } from '../transport/request';
import { getMany, offsetLimitPager, totalNumber, type TotalOf } from '../transport/paginate';
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
	'payments/list-transactions',
	'payments/list-subscriptions',
	'objects/get-object-by-location-id',
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

/** A filter of a payments Get Many: its option, and how its value goes into the query. */
export interface ListFilter {
	property: INodeProperties;
	read: (ctx: IExecuteFunctions, itemIndex: number, value: unknown) => string | boolean;
	/** Query parameter, when not the property's name. */
	param?: string;
}

/** An ID filter of a list (Contact ID, Subscription ID…). */
export const idFilter = (name: string, displayName: string, description: string): ListFilter => ({
	property: {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
		description,
	},
	read: (ctx, itemIndex, value) => validate.id(ctx, itemIndex, displayName, value),
});

/** A free-text filter of a list: text of at most `maxLength` characters, named in errors as in the panel. */
export function textFilter(
	displayName: string,
	name: string,
	description: string,
	maxLength: number,
	placeholder?: string,
): ListFilter {
	const property: INodeProperties = {
		displayName,
		name,
		type: 'string',
		default: '',
		...(placeholder === undefined ? {} : { placeholder }),
		description,
	};
	return {
		property,
		read: (ctx, itemIndex, value) =>
			validate.text(ctx, itemIndex, labelOf(property), value, maxLength),
	};
}

/** Filters every payments list has: contact, creation days, live or test, text. */
export function commonFilters(what: string): ListFilter[] {
	return [
		idFilter('contactId', 'Contact ID', `Only ${what} of this contact`),
		{
			property: {
				displayName: 'Created After',
				name: 'startAt',
				type: 'dateTime',
				default: '',
				description: `Only ${what} made on or after this day`,
			},
			read: (ctx, itemIndex, value) => day(ctx, itemIndex, 'Created After', value),
		},
		{
			property: {
				displayName: 'Created Before',
				name: 'endAt',
				type: 'dateTime',
				default: '',
				description: `Only ${what} made on or before this day`,
			},
			read: (ctx, itemIndex, value) => day(ctx, itemIndex, 'Created Before', value),
		},
		{
			property: {
				displayName: 'Payment Mode',
				name: 'paymentMode',
				type: 'options',
				options: [
					{ name: 'Live', value: 'live' },
					{ name: 'Test', value: 'test' },
				],
				default: 'live',
				description: `Only live ${what} or only test ${what}`,
			},
			read: (ctx, itemIndex, value) =>
				validate.oneOf(ctx, itemIndex, 'Payment Mode', value, ['live', 'test'] as const),
		},
		textFilter(
			'Search Text',
			'search',
			`Only ${what} whose name or contact matches this text`,
			200,
		),
	];
}

/**
 * A Get Many of payments.json: offset + limit paging with `totalCount`, the sub-account as
 * altId (and altType where the endpoint declares it), the filters the list takes.
 */
export function paymentsGetMany(config: {
	what: string;
	action: string;
	description: string;
	operation: OperationKey;
	filters: ListFilter[];
	/** payments/list-orders declares no altType. */
	withAltType: boolean;
	itemsKey?: string;
	/** Where the count is: `totalCount` (payments.json), `total` (estimates), `total: { total }` (inventory). */
	total?: 'totalCount' | 'total' | 'nested';
}): OperationDefinition {
	const options = config.filters
		.map((f) => f.property)
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		value: 'getAll',
		name: 'Get Many',
		action: config.action,
		description: config.description,
		calls: [config.operation],
		properties: [
			...returnAllAndLimit(),
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options,
			},
		],
		async execute(itemIndex) {
			const { returnAll, limit } = readHowMany(this, itemIndex);
			const given = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const qs: IDataObject = {};
			for (const filter of config.filters) {
				const value = given[filter.property.name];
				if (value === undefined || value === '') continue;
				qs[filter.param ?? filter.property.name] = filter.read(this, itemIndex, value);
			}
			if (qs.startAt && qs.endAt && String(qs.endAt) < String(qs.startAt)) {
				throw validate.inputError(
					this,
					itemIndex,
					'Created Before',
					'a day on or after Created After',
					given.endAt,
				);
			}
			const locationId = await resolveLocationId(this, itemIndex);
			const where = config.withAltType ? alt(locationId) : { altId: locationId };
			return await getMany(
				this,
				{ returnAll, limit },
				offsetLimitPager(
					{ operation: config.operation, qs: { ...where, ...qs }, itemIndex, locationId },
					config.itemsKey ?? 'data',
					100,
					config.total === 'total'
						? totalNumber
						: config.total === 'nested'
							? nestedTotal
							: totalCount,
				),
			);
		},
	};
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
