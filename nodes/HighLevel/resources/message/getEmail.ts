import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { idParameter } from '../../shared/params';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { apiRequest } from '../../transport/request';

export const emailMessageIdParameter = idParameter(
	'emailMessageId',
	'Email Message ID',
	'ID of the email (emailMessageId in the answer of Send, or one of meta.email.messageIds of an email message)',
);

export const getEmail: OperationDefinition = {
	value: 'getEmail',
	name: 'Get Email',
	action: 'Get an email message',
	description:
		'Retrieve an email by ID with its subject, body (HTML or text), sender, recipients and attachment URLs',
	calls: ['conversations/get-email-by-id'],
	properties: [emailMessageIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, emailMessageIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'conversations/get-email-by-id',
			path: { id },
			itemIndex,
			locationId,
		});
	},
};
