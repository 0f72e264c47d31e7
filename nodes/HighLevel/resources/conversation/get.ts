import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { conversationIdParameter, unwrapConversation } from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Retrieve a conversation by ID',
	calls: ['conversations/get-conversation'],
	properties: [conversationIdParameter],
	async execute(itemIndex) {
		const conversationId = validate.id(this, itemIndex, 'Conversation ID', this.getNodeParameter('conversationId', itemIndex));
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/get-conversation',
			path: { conversationId },
			itemIndex,
			locationId,
		});
		return unwrapConversation(response);
	},
};
