import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { membershipOperation, type Membership } from './membership';

const workflowParameter: INodeProperties = {
	displayName: 'Workflow Name or ID',
	name: 'workflowId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getWorkflows', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Add to Workflow and Remove From Workflow: a contact's runs of HighLevel workflows. */
const ROWS: Membership[] = [
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
						description:
							'Moment the workflow treats as the event time, for workflows that wait relative to it',
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
];

export const workflowOperations: OperationDefinition[] = ROWS.map(membershipOperation);
