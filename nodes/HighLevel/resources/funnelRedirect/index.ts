import type { IDataObject } from 'n8n-workflow';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { idParameter } from '../../shared/params';
import type { ResourceDefinition } from '../../shared/types';
import { readText } from '../../shared/read';
import { offsetLimitPager } from '../../transport/paginate';

const ACTIONS = [
	{
		name: 'Funnel',
		value: 'funnel',
		description: 'The target is a page of one of the location’s funnels',
	},
	{
		name: 'Website',
		value: 'website',
		description: 'The target is a page of one of the location’s websites',
	},
	{ name: 'URL', value: 'url', description: 'The target is any web address' },
	{ name: 'All', value: 'all', description: 'Any kind of target' },
];

/** A redirect's fields (CreateRedirectParams, UpdateRedirectParams). */
const REDIRECT_FIELDS = fieldTable([
	{
		name: 'domain',
		title: 'Domain',
		description: 'Domain of the location the redirect works on, without https://, e.g. example.com',
		check: 'text',
		placeholder: 'example.com',
		pattern: /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
		expected: 'a domain name such as example.com (no https:// and no path)',
	},
	{
		name: 'path',
		title: 'Path',
		description: 'Path on the domain that is redirected, starting with /, e.g. /old-offer',
		check: 'text',
		placeholder: '/old-offer',
		pattern: /^\/\S*$/,
		expected: 'a path starting with / such as /old-offer',
	},
	{
		name: 'target',
		title: 'Target',
		description: 'Web address visitors are sent to, e.g. https://example.com/new-offer',
		check: 'text',
		placeholder: 'https://example.com/new-offer',
		pattern: /^https?:\/\/[^\s/$.?#][^\s]*$/i,
		expected: 'a web address such as https://example.com/new-offer',
	},
	{
		name: 'action',
		title: 'Target Type',
		description: 'What the target is',
		check: 'choice',
		type: 'options',
		options: ACTIONS,
		default: 'url',
	},
]);

/** funnels.json names no largest `limit`; 100 redirects a page answers quickly. */
const PAGE_SIZE = 100;

/** The list answers `{ data: { count, data: [...] } }`. */
const listOf = (body: IDataObject): IDataObject => (body.data ?? {}) as IDataObject;

const getAll = getManyOperation({
	many: 'funnel redirects',
	description: 'List the location’s redirects (domain, path and target of each)',
	calls: ['funnels/fetch-redirects-list'],
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
					name: 'search',
					type: 'string',
					default: '',
					placeholder: '/old-offer',
					description: 'Only redirects whose path or target contains this text',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {};
		if (filters.search) qs.search = readText(this, itemIndex, filter('search'), 200);
		const locationId = await location();
		const pager = offsetLimitPager(
			{
				operation: 'funnels/fetch-redirects-list',
				qs: { locationId, ...qs },
				itemIndex,
				locationId,
			},
			'data',
			PAGE_SIZE,
			(body) => {
				const count = listOf(body).count;
				return typeof count === 'number' ? count : undefined;
			},
		);
		return { ...pager, items: (body) => pager.items(listOf(body)) };
	},
});

export const funnelRedirect: ResourceDefinition = {
	value: 'funnelRedirect',
	name: 'Funnel Redirect',
	description: 'Redirects of a sub-account’s domains: a path sent on to another address',
	defaultOperation: 'create',
	operations: [
		...crudOperations({
			singular: 'funnel redirect',
			plural: 'funnel redirects',
			id: {
				parameter: idParameter('funnelRedirectId', 'Funnel Redirect ID', 'ID of the redirect'),
				path: 'id',
			},
			location: true,
			locationIn: { delete: 'query', update: 'body' },
			one: 'data',
			many: 'data',
			calls: {
				create: 'funnels/create-redirect',
				update: 'funnels/update-redirect-by-id',
				delete: 'funnels/delete-redirect-by-id',
			},
			fields: REDIRECT_FIELDS,
			required: ['domain', 'path', 'target', 'action'],
			// A redirect's domain and path stay what they were made with.
			updateRequired: ['target', 'action'],
			updatable: ['target', 'action'],
			descriptions: {
				create: 'Send visitors of a path on one of the location’s domains to another address',
				update: 'Change where a redirect sends visitors (its domain and path stay)',
				delete: 'Delete a redirect; its path no longer sends visitors anywhere',
			},
		}),
		getAll,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
