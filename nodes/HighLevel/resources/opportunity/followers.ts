import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readBoolean, readId, readIdList, refuse } from '../../shared/read';
import { opportunityIdParameter } from './fields';

const followersParameter: INodeProperties = {
	displayName: 'Follower Names or IDs',
	name: 'followers',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const removeAllParameter: INodeProperties = {
	displayName: 'Remove All Followers',
	name: 'removeAll',
	type: 'boolean',
	default: false,
	description: 'Whether to remove every follower of the opportunity instead of chosen ones',
};

export const addFollowers: OperationDefinition = {
	value: 'addFollowers',
	name: 'Add Followers',
	action: 'Add followers to an opportunity',
	description: 'Let users follow an opportunity',
	calls: ['opportunities/add-followers-opportunity'],
	properties: [opportunityIdParameter, { ...followersParameter, required: true }],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const followers = readIdList(this, itemIndex, followersParameter);
		if (!followers.length) throw refuse(this, itemIndex, followersParameter, 'at least one user');
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'opportunities/add-followers-opportunity',
			path: { id },
			body: { followers },
			itemIndex,
			locationId,
			// Adding a follower twice changes nothing.
		});
		return { id, ...response };
	},
};

export const removeFollowers: OperationDefinition = {
	value: 'removeFollowers',
	name: 'Remove Followers',
	action: 'Remove followers from an opportunity',
	description: 'Stop users following an opportunity',
	calls: ['opportunities/remove-followers-opportunity'],
	properties: [
		opportunityIdParameter,
		removeAllParameter,
		{ ...followersParameter, displayOptions: { show: { removeAll: [false] } } },
	],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const removeAll = readBoolean(this, itemIndex, removeAllParameter);
		const followers = removeAll ? [] : readIdList(this, itemIndex, followersParameter);
		if (!removeAll && !followers.length) {
			throw refuse(
				this,
				itemIndex,
				followersParameter,
				`at least one user, or ${removeAllParameter.displayName} turned on`,
			);
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'opportunities/remove-followers-opportunity',
			path: { id },
			qs: removeAll ? { isRemoveAllFollowers: true } : undefined,
			body: { followers },
			itemIndex,
			locationId,
		});
		return { id, ...response };
	},
};
