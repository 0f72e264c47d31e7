import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { getMany, wholeListPager, type Pager } from '../transport/paginate';
import { readHowMany, returnAllAndLimit } from './params';
import { resolveLocationId } from './location';
import { optionsOf, type Parameter } from './read';
import type { ExecutionCache, OperationDefinition } from './types';

/** What a Get Many's pager gets besides the item: its Filters (unchecked), and the sub-account when it needs one. */
export interface GetManyInput {
	filters: IDataObject;
	/** One of the Filters by name, for a reader of shared/read.ts: its value and its label. */
	filter: (name: string) => Parameter;
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

/** A Get Many operation: Return All or Limit, read and checked before the list's own fields. */
export function getManyOperation(spec: GetManySpec): OperationDefinition {
	const filtersProperty = spec.properties?.find((p) => p.name === 'filters') ?? {
		displayName: 'Filters',
	};
	return {
		value: spec.value ?? 'getAll',
		name: spec.name ?? 'Get Many',
		action: spec.action ?? `Get many ${spec.many}`,
		description: spec.description,
		calls: spec.calls,
		properties: [
			...(spec.leading ?? []),
			...returnAllAndLimit(spec.maxLimit),
			...(spec.properties ?? []),
		],
		async execute(itemIndex, cache) {
			const howMany = readHowMany(this, itemIndex);
			const filters = (this.getNodeParameter('filters', itemIndex, {}) ?? {}) as IDataObject;
			const filter = optionsOf(filtersProperty, filters);
			const location = async () => await resolveLocationId(this, itemIndex);
			const pager = await spec.pager.call(this, itemIndex, { filters, filter, location, cache });
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
