import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { getMany, wholeListPager, type Pager } from '../transport/paginate';
import { optionsParameter, readHowMany, returnAllAndLimit } from './params';
import { resolveLocationId } from './location';
import { labelOf, optionsOf, type Parameter } from './read';
import * as validate from './validate';
import type { ExecutionCache, OperationDefinition } from './types';

/** What a Get Many's pager gets besides the item: its Filters (unchecked), and the sub-account when it needs one. */
export interface GetManyInput {
	filters: IDataObject;
	/** One of the Filters by name, for a reader of shared/read.ts: its value and its label. */
	filter: (name: string) => Parameter;
	/** The Filters of the spec's `filters` table as the list's query, checked (call it where they are read). */
	query: () => IDataObject;
	location: () => Promise<string>;
	cache: ExecutionCache;
}

/** What a Get Many operation is made of; `getManyOperation` adds Return All, Limit and the paging. */
export interface GetManySpec {
	/** Plural noun in the operation's action: "Get many businesses". */
	many: string;
	/** Operation value, name and action when not `getAll`, "Get Many" and "Get many <many>". */
	value?: string;
	name?: string;
	action?: string;
	/** Fields before Return All and Limit (the record the list belongs to). */
	leading?: INodeProperties[];
	description: string;
	calls: readonly OperationKey[];
	/** Fields after Return All and Limit (filters, sort), and the largest Limit, if any. */
	properties?: INodeProperties[];
	/** The list's Filters as a table: the collection (after `properties`) and `input.query()` come from it. */
	filters?: ListFilter[];
	maxLimit?: number;
	/**
	 * The list's request and HighLevel's list style for it (a pager from transport/paginate),
	 * from the item's checked fields.
	 */
	pager(
		this: IExecuteFunctions,
		itemIndex: number,
		input: GetManyInput,
	): Pager<unknown> | Promise<Pager<unknown>>;
	/** Shapes each listed record (most lists are returned as HighLevel sends them). */
	map?: (record: IDataObject) => IDataObject;
	/** Adds to the records read, once per item (readable custom fields, say). */
	after?(
		this: IExecuteFunctions,
		itemIndex: number,
		records: IDataObject[],
		cache: ExecutionCache,
	): Promise<IDataObject[]>;
}

/** A filter of a Get Many: its option in Filters, and how its value goes into the list's query. */
export interface ListFilter {
	property: INodeProperties;
	read: (ctx: IExecuteFunctions, itemIndex: number, value: unknown) => string | boolean;
	/** Query parameter, when not the property's name. */
	param?: string;
	/** Query parameters that go with the filter whenever it is given. */
	also?: IDataObject;
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

/** The Search Text filter most lists take (`search`, at most 200 characters). */
export const searchFilter = (description: string): ListFilter =>
	textFilter('Search Text', 'search', description, 200);

/** A date filter of a list (Created After…): the day the list's query takes. */
export function dayFilter(name: string, displayName: string, description: string): ListFilter {
	return {
		property: { displayName, name, type: 'dateTime', default: '', description },
		read: (ctx, itemIndex, value) =>
			validate.isoDate(ctx, itemIndex, displayName, value).slice(0, 10),
	};
}

/**
 * A dropdown filter of a list: one of its options' values, exactly. `allowed` is the order errors
 * list them in, when not the options'.
 */
export function optionsFilter(
	displayName: string,
	name: string,
	options: Array<{ name: string; value: string }>,
	defaultValue: string,
	description: string,
	allowed: readonly string[] = options.map((o) => o.value),
): ListFilter {
	return {
		property: optionsParameter(displayName, name, options, defaultValue, description),
		read: (ctx, itemIndex, value) => validate.oneOf(ctx, itemIndex, displayName, value, allowed),
	};
}

/** The item's filters as the list's query, each checked, in the order `filters` lists them. */
export function filterQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: ListFilter[],
	given: IDataObject,
): IDataObject {
	const qs: IDataObject = {};
	for (const filter of filters) {
		const value = given[filter.property.name];
		if (value === undefined || value === '') continue;
		Object.assign(qs, filter.also);
		qs[filter.param ?? filter.property.name] = filter.read(ctx, itemIndex, value);
	}
	const [from, to] = ['startAt', 'endAt'].map((n) => filters.find((f) => f.property.name === n));
	if (from && to && qs.startAt && qs.endAt && String(qs.endAt) < String(qs.startAt)) {
		throw validate.inputError(
			ctx,
			itemIndex,
			to.property.displayName,
			`a day on or after ${from.property.displayName}`,
			given.endAt,
		);
	}
	return qs;
}

/** The Filters collection of a Get Many, its options in alphabetical order as n8n lists them. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** A Get Many operation: Return All or Limit, read and checked before the list's own fields. */
export function getManyOperation(spec: GetManySpec): OperationDefinition {
	const properties = [
		...(spec.leading ?? []),
		...returnAllAndLimit(spec.maxLimit),
		...(spec.properties ?? []),
		...(spec.filters ? [filtersCollection(spec.filters.map((f) => f.property))] : []),
	];
	const filtersProperty = properties.find((p) => p.name === 'filters') ?? {
		displayName: 'Filters',
	};
	return {
		value: spec.value ?? 'getAll',
		name: spec.name ?? 'Get Many',
		action: spec.action ?? `Get many ${spec.many}`,
		description: spec.description,
		calls: spec.calls,
		properties,
		async execute(itemIndex, cache) {
			const howMany = readHowMany(this, itemIndex);
			const filters = (this.getNodeParameter('filters', itemIndex, {}) ?? {}) as IDataObject;
			const filter = optionsOf(filtersProperty, filters);
			const location = async () => await resolveLocationId(this, itemIndex);
			const query = () => filterQuery(this, itemIndex, spec.filters ?? [], filters);
			const pager = await spec.pager.call(this, itemIndex, {
				filters,
				filter,
				query,
				location,
				cache,
			});
			const records = await getMany(this, howMany, pager);
			const shaped = spec.map ? records.map(spec.map) : records;
			return spec.after ? await spec.after.call(this, itemIndex, shaped, cache) : shaped;
		},
	};
}

/**
 * Get Many of a list HighLevel answers whole for the sub-account named in the query (pipelines,
 * workflows, campaigns): Limit is applied to the answer. `query` adds the item's checked filters.
 */
export function locationListOperation(spec: {
	many: string;
	description: string;
	call: OperationKey;
	itemsKey: string;
	properties?: INodeProperties[];
	query?: (this: IExecuteFunctions, itemIndex: number, filters: IDataObject) => IDataObject;
}): OperationDefinition {
	return getManyOperation({
		many: spec.many,
		description: spec.description,
		calls: [spec.call],
		properties: spec.properties,
		async pager(itemIndex, { filters, location }) {
			const extra = spec.query?.call(this, itemIndex, filters) ?? {};
			const locationId = await location();
			return wholeListPager(
				{ operation: spec.call, qs: { locationId, ...extra }, itemIndex, locationId },
				spec.itemsKey,
			);
		},
	});
}
