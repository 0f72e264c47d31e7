import type { IDataObject } from 'n8n-workflow';
import type { ApiOperationSpec } from '../../apiSpec/apiSpec';
import type { ApiRequest } from '../../transport/request';
import {
	lastMessageIdPager,
	offsetLimitPager,
	pageLimitPager,
	type Pager,
	searchAfterPager,
	skipLimitPager,
	startAfterDatePager,
	startAfterPager,
} from '../../transport/paginate';

/** The parameters each list style pages with: setting any of them by hand asks for that one page. */
export const PAGE_PARAMETERS: Record<
	NonNullable<ApiOperationSpec['l']>[0],
	{ query: string[]; body: string[] }
> = {
	searchAfter: { query: [], body: ['searchAfter', 'pageLimit', 'page'] },
	startAfter: { query: ['startAfter', 'startAfterId', 'limit'], body: [] },
	startAfterDate: { query: ['startAfterDate', 'limit'], body: [] },
	lastMessageId: { query: ['lastMessageId', 'limit'], body: [] },
	skip: { query: ['skip', 'limit'], body: [] },
	offset: { query: ['offset', 'limit'], body: [] },
	page: { query: ['page', 'limit'], body: [] },
};

/** Where the spec names no array property, the answer's first one holds the items. */
function firstArrayKey(body: IDataObject): string {
	return Object.keys(body).find((k) => Array.isArray(body[k])) ?? '';
}

/**
 * The Pager of transport/paginate.ts for the operation's list style, or undefined when the
 * operation is no list or the user pages it by hand.
 */
export function pagerFor(spec: ApiOperationSpec, base: ApiRequest): Pager<unknown> | undefined {
	if (!spec.l) return undefined;
	const [style, itemsKey, maxPageSize] = spec.l;
	const own = PAGE_PARAMETERS[style];
	if (
		own.query.some((name) => base.qs?.[name] !== undefined) ||
		own.body.some((name) => base.body?.[name] !== undefined)
	) {
		return undefined;
	}
	const key = itemsKey ?? '';
	let pager: Pager<unknown>;
	switch (style) {
		case 'searchAfter':
			pager = searchAfterPager(base, key, maxPageSize) as Pager<unknown>;
			break;
		case 'startAfter':
			pager = startAfterPager(base, key, maxPageSize) as Pager<unknown>;
			break;
		case 'startAfterDate':
			// Only conversations page this way; HighLevel's default order is by last message date.
			pager = startAfterDatePager(base, key, 'lastMessageDate', maxPageSize) as Pager<unknown>;
			break;
		case 'lastMessageId':
			return lastMessageIdPager(base, maxPageSize) as Pager<unknown>;
		case 'skip':
			pager = skipLimitPager(base, key, maxPageSize) as Pager<unknown>;
			break;
		case 'offset':
			pager = offsetLimitPager(base, key, maxPageSize) as Pager<unknown>;
			break;
		case 'page':
			pager = pageLimitPager(base, key, maxPageSize) as Pager<unknown>;
			break;
		default:
			return undefined;
	}
	if (itemsKey) return pager;
	return {
		...pager,
		items: (body) => {
			const value = body[firstArrayKey(body)];
			return Array.isArray(value) ? (value as IDataObject[]) : [];
		},
	};
}
