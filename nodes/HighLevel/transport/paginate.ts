import type { IDataObject } from 'n8n-workflow';
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
	next(body: IDataObject, items: IDataObject[], pageSize: number, collected: number): Cursor | undefined;
}

export interface HowMany {
	returnAll: boolean;
	limit: number;
}

/** The one paginator: Return All, or stop at Limit, always with the largest page needed. */
export async function getMany<Cursor>(
	ctx: HighLevelContext,
	howMany: HowMany,
	pager: Pager<Cursor>,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	let cursor: Cursor | undefined;
	for (;;) {
		const wanted = howMany.returnAll ? pager.maxPageSize : howMany.limit - results.length;
		const pageSize = Math.max(1, Math.min(pager.maxPageSize, wanted));
		const body = await apiRequest<IDataObject>(ctx, pager.request(cursor, pageSize));
		const items = pager.items(body);
		for (const item of items) {
			results.push(item);
			if (!howMany.returnAll && results.length >= howMany.limit) return results;
		}
		cursor = items.length ? pager.next(body, items, pageSize, results.length) : undefined;
		if (cursor === undefined) return results;
	}
}

function arrayAt(body: IDataObject, key: string): IDataObject[] {
	const value = body[key];
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
