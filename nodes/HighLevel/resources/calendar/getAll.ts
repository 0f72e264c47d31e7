import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import { getMany, wholeListPager } from '../../transport/paginate';

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many calendars',
	description: 'List the sub-account’s calendars',
	calls: ['calendars/get-calendars'],
	properties: [
		...returnAllAndLimit(),
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
	async execute(itemIndex) {
		const { returnAll, limit } = readHowMany(this, itemIndex);
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.groupId) qs.groupId = validate.id(this, itemIndex, 'Group ID', filters.groupId);
		if (filters.showDrafted !== undefined) qs.showDrafted = validate.boolean(this, itemIndex, 'Include Drafts', filters.showDrafted);
		const locationId = await resolveLocationId(this, itemIndex);
		qs.locationId = locationId;
		return await getMany(
			this,
			{ returnAll, limit },
			wholeListPager({ operation: 'calendars/get-calendars', qs, itemIndex, locationId }, 'calendars'),
		);
	},
};
