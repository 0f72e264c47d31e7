import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { conversationIdParameter, unwrapConversation } from './fields';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Retrieve a conversation by ID',
	calls: ['conversations/get-conversation'],
	properties: [conversationIdParameter],
	async execute(itemIndex) {
		const conversationId = readId(this, itemIndex, conversationIdParameter);
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
