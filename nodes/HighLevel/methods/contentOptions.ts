import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { resolveLocationId } from '../shared/location';
import {
	getMany,
	offsetLimitPager,
	skipLimitPager,
	totalNumber,
	type Pager,
} from '../transport/paginate';

/** What the content dropdowns (documents, blogs, funnels…) call, for the scope test with shared/lists.ts's. */
export const CONTENT_LIST_CALLS: readonly OperationKey[] = [
	'proposals/list-documents-contracts',
	'funnels/getFunnels',
	'blogs/get-blogs',
	'blogs/get-all-blog-authors-by-location',
	'blogs/get-all-categories-by-location',
	'blogs/get-blog-post',
];

/** blogs.json names no largest `limit`; 50 a page answers quickly. */
export const BLOG_PAGE_SIZE = 50;

/** The location's blogs (skip + limit, under `data`, no total), for Blog › Get Many and the Blog dropdown. */
export function blogsPager(
	locationId: string,
	filters: IDataObject = {},
	itemIndex?: number,
): Pager<number> {
	return skipLimitPager(
		{ operation: 'blogs/get-blogs', qs: { locationId, ...filters }, itemIndex, locationId },
		'data',
		BLOG_PAGE_SIZE,
	);
}

/** The location's blog authors or categories (offset + limit, no total). */
export function blogListPager(
	list: 'authors' | 'categories',
	locationId: string,
	itemIndex?: number,
): Pager<number> {
	const operation: OperationKey =
		list === 'authors'
			? 'blogs/get-all-blog-authors-by-location'
			: 'blogs/get-all-categories-by-location';
	return offsetLimitPager(
		{ operation, qs: { locationId }, itemIndex, locationId },
		list,
		BLOG_PAGE_SIZE,
	);
}

/** The posts of one blog (offset + limit, under `blogs`, no total). */
export function blogPostsPager(
	locationId: string,
	blogId: string,
	filters: IDataObject = {},
	itemIndex?: number,
): Pager<number> {
	return offsetLimitPager(
		{
			operation: 'blogs/get-blog-post',
			qs: { locationId, blogId, ...filters },
			itemIndex,
			locationId,
		},
		'blogs',
		BLOG_PAGE_SIZE,
	);
}

/** The blog an operation has chosen, where the editor can tell (not an expression only an item resolves). */
function chosenBlog(ctx: ILoadOptionsFunctions): string | undefined {
	let value: unknown;
	try {
		value = ctx.getCurrentNodeParameter('blogId');
	} catch {
		value = undefined;
	}
	if (value === undefined) {
		try {
			value = ctx.getNodeParameter('blogId', '');
		} catch {
			value = undefined; // an expression only an item can resolve
		}
	}
	return typeof value === 'string' && value.trim() !== '' && !value.startsWith('=')
		? value.trim()
		: undefined;
}

/** funnels.json names no largest `limit`; 50 funnels a page answers quickly. */
const FUNNELS_PAGE_SIZE = 50;

/**
 * The location's funnels (offset + limit, `count` in the answer), for Funnel › Get Many and the
 * Funnel dropdown. The spec types `funnels` as one object; HighLevel sends the list.
 */
export function funnelsPager(
	locationId: string,
	filters: IDataObject = {},
	itemIndex?: number,
): Pager<number> {
	return offsetLimitPager(
		{ operation: 'funnels/getFunnels', qs: { locationId, ...filters }, itemIndex, locationId },
		'funnels',
		FUNNELS_PAGE_SIZE,
		(body) => (typeof body.count === 'number' ? body.count : undefined),
	);
}

const everything = { returnAll: true, limit: 0 };
const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Dropdowns of the content resources: documents and contracts, blogs and their posts, authors and categories, funnels. */
export const contentOptions = {
	async getDocuments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const documents = await getMany(
			this,
			everything,
			skipLimitPager(
				{ operation: 'proposals/list-documents-contracts', qs: { locationId }, locationId },
				'documents',
				100,
				totalNumber,
			),
		);
		return documents
			.map((d: IDataObject) => {
				const status = Array.isArray(d.status) ? d.status.join(', ') : d.status;
				return {
					name: String(d.name ?? d.documentId),
					value: String(d.documentId ?? d._id),
					description: status ? `Status: ${String(status)}` : undefined,
				};
			})
			.sort(byName);
	},
	async getFunnels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const funnels = await getMany(this, everything, funnelsPager(locationId));
		return funnels
			.map((f: IDataObject) => ({
				name: String(f.name ?? f._id),
				value: String(f._id ?? f.id),
				description: f.type === 'website' ? 'Website' : undefined,
			}))
			.sort(byName);
	},
	async getBlogs(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const blogs = await getMany(this, everything, blogsPager(locationId));
		return blogs
			.map((b: IDataObject) => ({ name: String(b.name ?? b._id), value: String(b._id ?? b.id) }))
			.sort(byName);
	},
	async getBlogAuthors(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const authors = await getMany(this, everything, blogListPager('authors', locationId));
		return authors
			.map((a: IDataObject) => ({ name: String(a.name ?? a._id), value: String(a._id ?? a.id) }))
			.sort(byName);
	},
	async getBlogCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const categories = await getMany(this, everything, blogListPager('categories', locationId));
		return categories
			.map((c: IDataObject) => ({
				name: String(c.label ?? c.name ?? c._id),
				value: String(c._id ?? c.id),
				description: c.urlSlug ? `/${String(c.urlSlug)}` : undefined,
			}))
			.sort(byName);
	},
	/**
	 * The posts of the chosen blog, newest first as HighLevel lists them; with no blog chosen yet
	 * (or one only an item's expression names), the posts of every blog, named after their blog.
	 */
	async getBlogPosts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const chosen = chosenBlog(this);
		const blogs = chosen
			? [{ _id: chosen }]
			: (await getMany(this, everything, blogsPager(locationId))).sort((a, b) =>
					String(a.name).localeCompare(String(b.name)),
				);
		const options: INodePropertyOptions[] = [];
		for (const blog of blogs) {
			const posts = await getMany(this, everything, blogPostsPager(locationId, String(blog._id)));
			for (const p of posts) {
				const title = String(p.title ?? p._id);
				options.push({
					name: chosen ? title : `${String(blog.name)} › ${title}`,
					value: String(p._id ?? p.id),
					description: p.status ? `Status: ${String(p.status)}` : undefined,
				});
			}
		}
		return options;
	},
};
