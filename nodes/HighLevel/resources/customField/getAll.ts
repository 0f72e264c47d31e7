import { getManyOperation } from '../../shared/getMany';
import { wholeListPager } from '../../transport/paginate';
import { objectKeyParameter, objectParameter, readObject } from './fields';

export const getAll = getManyOperation({
	many: 'custom fields',
	description:
		'List the custom fields of contacts, of opportunities or of a custom object (HighLevel answers the whole list at once)',
	calls: ['locations/get-custom-fields', 'custom-fields/get-custom-fields-by-object-key'],
	leading: [objectParameter, objectKeyParameter],
	async pager(itemIndex, { location }) {
		const { object, objectKey } = readObject(this, itemIndex);
		const locationId = await location();
		if (object === 'custom') {
			return wholeListPager(
				{
					operation: 'custom-fields/get-custom-fields-by-object-key',
					path: { objectKey: objectKey as string },
					qs: { locationId },
					itemIndex,
					locationId,
				},
				'fields',
			);
		}
		return wholeListPager(
			{
				operation: 'locations/get-custom-fields',
				path: { locationId },
				qs: { model: object },
				itemIndex,
				locationId,
			},
			'customFields',
		);
	},
});
