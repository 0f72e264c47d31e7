import type { IDataObject } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { assertAfter } from '../../shared/dates';
import * as validate from '../../shared/validate';
import { labelOf, readBoolean, readOneOf, readText, readWith } from '../../shared/read';
import { POST_FIELDS, POST_TYPES, checkIds } from './fields';
import {
	accountsPager,
	shapePost,
	socialPostsPager,
	socialTermsPager,
} from '../../methods/socialOptions';

export const getAccounts = getManyOperation({
	value: 'getAccounts',
	name: 'Get Many Accounts',
	action: 'Get many social accounts',
	many: 'accounts',
	description:
		'List the social accounts connected to the planner (their IDs are what posts are made on)',
	calls: ['social-media-posting/get-account'],
	async pager(itemIndex, { location }) {
		return accountsPager(await location(), itemIndex);
	},
});

/** What Get Many Posts' Status filter takes (HighLevel's `type`). */
const POST_STATES = [
	{ name: 'All', value: 'all' },
	{ name: 'Deleted', value: 'deleted' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Failed', value: 'failed' },
	{ name: 'In Progress', value: 'in_progress' },
	{ name: 'In Review', value: 'in_review' },
	{ name: 'Published', value: 'published' },
	{ name: 'Recent', value: 'recent' },
	{ name: 'Scheduled', value: 'scheduled' },
];

/**
 * HighLevel requires a date range; without one, every post HighLevel can hold falls in it (the
 * social planner started long after the first, and schedules nothing as far as the last).
 */
const EARLIEST = '2000-01-01T00:00:00.000Z';
const LATEST = '2100-01-01T00:00:00.000Z';

const postFilters = collectionParameter(
	'filters',
	'Filters',
	[
		{
			...POST_FIELDS.property('accountIds'),
			description:
				'Only posts on these accounts. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'From Date',
			name: 'fromDate',
			type: 'dateTime',
			default: '',
			placeholder: '2026-01-01T00:00:00Z',
			description: 'Only posts dated (scheduled or posted) at or after this moment',
		},
		{
			displayName: 'Include Users',
			name: 'includeUsers',
			type: 'boolean',
			default: false,
			description: 'Whether to add the details of the user who made each post',
		},
		{
			displayName: 'Post Type',
			name: 'postType',
			type: 'options',
			options: POST_TYPES,
			default: 'post',
			description: 'Only feed posts, reels or stories',
		},
		{
			displayName: 'Status',
			name: 'type',
			type: 'options',
			options: POST_STATES,
			default: 'all',
			description: 'Only posts in this state (Recent: the latest ones, whatever their state)',
		},
		{
			displayName: 'To Date',
			name: 'toDate',
			type: 'dateTime',
			default: '',
			placeholder: '2026-12-31T23:59:59Z',
			description: 'Only posts dated (scheduled or posted) at or before this moment',
		},
	],
	{ placeholder: 'Add Filter' },
);

const STATE_VALUES = POST_STATES.map((s) => s.value);
const TYPE_VALUES = POST_TYPES.map((t) => t.value);

export const getPosts = getManyOperation({
	value: 'getPosts',
	name: 'Get Many Posts',
	action: 'Get many social planner posts',
	many: 'posts',
	description: 'List the planner’s posts in a date range, by state, account or post type',
	calls: ['social-media-posting/get-posts'],
	properties: [postFilters],
	map: shapePost,
	async pager(itemIndex, { filters, filter, location }) {
		const body: IDataObject = {};
		const moment = (name: 'fromDate' | 'toDate', fallback: string) =>
			filters[name] === undefined || filters[name] === ''
				? fallback
				: new Date(readWith(this, itemIndex, filter(name), validate.isoDate)).toISOString();
		body.fromDate = moment('fromDate', EARLIEST);
		body.toDate = moment('toDate', LATEST);
		assertAfter(
			this,
			itemIndex,
			{ field: labelOf(filter('fromDate')), ms: Date.parse(String(body.fromDate)) },
			{
				field: labelOf(filter('toDate')),
				ms: Date.parse(String(body.toDate)),
				value: filters.toDate,
			},
		);
		const includeUsers =
			filters.includeUsers === undefined || filters.includeUsers === null
				? false
				: readBoolean(this, itemIndex, filter('includeUsers'));
		body.includeUsers = includeUsers ? 'true' : 'false';
		if (filters.type !== undefined && filters.type !== '')
			body.type = readOneOf(this, itemIndex, filter('type'), STATE_VALUES);
		if (filters.postType !== undefined && filters.postType !== '')
			body.postType = readOneOf(this, itemIndex, filter('postType'), TYPE_VALUES);
		if (filters.accountIds !== undefined) {
			const { accountIds } = POST_FIELDS.body(this, itemIndex, {
				accountIds: filters.accountIds,
			});
			checkIds(this, itemIndex, { accountIds }, false);
			if ((accountIds as string[]).length) body.accounts = (accountIds as string[]).join(',');
		}
		return socialPostsPager(await location(), body, itemIndex);
	},
});

/** Get Many Categories and Get Many Tags: the same list style, each searched by its name. */
function termsOperation(
	list: 'categories' | 'tags',
	spec: { name: string; description: string; example: string },
) {
	return getManyOperation({
		value: list === 'categories' ? 'getCategories' : 'getTags',
		name: spec.name,
		action: `Get many social planner ${list}`,
		many: list,
		description: spec.description,
		calls: [
			list === 'categories'
				? 'social-media-posting/get-categories-location-id'
				: 'social-media-posting/get-tags-location-id',
		],
		properties: [
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					{
						displayName: 'Search Text',
						name: 'searchText',
						type: 'string',
						default: '',
						placeholder: spec.example,
						description: `Only ${list} whose name contains this text`,
					},
				],
			},
		],
		async pager(itemIndex, { filters, filter, location }) {
			const qs: IDataObject = filters.searchText
				? { searchText: readText(this, itemIndex, filter('searchText'), 200) }
				: {};
			return socialTermsPager(list, await location(), qs, itemIndex);
		},
	});
}

export const getCategories = termsOperation('categories', {
	name: 'Get Many Categories',
	description: 'List the planner’s post categories (the IDs a post’s Category takes)',
	example: 'Promotions',
});

export const getTags = termsOperation('tags', {
	name: 'Get Many Tags',
	description: 'List the planner’s post tags (the IDs a post’s Tags take)',
	example: 'webinar',
});
