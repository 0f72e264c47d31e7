import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../../spec/operations.generated';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import * as validate from '../../shared/validate';

/**
 * Adding a contact to, or removing it from, something: tags, followers, a workflow, a
 * campaign. All eight operations share one shape, so they are generated from this table.
 */
interface Membership {
	value: string;
	name: string;
	action: string;
	description: string;
	operation: OperationKey;
	parameter: INodeProperties;
	/** Path parameter (one ID) or body list (several). */
	sendAs: { path: string } | { bodyList: string };
	extra?: INodeProperties[];
}

const tagsParameter: INodeProperties = {
	displayName: 'Tag Names or IDs',
	name: 'tags',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTags', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: [],
	description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const followersParameter: INodeProperties = {
	displayName: 'Follower Names or IDs',
	name: 'followers',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: [],
	description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const workflowParameter: INodeProperties = {
	displayName: 'Workflow Name or ID',
	name: 'workflowId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getWorkflows', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const campaignParameter: INodeProperties = {
	displayName: 'Campaign Name or ID',
	name: 'campaignId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCampaigns', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const MEMBERSHIPS: Membership[] = [
	{
		value: 'addTags',
		name: 'Add Tags',
		action: 'Add tags to a contact',
		description: 'Add tags to a contact, keeping its other tags',
		operation: 'contacts/add-tags',
		parameter: tagsParameter,
		sendAs: { bodyList: 'tags' },
	},
	{
		value: 'removeTags',
		name: 'Remove Tags',
		action: 'Remove tags from a contact',
		description: 'Remove tags from a contact, keeping its other tags',
		operation: 'contacts/remove-tags',
		parameter: tagsParameter,
		sendAs: { bodyList: 'tags' },
	},
	{
		value: 'addToWorkflow',
		name: 'Add to Workflow',
		action: 'Add a contact to a workflow',
		description: 'Enrol a contact in a HighLevel workflow',
		operation: 'contacts/add-contact-to-workflow',
		parameter: workflowParameter,
		sendAs: { path: 'workflowId' },
		// A second enrolment could start the workflow twice.
		extra: [
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Event Start Time',
						name: 'eventStartTime',
						type: 'dateTime',
						default: '',
						description: 'Moment the workflow treats as the event time, for workflows that wait relative to it',
					},
				],
			},
		],
	},
	{
		value: 'removeFromWorkflow',
		name: 'Remove From Workflow',
		action: 'Remove a contact from a workflow',
		description: 'Stop a contact’s run of a HighLevel workflow',
		operation: 'contacts/delete-contact-from-workflow',
		parameter: workflowParameter,
		sendAs: { path: 'workflowId' },
	},
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
	{
		value: 'addFollowers',
		name: 'Add Followers',
		action: 'Add followers to a contact',
		description: 'Let users follow a contact',
		operation: 'contacts/add-followers-contact',
		parameter: followersParameter,
		sendAs: { bodyList: 'followers' },
	},
	{
		value: 'removeFollowers',
		name: 'Remove Followers',
		action: 'Remove followers from a contact',
		description: 'Stop users following a contact',
		operation: 'contacts/remove-followers-contact',
		parameter: followersParameter,
		sendAs: { bodyList: 'followers' },
	},
];

function toOperation(m: Membership): OperationDefinition {
	return {
		value: m.value,
		name: m.name,
		action: m.action,
		description: m.description,
		properties: [contactIdParameter, m.parameter, ...(m.extra ?? [])],
		async execute(itemIndex) {
			const contactId = validate.id(this, itemIndex, 'Contact ID', this.getNodeParameter('contactId', itemIndex));
			const label = m.parameter.displayName;
			const raw = this.getNodeParameter(m.parameter.name, itemIndex);
			const path: Record<string, string> = { contactId };
			let body: IDataObject | undefined;
			let result: IDataObject;
			if ('path' in m.sendAs) {
				const targetId = validate.id(this, itemIndex, label, raw);
				path[m.sendAs.path] = targetId;
				result = { contactId, [m.sendAs.path]: targetId };
				const options = m.extra ? (this.getNodeParameter('options', itemIndex, {}) as IDataObject) : {};
				if (options.eventStartTime) {
					body = { eventStartTime: validate.isoDate(this, itemIndex, 'Event Start Time', options.eventStartTime) };
				}
			} else {
				const list = validate.stringList(this, itemIndex, label, raw);
				if (m.sendAs.bodyList === 'followers') list.forEach((entry) => validate.id(this, itemIndex, label, entry));
				if (!list.length) throw validate.inputError(this, itemIndex, label, 'at least one value', raw);
				body = { [m.sendAs.bodyList]: list };
				result = { contactId };
			}
			const response = await apiRequest<IDataObject>(this, {
				operation: m.operation,
				path,
				body,
				itemIndex,
			});
			return { ...result, success: true, ...response };
		},
	};
}

export const memberships: OperationDefinition[] = MEMBERSHIPS.map(toOperation);
