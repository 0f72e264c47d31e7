import type { IDataObject } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { conversationIdParameter, unwrapConversation } from './fields';
import { optionsOf, readBoolean, readCollection, readId, refuse } from '../../shared/read';

const updateFields = collectionParameter('updateFields', 'Update Fields', [
	{
		displayName: 'Starred',
		name: 'starred',
		type: 'boolean',
		default: false,
		description: 'Whether the conversation is marked as starred',
	},
	{
		displayName: 'Unread Count',
		name: 'unreadCount',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Number of unread messages; 0 marks the conversation as read',
	},
]);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a conversation',
	description: 'Star or unstar a conversation, or set its unread count',
	calls: ['conversations/update-conversation'],
	properties: [conversationIdParameter, updateFields],
	async execute(itemIndex) {
		const conversationId = readId(this, itemIndex, conversationIdParameter);
		const fields = readCollection(this, itemIndex, updateFields);
		const option = optionsOf(updateFields, fields);
		const changes: IDataObject = {};
		if (fields.starred !== undefined)
			changes.starred = readBoolean(this, itemIndex, option('starred'));
		if (fields.unreadCount !== undefined) {
			const count =
				typeof fields.unreadCount === 'string' && fields.unreadCount.trim() !== ''
					? Number(fields.unreadCount)
					: fields.unreadCount;
			if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
				throw refuse(
					this,
					itemIndex,
					option('unreadCount'),
					'a whole number of 0 or more',
					fields.unreadCount,
				);
			}
			changes.unreadCount = count;
		}
		if (!Object.keys(changes).length) {
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/update-conversation',
			path: { conversationId },
			body: { locationId, ...changes },
			itemIndex,
			locationId,
		});
		return unwrapConversation(response);
	},
};
