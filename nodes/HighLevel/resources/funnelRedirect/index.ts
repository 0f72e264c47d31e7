import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { OperationKey } from '../../apiSpec/operations.generated';
import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { resolveLocationId } from '../../shared/location';
import { idParameter } from '../../shared/params';
import { readId } from '../../shared/read';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { offsetLimitPager } from '../../transport/paginate';
import { apiRequest } from '../../transport/request';

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
		expected: 'a domain name such as example.com (no https:// and no path)',
	},
	{
		name: 'path',
		title: 'Path',
		description: 'Path on the domain that is redirected, starting with /, e.g. /old-offer',
		check: 'text',
		placeholder: '/old-offer',
		expected: 'a path starting with / such as /old-offer',
	},
	{
		name: 'target',
		title: 'Target',
		description: 'Web address visitors are sent to, e.g. https://example.com/new-offer',
		check: 'text',
		placeholder: 'https://example.com/new-offer',
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

const FORMAT: Record<string, RegExp> = {
	domain: /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
	path: /^\/\S*$/,
	target: /^https?:\/\/[^\s/$.?#][^\s]*$/i,
};

/** Reads and checks the named fields, each given on its own parameter. */
function readFields(ctx: IExecuteFunctions, itemIndex: number, names: string[]): IDataObject {
	const body: IDataObject = {};
	for (const name of names) {
		const value = REDIRECT_FIELDS.read(ctx, itemIndex, name);
		const field = REDIRECT_FIELDS.fields.find((f) => f.name === name)!;
		if (value === '' || (FORMAT[name] && !FORMAT[name].test(String(value)))) {
			throw validate.inputError(
				ctx,
				itemIndex,
				field.title,
				field.expected ?? field.description.toLowerCase(),
				ctx.getNodeParameter(name, itemIndex, ''),
			);
		}
		body[name] = value;
	}
	return body;
}

const redirectIdParameter = idParameter(
	'funnelRedirectId',
	'Funnel Redirect ID',
	'ID of the redirect',
);
const unwrap = (response: IDataObject) => (response.data as IDataObject | undefined) ?? response;

/** One request of a redirect operation, in the location the credential or the node names. */
async function send(
	ctx: IExecuteFunctions,
	itemIndex: number,
	operation: OperationKey,
	parts: { path?: Record<string, string>; body?: IDataObject; qs?: IDataObject },
) {
	const locationId = await resolveLocationId(ctx, itemIndex);
	const where = parts.body
		? { body: { ...parts.body, locationId } }
		: { qs: { ...parts.qs, locationId } };
	return await apiRequest<IDataObject>(ctx, {
		operation,
		path: parts.path,
		...where,
		itemIndex,
		locationId,
	});
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a funnel redirect',
	description: 'Send visitors of a path on one of the location’s domains to another address',
	calls: ['funnels/create-redirect'],
	properties: ['domain', 'path', 'target', 'action'].map((name) =>
		REDIRECT_FIELDS.property(name, { required: true }),
	),
	async execute(itemIndex) {
		const body = readFields(this, itemIndex, ['domain', 'path', 'target', 'action']);
		return unwrap(await send(this, itemIndex, 'funnels/create-redirect', { body }));
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a funnel redirect',
	description: 'Change where a redirect sends visitors (its domain and path stay)',
	calls: ['funnels/update-redirect-by-id'],
	properties: [
		redirectIdParameter,
		...['target', 'action'].map((name) => REDIRECT_FIELDS.property(name, { required: true })),
	],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, redirectIdParameter);
		const body = readFields(this, itemIndex, ['target', 'action']);
		return unwrap(
			await send(this, itemIndex, 'funnels/update-redirect-by-id', { path: { id }, body }),
		);
	},
};

const remove: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a funnel redirect',
	description: 'Delete a redirect; its path no longer sends visitors anywhere',
	calls: ['funnels/delete-redirect-by-id'],
	properties: [redirectIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, redirectIdParameter);
		await send(this, itemIndex, 'funnels/delete-redirect-by-id', { path: { id } });
		return { id, deleted: true };
	},
};

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
	async pager(itemIndex, { filters, location }) {
		const qs: IDataObject = {};
		if (filters.search)
			qs.search = validate.text(this, itemIndex, 'Search Text', filters.search, 200);
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
	defaultOperation: create.value,
	operations: [create, remove, getAll, update].sort((a, b) => a.name.localeCompare(b.name)),
};
