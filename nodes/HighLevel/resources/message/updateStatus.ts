import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { messageIdParameter } from './fields';
import { readId } from '../../shared/read';

const STATUSES = ['delivered', 'failed', 'pending', 'read'] as const;

export const updateStatus: OperationDefinition = {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a message',
	description: 'Report the delivery status of a message your custom conversation provider sent',
	calls: ['conversations/update-message-status'],
	properties: [
		messageIdParameter,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Delivered', value: 'delivered' },
				{ name: 'Failed', value: 'failed' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Read', value: 'read' },
			],
			default: 'delivered',
			required: true,
			description: 'New status of the message',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Email Message ID',
					name: 'emailMessageId',
					type: 'string',
					default: '',
					description: 'ID of the email the status is about, for an email message',
				},
				{
					displayName: 'Error Code',
					name: 'errorCode',
					type: 'string',
					default: '',
					description: 'Your provider’s code for the failure (with Error Message and Error Type)',
				},
				{
					displayName: 'Error Message',
					name: 'errorMessage',
					type: 'string',
					default: '',
					description: 'What went wrong, as shown in HighLevel (with Error Code and Error Type)',
				},
				{
					displayName: 'Error Type',
					name: 'errorType',
					type: 'string',
					default: '',
					placeholder: 'saas',
					description:
						'Kind of failure, as your provider names it (with Error Code and Error Message)',
				},
				{
					displayName: 'Recipients',
					name: 'recipients',
					type: 'string',
					default: '',
					description: 'Additional email recipients the status applies to, separated by commas',
				},
			],
		},
	],
	async execute(itemIndex) {
		const messageId = readId(this, itemIndex, messageIdParameter);
		const body: IDataObject = {
			status: validate.oneOf(
				this,
				itemIndex,
				'Status',
				this.getNodeParameter('status', itemIndex),
				STATUSES,
			),
		};
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		if (fields.emailMessageId)
			body.emailMessageId = validate.id(this, itemIndex, 'Email Message ID', fields.emailMessageId);
		if (fields.recipients) {
			const recipients = validate
				.stringList(this, itemIndex, 'Recipients', fields.recipients)
				.map((address) => validate.email(this, itemIndex, 'Recipients', address));
			if (recipients.length) body.recipients = recipients;
		}
		const error: Array<[string, string, unknown]> = [
			['code', 'Error Code', fields.errorCode],
			['type', 'Error Type', fields.errorType],
			['message', 'Error Message', fields.errorMessage],
		];
		if (error.some(([, , value]) => value !== undefined && value !== '')) {
			// HighLevel's ErrorDto needs all three parts.
			const parts: IDataObject = {};
			for (const [key, label, value] of error) {
				const text = value === undefined ? '' : validate.text(this, itemIndex, label, value, 1000);
				if (!text)
					throw validate.inputError(
						this,
						itemIndex,
						label,
						'a value, since the error is given',
						value,
					);
				parts[key] = text;
			}
			body.error = parts;
		}
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'conversations/update-message-status',
			path: { messageId },
			body,
			itemIndex,
			locationId,
		});
	},
};
