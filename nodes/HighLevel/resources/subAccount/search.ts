import type { IDataObject } from 'n8n-workflow';
import { companyIdOf } from '../../shared/company';
import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { getConnection } from '../../transport/connection';
import { skipLimitPager } from '../../transport/paginate';

const FILTERS = fieldTable([
	{
		name: 'email',
		title: 'Email',
		description: 'Only the sub-account with this email address',
		check: 'email',
		placeholder: 'office@example.com',
	},
	{
		name: 'order',
		title: 'Order',
		description: 'Whether sub-accounts come in ascending or descending order',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'asc',
	},
]);

/** locations.json names no largest `limit` (default 10); 100 is the page asked for. The answer has no total. */
const PAGE_SIZE = 100;

export const search = getManyOperation({
	many: 'sub-accounts',
	value: 'search',
	name: 'Search',
	action: 'Search sub-accounts',
	description:
		'List the agency’s sub-accounts, optionally the one with an email address. Meant for an agency token; with a sub-account token HighLevel lists only that sub-account.',
	calls: ['locations/search-locations', 'locations/get-location'],
	properties: [{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' }],
	async pager(itemIndex, { filters, location, cache }) {
		const search = FILTERS.body(this, itemIndex, filters);
		// An agency token names its agency; a sub-account token's agency is read from its sub-account.
		const { companyId: agency } = await getConnection(this);
		const locationId = agency ? undefined : await location();
		const companyId = agency ?? (await companyIdOf(this, itemIndex, locationId as string, cache));
		const qs: IDataObject = { companyId, ...search };
		return skipLimitPager(
			{ operation: 'locations/search-locations', qs, itemIndex, locationId },
			'locations',
			PAGE_SIZE,
		);
	},
});
