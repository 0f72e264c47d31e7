import type { IDataObject } from 'n8n-workflow';
import { assignedUserField, fieldTable } from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';

export const opportunityIdParameter = idParameter(
	'opportunityId',
	'Opportunity ID',
	'ID of the opportunity',
);

/** The contact an opportunity is for (the shared `contactIdParameter`, described for opportunities). */
export const opportunityContactIdParameter = idParameter(
	'contactId',
	'Contact ID',
	'ID of the contact the opportunity is for',
);

/** The statuses an opportunity can be in (HighLevel's `all` is a search filter, not a status). */
export const STATUSES = ['open', 'won', 'lost', 'abandoned'];

const CHOOSE =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/**
 * Every field of an opportunity, once: Create, Create or Update and Update ask for some on their
 * own (`property`) and offer others in Additional / Update Fields (`collectionOf`). An empty
 * value leaves a field unset.
 */
export const OPPORTUNITY_FIELDS = fieldTable(
	[
		assignedUserField(),
		{
			name: 'id',
			title: 'Opportunity ID',
			description:
				'Update this opportunity instead of the one HighLevel finds for the contact in the pipeline',
			check: 'id',
			placeholder: 'yWQobCRIhRguQtD2llvk',
		},
		{
			name: 'monetaryValue',
			title: 'Monetary Value',
			description: 'Value of the deal in the location’s currency, e.g. 1500.50',
			check: 'number',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			min: 0,
			expected: 'a number of 0 or more, such as 1500.50',
		},
		{
			name: 'name',
			title: 'Name',
			description: 'Name of the opportunity, as shown on the pipeline board',
			updateDescription: 'New name of the opportunity',
			check: 'text',
			placeholder: 'e.g. Website redesign for Acme',
			maxLength: 255,
			nonEmpty: true,
		},
		{
			name: 'pipelineId',
			title: 'Pipeline Name or ID',
			description: CHOOSE,
			check: 'id',
			type: 'options',
			loadOptionsMethod: 'getPipelines',
		},
		{
			name: 'pipelineStageId',
			title: 'Stage Name or ID',
			description: CHOOSE,
			check: 'id',
			type: 'options',
			loadOptionsMethod: 'getPipelineStages',
			// In Update Fields the stage belongs to the pipeline chosen beside it.
			loadOptionsDependsOn: ['updateFields.pipelineId', 'locationId'],
		},
		{
			name: 'source',
			title: 'Source',
			description: 'Where the opportunity came from, e.g. n8n or a campaign name',
			check: 'text',
			maxLength: 255,
		},
		{
			name: 'status',
			title: 'Status',
			description: 'Whether the opportunity is still open, or was won, lost or abandoned',
			check: 'choice',
			type: 'options',
			options: [
				{ name: 'Abandoned', value: 'abandoned' },
				{ name: 'Lost', value: 'lost' },
				{ name: 'Open', value: 'open' },
				{ name: 'Won', value: 'won' },
			],
			default: 'open',
		},
	],
	{ sendEmptyText: false },
);

export const nameParameter = OPPORTUNITY_FIELDS.property('name', { required: true });
export const pipelineParameter = OPPORTUNITY_FIELDS.property('pipelineId', { required: true });
export const statusParameter = OPPORTUNITY_FIELDS.property('status', { required: true });
/** The stage of the pipeline chosen above it; empty leaves it to HighLevel. */
export const stageParameter = OPPORTUNITY_FIELDS.property('pipelineStageId', {
	typeOptions: {
		loadOptionsMethod: 'getPipelineStages',
		loadOptionsDependsOn: ['pipelineId', 'locationId'],
	},
	hint: 'Leave empty to leave the stage to HighLevel',
});

/** HighLevel wraps one opportunity as `{opportunity}`. */
export function unwrap(response: IDataObject): IDataObject {
	return (response.opportunity as IDataObject) ?? response;
}
