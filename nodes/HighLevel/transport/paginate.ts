import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { OPERATIONS } from '../apiSpec/operations.generated';
import type { HighLevelContext } from './connection';
import { apiRequest, type ApiRequest } from './request';

/**
 * One list style of HighLevel's: how to ask for a page after a cursor, where the items are,
 * and which cursor the answer leads to (undefined at the end).
 */
export interface Pager<Cursor> {
	maxPageSize: number;
	request(cursor: Cursor | undefined, pageSize: number): ApiRequest;
	items(body: IDataObject): IDataObject[];
	/** `collected` counts every item read so far, this page included. */
	next(
		body: IDataObject,
		items: IDataObject[],
		pageSize: number,
		collected: number,
	): Cursor | undefined;
}

export interface HowMany {
	returnAll: boolean;
	limit: number;
}

/**
 * The one paginator: Return All, or stop at Limit, always with the largest page needed. A list
 * whose cursor comes back again, or whose page brings nothing not seen before, stops with an
 * error instead of asking for the same page without end.
 */
export async function getMany<Cursor>(
	ctx: HighLevelContext,
	howMany: HowMany,
	pager: Pager<Cursor>,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const seenCursors = new Set<string>();
	const seenItems = new Set<string>();
	let cursor: Cursor | undefined;
	for (let page = 1; ; page++) {
		const wanted = howMany.returnAll ? pager.maxPageSize : howMany.limit - results.length;
		const pageSize = Math.max(1, Math.min(pager.maxPageSize, wanted));
		const request = pager.request(cursor, pageSize);
		const body = await apiRequest<IDataObject>(ctx, request);
		const items = pager.items(body);
		let fresh = 0;
		for (const item of items) {
			const identity = identityOf(item);
			if (!seenItems.has(identity)) {
				seenItems.add(identity);
				fresh++;
			}
			results.push(item);
			if (!howMany.returnAll && results.length >= howMany.limit) return results;
		}
		if (page > 1 && items.length && !fresh)
			throw endlessList(ctx, request, 'brought only records it had already sent', results.length);
		cursor = items.length ? pager.next(body, items, pageSize, results.length) : undefined;
		if (cursor === undefined) return results;
		const key = JSON.stringify(cursor);
		if (seenCursors.has(key))
			throw endlessList(ctx, request, 'pointed back at a page already read', results.length);
		seenCursors.add(key);
	}
}

/** What tells one record of a list from another: its ID, or all of it where it has none. */
function identityOf(item: IDataObject): string {
	const id = item.id ?? item._id;
	return typeof id === 'string' || typeof id === 'number' ? `id:${id}` : JSON.stringify(item);
}

function endlessList(
	ctx: HighLevelContext,
	request: ApiRequest,
	what: string,
	read: number,
): NodeOperationError {
	const op = OPERATIONS[request.operation];
	return new NodeOperationError(
		ctx.getNode(),
		`HighLevel’s list repeats itself: the next page ${what}`,
		{
			itemIndex: request.itemIndex,
			description: `Stopped after ${read} records instead of asking for the same page without end. ${op.method} ${op.path}${request.itemIndex === undefined ? '' : ` for item ${request.itemIndex}`} gave the same page twice; try again later, or narrow the list with its filters.`,
		},
	);
}

/** The list at `key` of an answer; `''` when the answer is the list itself (calendar resources, notifications). */
function arrayAt(body: IDataObject, key: string): IDataObject[] {
	const value = key === '' ? body : body[key];
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

/**
 * `POST .../search` with `pageLimit` and a `searchAfter` cursor taken from the last item
 * (contacts, custom object records). Pages past 10,000 records work, unlike `page`.
 */
export function searchAfterPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize = 500,
): Pager<unknown[]> {
	return {
		maxPageSize,
		request: (cursor, pageSize) => ({
			...base,
			body: { ...base.body, pageLimit: pageSize, ...(cursor ? { searchAfter: cursor } : {}) },
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (body, items, pageSize, collected) => {
			// A short page is the last; so is reaching the total HighLevel announced, which saves
			// the empty request after a full last page.
			if (items.length < pageSize) return undefined;
			if (typeof body.total === 'number' && collected >= body.total) return undefined;
			const last = items[items.length - 1].searchAfter;
			return Array.isArray(last) && last.length ? last : undefined;
		},
	};
}

/** Endpoints that answer with the whole list at once; Limit is applied here. */
export function wholeListPager(base: ApiRequest, itemsKey: string): Pager<never> {
	return {
		maxPageSize: Number.MAX_SAFE_INTEGER,
		request: () => base,
		items: (body) => arrayAt(body, itemsKey),
		next: () => undefined,
	};
}

/** Where the next page of a `startAfter` + `startAfterId` list begins. */
export interface StartAfterCursor {
	startAfter: string;
	startAfterId: string;
}

/**
 * `GET` lists that page with `limit` and the `startAfter` + `startAfterId` pair HighLevel puts in
 * the answer's `meta` (`GET /opportunities/search`, the deprecated `GET /contacts/`). The
 * request's own query (filters, location) is sent again on every page; only the cursor changes.
 */
export function startAfterPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize = 100,
): Pager<StartAfterCursor> {
	return {
		maxPageSize,
		request: (cursor, pageSize) => ({
			...base,
			qs: { ...base.qs, limit: pageSize, ...(cursor ?? {}) },
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (body, items, pageSize, collected) => {
			if (items.length < pageSize) return undefined;
			const meta = (body.meta ?? {}) as IDataObject;
			// HighLevel says "no more" with a null next page (and URL) or a total already reached;
			// trusting that saves the empty request after a full last page.
			if (meta.nextPage === null || meta.nextPageUrl === null) return undefined;
			if (typeof meta.total === 'number' && collected >= meta.total) return undefined;
			const startAfter = meta.startAfter;
			const startAfterId = meta.startAfterId;
			if ((typeof startAfter !== 'number' && typeof startAfter !== 'string') || startAfter === '')
				return undefined;
			if (typeof startAfterId !== 'string' || startAfterId === '') return undefined;
			return { startAfter: String(startAfter), startAfterId };
		},
	};
}

/** How many records a list says it holds, where HighLevel says so. */
export type TotalOf = (body: IDataObject) => number | undefined;

/** `total: <number>` at the top of the answer (forms, prices). */
export const totalNumber: TotalOf = (body) =>
	typeof body.total === 'number' ? body.total : undefined;

/**
 * How a list that counts from a position shows its end, where HighLevel gives no total.
 * - `short page`: a page smaller than asked for is the last (the spec states the largest page).
 * - `empty page`: HighLevel may answer fewer than asked for before the end (a largest page it
 *   applies without saying), so only an empty page ends the list; a short page costs one more
 *   request, never a missed record.
 */
export type ListEnd = 'short page' | 'empty page';

/**
 * Lists that count from a position in the query: `skip` + `limit` (businesses, forms) or
 * `offset` + `limit` (products, prices). Every item read so far moves the position, so a Limit
 * smaller than a page and a last partial page both ask for exactly what is left.
 */
function positionPager(
	positionParam: 'skip' | 'offset',
	base: ApiRequest,
	itemsKey: string,
	maxPageSize: number,
	totalOf?: TotalOf,
	end: ListEnd = 'short page',
): Pager<number> {
	return {
		maxPageSize,
		request: (position, pageSize) => ({
			...base,
			qs: { ...base.qs, [positionParam]: position ?? 0, limit: pageSize },
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (body, items, pageSize, collected) => {
			if (end === 'short page' && items.length < pageSize) return undefined;
			// Where HighLevel gives a total, a full last page needs no empty request after it.
			const total = totalOf?.(body);
			if (total !== undefined && collected >= total) return undefined;
			return collected;
		},
	};
}

/**
 * `skip` + `limit` in the body of a POST search (the sub-account's tasks), which answers no total:
 * a short page is the last.
 */
export function skipLimitBodyPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize: number,
): Pager<number> {
	return {
		maxPageSize,
		request: (position, pageSize) => ({
			...base,
			body: { ...base.body, skip: position ?? 0, limit: pageSize },
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (_body, items, pageSize, collected) => (items.length < pageSize ? undefined : collected),
	};
}

/** `skip` + `limit` in the query (businesses, forms). */
export function skipLimitPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize: number,
	totalOf?: TotalOf,
): Pager<number> {
	return positionPager('skip', base, itemsKey, maxPageSize, totalOf);
}

/** `offset` + `limit` in the query (products, prices). */
export function offsetLimitPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize: number,
	totalOf?: TotalOf,
	end?: ListEnd,
): Pager<number> {
	return positionPager('offset', base, itemsKey, maxPageSize, totalOf, end);
}

/**
 * `page` (from 1) + `limit` in the query, answered with `meta: {total, currentPage, nextPage}`
 * (form submissions). Pages are numbered in units of the page size, so it must not change
 * between pages: a second page is only ever asked for after a full first page of
 * maxPageSize (a smaller first page means Limit was met), so later pages use maxPageSize too.
 */
export function pageLimitPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize: number,
): Pager<number> {
	return {
		maxPageSize,
		request: (page, pageSize) => ({
			...base,
			qs: { ...base.qs, page: page ?? 1, limit: page === undefined ? pageSize : maxPageSize },
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (body, items, pageSize, collected) => {
			if (items.length < pageSize) return undefined;
			const meta = (body.meta ?? {}) as IDataObject;
			if (typeof meta.total === 'number' && collected >= meta.total) return undefined;
			if (meta.nextPage === null) return undefined;
			return collected / maxPageSize + 1;
		},
	};
}

/**
 * `GET /conversations/search`: `limit` + `startAfterDate`, which takes the sort value of the last
 * conversation read (HighLevel puts it in each hit's `sort`; the sort field itself when absent).
 * Filters stay in the query of every page; the answer's `total` ends the list without an empty
 * request after a full last page. The spec names no largest `limit`; 100 is what is seen to work.
 */
export function startAfterDatePager(
	base: ApiRequest,
	itemsKey: string,
	sortField: string,
	maxPageSize = 100,
): Pager<number> {
	// The first page's `total` counts every match; it is kept, so the end is found the same way
	// whether later pages count the whole query or only what follows their cursor.
	let total: number | undefined;
	return {
		maxPageSize,
		request: (cursor, pageSize) => ({
			...base,
			qs: {
				...base.qs,
				limit: pageSize,
				...(cursor === undefined ? {} : { startAfterDate: cursor }),
			},
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (body, items, pageSize, collected) => {
			if (total === undefined && typeof body.total === 'number') total = body.total;
			if (items.length < pageSize) return undefined;
			if (total !== undefined && collected >= total) return undefined;
			const last = items[items.length - 1];
			const sort = Array.isArray(last.sort) ? last.sort[0] : undefined;
			return epochMillis(sort ?? last[sortField]);
		},
	};
}

/** A sort value as epoch milliseconds: HighLevel sends numbers, numeric strings or ISO dates. */
function epochMillis(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
	return Number.isFinite(n) ? n : undefined;
}

/**
 * `GET /conversations/{conversationId}/messages`: `limit` + `lastMessageId`, answered with
 * `{lastMessageId, nextPage, messages}`. The spec puts these at the top of the answer; HighLevel
 * nests them under `messages` (its own documentation's example, and live answers), so both are read.
 */
export function lastMessageIdPager(base: ApiRequest, maxPageSize = 100): Pager<string> {
	const pageOf = (body: IDataObject): IDataObject =>
		body.messages && typeof body.messages === 'object' && !Array.isArray(body.messages)
			? (body.messages as IDataObject)
			: body;
	return {
		maxPageSize,
		request: (cursor, pageSize) => ({
			...base,
			qs: { ...base.qs, limit: pageSize, ...(cursor ? { lastMessageId: cursor } : {}) },
		}),
		items: (body) => arrayAt(pageOf(body), 'messages'),
		next: (body, items) => {
			const page = pageOf(body);
			if (page.nextPage !== true) return undefined;
			const cursor = page.lastMessageId ?? items[items.length - 1].id;
			return typeof cursor === 'string' && cursor !== '' ? cursor : undefined;
		},
	};
}

/**
 * `limit` + an opaque `cursor` the answer hands back as `nextCursor` (null or absent at the end):
 * `GET /conversations/messages/export`. Filters and order stay in the query of every page. Pages
 * smaller than `minPageSize` are refused by HighLevel, so a smaller rest is asked for as that.
 */
export function nextCursorPager(
	base: ApiRequest,
	itemsKey: string,
	maxPageSize: number,
	minPageSize = 1,
): Pager<string> {
	return {
		maxPageSize,
		request: (cursor, pageSize) => ({
			...base,
			qs: { ...base.qs, limit: Math.max(minPageSize, pageSize), ...(cursor ? { cursor } : {}) },
		}),
		items: (body) => arrayAt(body, itemsKey),
		next: (body) =>
			typeof body.nextCursor === 'string' && body.nextCursor !== '' ? body.nextCursor : undefined,
	};
}
