import type { OperationDefinition } from '../../shared/types';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import { getMany } from '../../transport/paginate';
import { formsPager } from '../../shared/lists';
import { resolveLocationId } from '../../shared/location';

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many forms',
	description: 'List the location’s forms',
	calls: ['forms/get-forms'],
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
