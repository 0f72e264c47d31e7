import type { IDataObject } from 'n8n-workflow';
import { offsetLimitPager } from '../../transport/paginate';
import { readBoolean, readIdList, readText, refuse } from '../../shared/read';
import { getManyOperation } from '../../shared/getMany';

/** products.json documents no maximum for `limit`; 100 is the largest page HighLevel's lists take. */
export const PRODUCT_PAGE_SIZE = 100;

export const getAll = getManyOperation({
	many: 'products',
	description: 'List the location’s products',
	calls: ['products/list-invoices'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Available in Store',
					name: 'availableInStore',
					type: 'boolean',
					default: true,
					description:
						'Whether to return only products offered in the online store (on) or only those not offered (off)',
				},
				{
					displayName: 'Collection IDs',
					name: 'collectionIds',
					type: 'string',
					default: '',
					description:
						'Only products in one of these collections (categories); IDs separated by commas',
				},
				{
					displayName: 'Search Text',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Only products whose name contains this text',
				},
				{
					displayName: 'Sort Order',
					name: 'sortOrder',
					type: 'options',
					options: [
						{ name: 'Newest First', value: 'desc' },
						{ name: 'Oldest First', value: 'asc' },
					],
					default: 'desc',
					description: 'Order of the products by creation date',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const locationId = await location();
		const qs: IDataObject = { locationId };
		if (filters.search) qs.search = readText(this, itemIndex, filter('search'), 200);
		if (filters.collectionIds) {
			const ids = readIdList(this, itemIndex, filter('collectionIds'));
			if (ids.length) qs.collectionIds = ids.join(',');
		}
		if (filters.availableInStore !== undefined) {
			qs.availableInStore = readBoolean(this, itemIndex, filter('availableInStore'));
		}
		if (filters.sortOrder) {
			if (filters.sortOrder !== 'asc' && filters.sortOrder !== 'desc') {
				throw refuse(this, itemIndex, filter('sortOrder'), 'asc or desc', filters.sortOrder);
			}
			qs.sortOrder = filters.sortOrder;
		}
		return offsetLimitPager(
			{ operation: 'products/list-invoices', qs, itemIndex, locationId },
			'products',
			PRODUCT_PAGE_SIZE,
			// HighLevel's ListProductsResponseDto gives the count as `total: [{ total }]`.
			(body) => {
				const [stats] = Array.isArray(body.total) ? (body.total as IDataObject[]) : [];
				return typeof stats?.total === 'number' ? stats.total : undefined;
			},
		);
	},
});
