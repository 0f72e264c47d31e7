import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { membershipOperation, type Membership } from './membership';

const followersParameter: INodeProperties = {
	displayName: 'Follower Names or IDs',
	name: 'followers',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Add Followers and Remove Followers: the users who follow a contact. */
const ROWS: Membership[] = [
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

export const followerOperations: OperationDefinition[] = ROWS.map(membershipOperation);
