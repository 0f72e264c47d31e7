import type { OperationDefinition } from '../../shared/types';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import { getMany, skipLimitPager } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';

/** businesses.json documents no maximum for `limit`; its default (100) is the page asked for. */
const PAGE_SIZE = 100;

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many businesses',
	description: 'List the location’s businesses',
	calls: ['businesses/get-businesses-by-location'],
	properties: [...returnAllAndLimit()],
	async execute(itemIndex) {
		const { returnAll, limit } = readHowMany(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await getMany(
			this,
			{ returnAll, limit },
			skipLimitPager(
				{ operation: 'businesses/get-businesses-by-location', qs: { locationId }, itemIndex, locationId },
				'businesses',
				PAGE_SIZE,
			),
		);
	},
};
