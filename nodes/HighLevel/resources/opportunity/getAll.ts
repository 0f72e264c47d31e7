import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { assignedUserOption } from '../../shared/params';
import { startAfterPager } from '../../transport/paginate';
import * as validate from '../../shared/validate';
import { readId, readText, readWith, refuse } from '../../shared/read';
import { STATUSES } from './fields';
import { getManyOperation } from '../../shared/getMany';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';

/** HighLevel's search takes whole days as mm-dd-yyyy; the day is the one the user wrote. */
function searchDay(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const [year, month, day] = validate.isoDate(ctx, itemIndex, field, value).slice(0, 10).split('-');
	return `${month}-${day}-${year}`;
}

export const getAll = getManyOperation({
	many: 'opportunities',
	description: 'Search the location’s opportunities',
	calls: ['opportunities/search-opportunity', 'locations/get-custom-fields'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				assignedUserOption,
				{
					displayName: 'Campaign Name or ID',
					name: 'campaignId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCampaigns', loadOptionsDependsOn: ['locationId'] },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Contact ID',
					name: 'contactId',
					type: 'string',
					default: '',
					placeholder: 'sx6wyHhbFdRXh302Lunr',
					description: 'Only opportunities of this contact',
				},
				{
					displayName: 'Created From',
					name: 'createdFrom',
					type: 'dateTime',
					default: '',
					description:
						'Only opportunities created on or after this day (HighLevel compares whole days)',
				},
				{
					displayName: 'Created Until',
					name: 'createdUntil',
					type: 'dateTime',
					default: '',
					description:
						'Only opportunities created on or before this day (HighLevel compares whole days)',
				},
				{
					displayName: 'Pipeline Name or ID',
					name: 'pipelineId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getPipelines', loadOptionsDependsOn: ['locationId'] },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Search Text',
					name: 'query',
					type: 'string',
					default: '',
					description:
						'Free text matched against the opportunity’s name and its contact’s name, email and phone',
				},
				{
					displayName: 'Stage Name or ID',
					name: 'pipelineStageId',
					type: 'options',
					typeOptions: {
						loadOptionsMethod: 'getPipelineStages',
						loadOptionsDependsOn: ['filters.pipelineId', 'locationId'],
					},
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Abandoned', value: 'abandoned' },
						{ name: 'All', value: 'all' },
						{ name: 'Lost', value: 'lost' },
						{ name: 'Open', value: 'open' },
						{ name: 'Won', value: 'won' },
					],
					default: 'open',
					description: 'Only opportunities with this status',
				},
			],
		},
		readableCustomFieldsParameter('opportunity'),
	],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {};
		if (filters.query) {
			const q = readText(this, itemIndex, filter('query'), 255);
			if (q) qs.q = q;
		}
		if (filters.pipelineId) qs.pipeline_id = readId(this, itemIndex, filter('pipelineId'));
		if (filters.pipelineStageId)
			qs.pipeline_stage_id = readId(this, itemIndex, filter('pipelineStageId'));
		if (filters.contactId) qs.contact_id = readId(this, itemIndex, filter('contactId'));
		if (filters.assignedTo) qs.assigned_to = readId(this, itemIndex, filter('assignedTo'));
		if (filters.campaignId) qs.campaignId = readId(this, itemIndex, filter('campaignId'));
		if (filters.status) {
			const status = String(filters.status).trim().toLowerCase();
			if (status !== 'all' && !STATUSES.includes(status)) {
				throw refuse(
					this,
					itemIndex,
					filter('status'),
					'one of all, open, won, lost, abandoned',
					filters.status,
				);
			}
			qs.status = status;
		}
		if (filters.createdFrom) qs.date = readWith(this, itemIndex, filter('createdFrom'), searchDay);
		if (filters.createdUntil)
			qs.endDate = readWith(this, itemIndex, filter('createdUntil'), searchDay);
		if (filters.createdFrom && filters.createdUntil) {
			const from = readWith(this, itemIndex, filter('createdFrom'), validate.isoDate).slice(0, 10);
			const until = filter('createdUntil');
			const untilDay = readWith(this, itemIndex, until, validate.isoDate).slice(0, 10);
			if (from > untilDay)
				throw refuse(
					this,
					itemIndex,
					until,
					`a day on or after ${filter('createdFrom').displayName} (${from})`,
					untilDay,
				);
		}
		const locationId = await location();
		qs.location_id = locationId;
		return startAfterPager(
			{ operation: 'opportunities/search-opportunity', qs, itemIndex, locationId },
			'opportunities',
		);
	},
	async after(itemIndex, records, cache) {
		return await addReadableCustomFields(this, itemIndex, cache, 'opportunity', records);
	},
});
