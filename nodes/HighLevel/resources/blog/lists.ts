import type { IDataObject } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import { readId, readOneOf, readText } from '../../shared/read';
import { blogListPager, blogPostsPager, blogsPager } from '../../methods/contentOptions';
import { POST_STATUSES, blogIdParameter } from './fields';

const searchFilter = (what: string) => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection' as const,
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Search Text',
			name: 'searchTerm',
			type: 'string' as const,
			default: '',
			placeholder: 'webinar',
			description: `Only ${what} whose name contains this text`,
		},
	],
});

export const getAll = getManyOperation({
	many: 'blogs',
	description: 'List the location’s blogs (their names and IDs, which the post operations take)',
	calls: ['blogs/get-blogs'],
	properties: [searchFilter('blogs')],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {};
		if (filters.searchTerm) qs.searchTerm = readText(this, itemIndex, filter('searchTerm'), 200);
		return blogsPager(await location(), qs, itemIndex);
	},
});

const POST_STATUS_VALUES = POST_STATUSES.map((s) => s.value);

export const getPosts = getManyOperation({
	value: 'getPosts',
	name: 'Get Many Posts',
	action: 'Get many blog posts',
	many: 'posts',
	description: 'List the posts of a blog, with their status, slug, author and categories',
	calls: ['blogs/get-blog-post'],
	leading: [blogIdParameter],
	properties: [
		{
			...searchFilter('posts'),
			options: [
				{
					...searchFilter('posts').options[0],
					description: 'Only posts whose title contains this text',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: POST_STATUSES,
					default: 'PUBLISHED',
					description: 'Only posts in this state',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const blogId = readId(this, itemIndex, blogIdParameter);
		const qs: IDataObject = {};
		if (filters.searchTerm) qs.searchTerm = readText(this, itemIndex, filter('searchTerm'), 200);
		if (filters.status !== undefined && filters.status !== '')
			qs.status = readOneOf(this, itemIndex, filter('status'), POST_STATUS_VALUES);
		return blogPostsPager(await location(), blogId, qs, itemIndex);
	},
});

export const getAuthors = getManyOperation({
	value: 'getAuthors',
	name: 'Get Many Authors',
	action: 'Get many blog authors',
	many: 'authors',
	description: 'List the location’s blog authors (the IDs a post’s Author takes)',
	calls: ['blogs/get-all-blog-authors-by-location'],
	async pager(itemIndex, { location }) {
		return blogListPager('authors', await location(), itemIndex);
	},
});

export const getCategories = getManyOperation({
	value: 'getCategories',
	name: 'Get Many Categories',
	action: 'Get many blog categories',
	many: 'categories',
	description: 'List the location’s blog categories (the IDs a post’s Categories take)',
	calls: ['blogs/get-all-categories-by-location'],
	async pager(itemIndex, { location }) {
		return blogListPager('categories', await location(), itemIndex);
	},
});
