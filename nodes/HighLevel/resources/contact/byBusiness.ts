import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { readId } from '../../shared/read';
import { skipLimitPager } from '../../transport/paginate';
import { businessIdParameter } from '../business/fields';

const FILTERS = fieldTable([
	{
		name: 'query',
		title: 'Search Text',
		description: 'Only contacts whose name, email or phone contains this text',
		check: 'text',
	},
]);

/** contacts.json: `limit` defaults to 25 and names no maximum; 100 is the page asked for. The answer's `count` is not relied on: a short page ends the list. */
const PAGE_SIZE = 100;

export const getManyByBusiness = getManyOperation({
	many: 'contacts of a business',
	value: 'getManyByBusiness',
	name: 'Get Many by Business',
	description:
		'List the contacts that belong to one business, optionally only those matching a search text',
	calls: ['contacts/get-contacts-by-businessId'],
	leading: [{ ...businessIdParameter, description: 'ID of the business whose contacts to list' }],
	properties: [{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' }],
	async pager(itemIndex, { filters, location }) {
		const businessId = readId(this, itemIndex, businessIdParameter);
		const qs = FILTERS.body(this, itemIndex, filters);
		const locationId = await location();
		return skipLimitPager(
			{
				operation: 'contacts/get-contacts-by-businessId',
				path: { businessId },
				qs: { locationId, ...qs },
				itemIndex,
				locationId,
			},
			'contacts',
			PAGE_SIZE,
		);
	},
});
