import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { conversationIdParameter } from './fields';

export const deleteConversation: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and its messages',
	calls: ['conversations/delete-conversation'],
	properties: [conversationIdParameter],
	async execute(itemIndex) {
		const conversationId = validate.id(this, itemIndex, 'Conversation ID', this.getNodeParameter('conversationId', itemIndex));
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
