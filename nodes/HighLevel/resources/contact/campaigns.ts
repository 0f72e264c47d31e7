import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { membershipOperation, type Membership } from './membership';

const campaignParameter: INodeProperties = {
	displayName: 'Campaign Name or ID',
	name: 'campaignId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCampaigns', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Add to Campaign and Remove From Campaign. */
const ROWS: Membership[] = [
	{
		value: 'addToCampaign',
		name: 'Add to Campaign',
		action: 'Add a contact to a campaign',
		description: 'Enrol a contact in a HighLevel campaign',
		operation: 'contacts/add-contact-to-campaign',
		parameter: campaignParameter,
		sendAs: { path: 'campaignId' },
	},
	{
		value: 'removeFromCampaign',
		name: 'Remove From Campaign',
		action: 'Remove a contact from a campaign',
		description: 'Take a contact out of a HighLevel campaign',
		operation: 'contacts/remove-contact-from-campaign',
		parameter: campaignParameter,
		sendAs: { path: 'campaignId' },
	},
];

export const campaignOperations: OperationDefinition[] = ROWS.map(membershipOperation);
