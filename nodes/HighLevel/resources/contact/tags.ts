import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { membershipOperation, type Membership } from './membership';

const tagsParameter: INodeProperties = {
	displayName: 'Tag Names or IDs',
	name: 'tags',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTags', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Add Tags and Remove Tags: a contact's tags, by name. */
const ROWS: Membership[] = [
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
];

export const tagOperations: OperationDefinition[] = ROWS.map(membershipOperation);
