import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { messageIdParameter } from './fields';
import {
	labelOf,
	optionsOf,
	readCollection,
	readId,
	readOneOf,
	readText,
	readWith,
	refuse,
} from '../../shared/read';

const STATUSES = ['delivered', 'failed', 'pending', 'read'] as const;

const statusParameter: INodeProperties = {
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
};

const additionalFieldsParameter = collectionParameter('additionalFields', 'Additional Fields', [
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
		description: 'Kind of failure, as your provider names it (with Error Code and Error Message)',
	},
	{
		displayName: 'Recipients',
		name: 'recipients',
		type: 'string',
		default: '',
		description: 'Additional email recipients the status applies to, separated by commas',
	},
]);

export const updateStatus: OperationDefinition = {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a message',
	description: 'Report the delivery status of a message your custom conversation provider sent',
	calls: ['conversations/update-message-status'],
	properties: [messageIdParameter, statusParameter, additionalFieldsParameter],
	async execute(itemIndex) {
		const messageId = readId(this, itemIndex, messageIdParameter);
		const body: IDataObject = {
			status: readOneOf(this, itemIndex, statusParameter, STATUSES),
		};
		const fields = readCollection(this, itemIndex, additionalFieldsParameter);
		const field = optionsOf(additionalFieldsParameter, fields);
		if (fields.emailMessageId)
			body.emailMessageId = readId(this, itemIndex, field('emailMessageId'));
		if (fields.recipients) {
			const recipients = field('recipients');
			const list = readWith(this, itemIndex, recipients, validate.stringList).map((address) =>
				validate.email(this, itemIndex, labelOf(recipients), address),
			);
			if (list.length) body.recipients = list;
		}
		const error: Array<[string, string]> = [
			['code', 'errorCode'],
			['type', 'errorType'],
			['message', 'errorMessage'],
		];
		if (error.some(([, name]) => fields[name] !== undefined && fields[name] !== '')) {
			// HighLevel's ErrorDto needs all three parts.
			const parts: IDataObject = {};
			for (const [key, name] of error) {
				const value = fields[name];
				const text = value === undefined ? '' : readText(this, itemIndex, field(name), 1000);
				if (!text)
					throw refuse(this, itemIndex, field(name), 'a value, since the error is given', value);
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
