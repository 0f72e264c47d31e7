import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { unwrapConversation } from './fields';
import { readId } from '../../shared/read';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a conversation',
	description:
		'Start a conversation with a contact (HighLevel refuses a second one for the same contact)',
	calls: ['conversations/create-conversation'],
	properties: [contactIdParameter],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/create-conversation',
			body: { locationId, contactId },
			itemIndex,
			locationId,
		});
		return unwrapConversation(response);
	},
};
