import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { idParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readBoolean, readId } from '../../shared/read';

const scheduledMessageIdParameter = idParameter(
	'messageId',
	'Message ID',
	'ID of the scheduled message (messageId in the answer of Send)',
);
const scheduledEmailIdParameter = idParameter(
	'emailMessageId',
	'Email Message ID',
	'ID of the scheduled email (emailMessageId in the answer of Send)',
);

const isEmailParameter: INodeProperties = {
	displayName: 'Email',
	name: 'isEmail',
	type: 'boolean',
	default: false,
	description:
		'Whether the scheduled message is an email; emails are cancelled by their email message ID',
};

export const cancelScheduled: OperationDefinition = {
	value: 'cancelScheduled',
	name: 'Cancel Scheduled',
	action: 'Cancel a scheduled message',
	description: 'Stop a message sent with a Scheduled Time from going out',
	calls: ['conversations/cancel-scheduled-message', 'conversations/cancel-scheduled-email-message'],
	properties: [
		isEmailParameter,
		{
			...scheduledMessageIdParameter,
			displayOptions: { show: { isEmail: [false] } },
		},
		{
			...scheduledEmailIdParameter,
			displayOptions: { show: { isEmail: [true] } },
		},
	],
	async execute(itemIndex) {
		const isEmail = readBoolean(this, itemIndex, isEmailParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		let id: string;
		let response: IDataObject;
		if (isEmail) {
			id = readId(this, itemIndex, scheduledEmailIdParameter);
			response = await apiRequest<IDataObject>(this, {
				operation: 'conversations/cancel-scheduled-email-message',
				path: { emailMessageId: id },
				itemIndex,
				locationId,
			});
		} else {
			id = readId(this, itemIndex, scheduledMessageIdParameter);
			response = await apiRequest<IDataObject>(this, {
				operation: 'conversations/cancel-scheduled-message',
				path: { messageId: id },
				itemIndex,
				locationId,
			});
		}
		// CancelScheduledResponseDto carries a status of its own, which may say the cancel failed.
		if (typeof response.status === 'number' && response.status >= 400) {
			throw new NodeOperationError(
				this.getNode(),
				`HighLevel did not cancel the message: ${String(response.message ?? response.status)}`,
				{
					itemIndex,
					description: 'A message that has already gone out cannot be cancelled.',
				},
			);
		}
		return { id, cancelled: true, ...response };
	},
};
