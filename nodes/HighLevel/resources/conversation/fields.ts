import type { IDataObject } from 'n8n-workflow';
import { idParameter } from '../../shared/params';

export const conversationIdParameter = idParameter(
	'conversationId',
	'Conversation ID',
	'ID of the conversation',
);

/** Create and Update answer `{success, conversation}`; Get answers the conversation itself. */
export function unwrapConversation(response: IDataObject): IDataObject {
	const conversation = response.conversation;
	return conversation && typeof conversation === 'object' && !Array.isArray(conversation)
		? (conversation as IDataObject)
		: response;
}
