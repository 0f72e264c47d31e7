import type { IDataObject } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import { readBoolean, readId } from '../../shared/read';
import { wholeListPager } from '../../transport/paginate';

export const getAll = getManyOperation({
	many: 'calendars',
	description: 'List the sub-account’s calendars',
	calls: ['calendars/get-calendars'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Group ID',
					name: 'groupId',
					type: 'string',
					default: '',
					placeholder: 'BqTwX8QFwXzpegMve9EQ',
					description: 'Only calendars of this calendar group',
				},
				{
					displayName: 'Include Drafts',
					name: 'showDrafted',
					type: 'boolean',
					default: true,
					description: 'Whether to include draft (inactive) calendars',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {};
		if (filters.groupId) qs.groupId = readId(this, itemIndex, filter('groupId'));
		if (filters.showDrafted !== undefined)
			qs.showDrafted = readBoolean(this, itemIndex, filter('showDrafted'));
		const locationId = await location();
		qs.locationId = locationId;
		return wholeListPager(
			{ operation: 'calendars/get-calendars', qs, itemIndex, locationId },
			'calendars',
		);
	},
});
