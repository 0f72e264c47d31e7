import { getManyOperation } from '../../shared/getMany';
import { skipLimitPager } from '../../transport/paginate';

/** businesses.json documents no maximum for `limit`; its default (100) is the page asked for. */
const PAGE_SIZE = 100;

export const getAll = getManyOperation({
	many: 'businesses',
	description: 'List the location’s businesses',
	calls: ['businesses/get-businesses-by-location'],
	async pager(itemIndex, { location }) {
		const locationId = await location();
		return skipLimitPager(
			{
				operation: 'businesses/get-businesses-by-location',
				qs: { locationId },
				itemIndex,
				locationId,
			},
			'businesses',
			PAGE_SIZE,
		);
	},
});
