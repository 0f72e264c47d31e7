import type { OperationDefinition } from '../../shared/types';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import { getMany, skipLimitPager, totalNumber, type Pager } from '../../transport/paginate';
import { resolveLocationId } from '../../transport/location';

/** forms.json: "will allow maximum up to 50". */
const PAGE_SIZE = 50;

/** The location's forms, page by page; the Form dropdown reads them the same way. */
export function formsPager(locationId: string, itemIndex?: number): Pager<number> {
	return skipLimitPager({ operation: 'forms/get-forms', qs: { locationId }, itemIndex, locationId }, 'forms', PAGE_SIZE, totalNumber);
}

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many forms',
	description: 'List the location’s forms',
	properties: [...returnAllAndLimit()],
	async execute(itemIndex) {
		const { returnAll, limit } = readHowMany(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return await getMany(
			this,
			{ returnAll, limit },
			formsPager(locationId, itemIndex),
		);
	},
};
