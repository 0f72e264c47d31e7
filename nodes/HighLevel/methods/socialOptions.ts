import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { resolveLocationId } from '../shared/location';
import {
	getMany,
	skipLimitBodyPager,
	skipLimitPager,
	wholeListPager,
	type Pager,
} from '../transport/paginate';
import type { ApiRequest } from '../transport/request';

/** What the social planner dropdowns call, for the scope test with shared/lists.ts's. */
export const SOCIAL_LIST_CALLS: readonly OperationKey[] = [
	'social-media-posting/get-account',
	'social-media-posting/get-categories-location-id',
	'social-media-posting/get-tags-location-id',
];

/**
 * social-media-posting.json names no largest page and does not say what an answer's `count`
 * counts (the page or the whole list): 50 a page, and a list ends only with an empty page, so a
 * page HighLevel cut short is not taken for the last one.
 */
const PAGE_SIZE = 50;

/** Every answer of the social planner: `{ success, statusCode, message, results: {…} }`. */
export const resultsOf = (body: IDataObject): IDataObject => (body.results ?? {}) as IDataObject;

/**
 * A post as the node outputs it. n8n marks a failed item with `json.error`, and HighLevel gives
 * every post an `error` (why publishing failed, empty when it did not): it goes out as
 * `publishError`, and only when there is one, so a post is never taken for a failed item.
 */
export function shapePost(post: IDataObject): IDataObject {
	const { error, ...rest } = post;
	return error === undefined || error === null || error === ''
		? rest
		: { ...rest, publishError: error };
}

/** A pager over `results.<key>` that reads on until a page brings nothing. */
function untilEmpty<C>(pager: Pager<C>, cursorAfter: (collected: number) => C): Pager<C> {
	return {
		...pager,
		items: (body) => pager.items(resultsOf(body)),
		next: (_body, _items, _pageSize, collected) => cursorAfter(collected),
	};
}

/** The accounts connected to the planner: the whole list at once, under `results.accounts`. */
export function accountsPager(locationId: string, itemIndex?: number): Pager<never> {
	const pager = wholeListPager(
		{ operation: 'social-media-posting/get-account', path: { locationId }, itemIndex, locationId },
		'accounts',
	);
	return { ...pager, items: (body) => pager.items(resultsOf(body)) };
}

/**
 * Posts: `POST …/posts/list` with the filters, `skip` and `limit` in the body, where the spec
 * types every one of them as text.
 */
export function socialPostsPager(
	locationId: string,
	filters: IDataObject,
	itemIndex?: number,
): Pager<number> {
	const pager = skipLimitBodyPager(
		{
			operation: 'social-media-posting/get-posts',
			path: { locationId },
			body: filters,
			itemIndex,
			locationId,
		},
		'posts',
		PAGE_SIZE,
	);
	return {
		...untilEmpty(pager, (collected) => collected),
		request: (position, pageSize): ApiRequest => {
			const request = pager.request(position, pageSize);
			const body = request.body ?? {};
			return { ...request, body: { ...body, skip: String(body.skip), limit: String(body.limit) } };
		},
	};
}

/** The planner's categories or tags: `skip` + `limit` in the query, under `results.<list>`. */
export function socialTermsPager(
	list: 'categories' | 'tags',
	locationId: string,
	qs: IDataObject = {},
	itemIndex?: number,
): Pager<number> {
	const operation: OperationKey =
		list === 'categories'
			? 'social-media-posting/get-categories-location-id'
			: 'social-media-posting/get-tags-location-id';
	return untilEmpty(
		skipLimitPager({ operation, path: { locationId }, qs, itemIndex, locationId }, list, PAGE_SIZE),
		(collected) => collected,
	);
}

const everything = { returnAll: true, limit: 0 };
const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);
const PLATFORMS: Record<string, string> = {
	facebook: 'Facebook',
	instagram: 'Instagram',
	linkedin: 'LinkedIn',
	google: 'Google Business Profile',
	twitter: 'X (Twitter)',
	tiktok: 'TikTok',
	youtube: 'YouTube',
	pinterest: 'Pinterest',
	threads: 'Threads',
	bluesky: 'Bluesky',
};

/** Dropdowns of the social planner: connected accounts, categories and tags. */
export const socialOptions = {
	async getSocialAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const accounts = await getMany(this, everything, accountsPager(locationId));
		return accounts
			.map((a: IDataObject) => {
				const platform = String(a.platform ?? '');
				return {
					name: `${String(a.name ?? a.id)} (${PLATFORMS[platform] ?? platform})`,
					value: String(a.id),
					description:
						a.isExpired === true ? 'Connection expired: reconnect it in HighLevel' : undefined,
				};
			})
			.sort(byName);
	},
	async getSocialCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const categories = await getMany(this, everything, socialTermsPager('categories', locationId));
		return categories
			.map((c: IDataObject) => ({ name: String(c.name ?? c._id), value: String(c._id ?? c.id) }))
			.sort(byName);
	},
	async getSocialTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const tags = await getMany(this, everything, socialTermsPager('tags', locationId));
		return tags
			.map((t: IDataObject) => ({ name: String(t.tag ?? t._id), value: String(t._id ?? t.id) }))
			.sort(byName);
	},
};
