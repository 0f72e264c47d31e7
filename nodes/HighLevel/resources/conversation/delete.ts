import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { conversationIdParameter } from './fields';
import { readId } from '../../shared/read';

export const deleteConversation: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and its messages',
	calls: ['conversations/delete-conversation'],
	properties: [conversationIdParameter],
	async execute(itemIndex) {
		const conversationId = readId(this, itemIndex, conversationIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'conversations/delete-conversation',
			path: { conversationId },
			itemIndex,
			locationId,
		});
		return { id: conversationId, deleted: true };
	},
};
