import type { IDataObject } from 'n8n-workflow';
import { fieldTable, type FieldSpec } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { sortCollection, sortDirection } from '../../shared/params';
import { optionsOf, readCollection, readOneOf } from '../../shared/read';
import { getConnection } from '../../transport/connection';
import { skipLimitPager } from '../../transport/paginate';
import { companyIdOf } from '../../shared/company';
import { USER_FIELDS } from './fields';

const userField = (name: string, description: string): FieldSpec => ({
	...(USER_FIELDS.fields.find((f) => f.name === name) as FieldSpec),
	description,
});

const FILTERS = fieldTable([
	{
		name: 'query',
		title: 'Search',
		description: 'Text in the user’s name, email or phone',
		check: 'text',
	},
	userField('role', 'Only users with this role'),
	userField('type', 'Only sub-account users, or only agency users'),
	{
		name: 'allSubAccounts',
		title: 'All Sub-Accounts',
		description:
			'Whether to list the users of every sub-account of the agency (with an agency token) instead of the node’s sub-account only',
		check: 'boolean',
		type: 'boolean',
	},
]);

const SORTS = ['dateAdded', 'email', 'firstName', 'lastName'] as const;

/** users.json names no maximum for `limit` (default 25); 100 is the page asked for. */
const PAGE_SIZE = 100;

const sortParameter = sortCollection({
	displayName: 'Sort By',
	name: 'sortBy',
	type: 'options',
	options: [
		{ name: 'Date Added', value: 'dateAdded' },
		{ name: 'Email', value: 'email' },
		{ name: 'First Name', value: 'firstName' },
		{ name: 'Last Name', value: 'lastName' },
	],
	default: 'dateAdded',
	description: 'The order users come in',
});

export const getAll = getManyOperation({
	many: 'users',
	description:
		'Search the users of the sub-account (or, with an agency token, of every sub-account) by name, email, phone, role or type',
	calls: ['users/search-users', 'locations/get-location'],
	properties: [
		{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' },
		sortParameter,
	],
	async pager(itemIndex, { filters, location, cache }) {
		const { allSubAccounts, ...search } = FILTERS.body(this, itemIndex, filters);
		const sort = readCollection(this, itemIndex, sortParameter);
		const order: IDataObject = {};
		if (sort.sortBy !== undefined)
			order.sort = readOneOf(this, itemIndex, optionsOf(sortParameter, sort)('sortBy'), SORTS);
		if (sort.direction !== undefined)
			order.sortDirection = sortDirection(this, itemIndex, sort.direction);
		const locationId = await location();
		const companyId = await companyIdOf(this, itemIndex, locationId, cache);
		const everywhere =
			allSubAccounts === true && (await getConnection(this)).userType === 'Company';
		const qs: IDataObject = {
			companyId,
			...(everywhere ? {} : { locationId }),
			...search,
			...order,
		};
		return skipLimitPager(
			{ operation: 'users/search-users', qs, itemIndex, locationId },
			'users',
			PAGE_SIZE,
			(body) => (typeof body.count === 'number' ? body.count : undefined),
		);
	},
});
