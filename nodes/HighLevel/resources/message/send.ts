import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import { attachmentsField, attachmentUrls, copyRecipients } from './fields';
import { messageRequest } from './request';
import { instant } from '../../shared/dates';
import { readId } from '../../shared/read';

/** `type` values of SendMessageBodyDto, as the editor names them. */
const CHANNELS = [
	{ name: 'Custom Provider', value: 'Custom' },
	{ name: 'Email', value: 'Email' },
	{ name: 'Facebook', value: 'FB' },
	{ name: 'Instagram', value: 'IG' },
	{ name: 'Live Chat', value: 'Live_Chat' },
	{ name: 'RCS', value: 'RCS' },
	{ name: 'SMS', value: 'SMS' },
	{ name: 'TikTok', value: 'TIKTOK' },
	{ name: 'WhatsApp', value: 'WhatsApp' },
];
const CHANNEL_VALUES = CHANNELS.map((c) => c.value);
/** Channels that go to a phone number, where a sender and recipient number may be chosen. */
const PHONE_CHANNELS = ['SMS', 'RCS', 'WhatsApp'];

export const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send a message',
	description:
		'Send an SMS, email, WhatsApp or other message to a contact; it joins the contact’s conversation',
	calls: ['conversations/send-a-new-message'],
	properties: [
		{
			displayName: 'Channel',
			name: 'messageType',
			type: 'options',
			options: CHANNELS,
			default: 'SMS',
			required: true,
			description: 'How the message is sent',
		},
		{ ...contactIdParameter, description: 'ID of the contact who receives the message' },
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			displayOptions: { show: { messageType: ['Email'] } },
			description: 'Subject line of the email',
		},
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description:
				'Text of the message. For an email, the plain-text body (give HTML for a formatted one).',
		},
		{
			displayName: 'HTML',
			name: 'html',
			type: 'string',
			typeOptions: { rows: 6 },
			default: '',
			displayOptions: { show: { messageType: ['Email'] } },
			description: 'HTML body of the email',
		},
		{
			displayName: 'Conversation Provider ID',
			name: 'conversationProviderId',
			type: 'string',
			default: '',
			displayOptions: { show: { messageType: ['Custom'] } },
			description:
				'ID of the custom conversation provider (from your marketplace app) that delivers the message',
		},
		{
			displayName: 'Email Options',
			name: 'emailOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { messageType: ['Email'] } },
			options: [
				{
					displayName: 'BCC',
					name: 'emailBcc',
					type: 'string',
					default: '',
					description: 'Addresses to send a blind copy to, separated by commas',
				},
				{
					displayName: 'CC',
					name: 'emailCc',
					type: 'string',
					default: '',
					description: 'Addresses to send a copy to, separated by commas',
				},
				{
					displayName: 'From Email',
					name: 'emailFrom',
					type: 'string',
					default: '',
					placeholder: 'sender@example.com',
					description: 'Address to send from, instead of the sub-account’s default',
				},
				{
					displayName: 'Reply Mode',
					name: 'emailReplyMode',
					type: 'options',
					options: [
						{ name: 'Reply', value: 'reply' },
						{ name: 'Reply All', value: 'reply_all' },
					],
					default: 'reply',
					description: 'Whether a reply goes to the sender only or to everyone on the email',
				},
				{
					displayName: 'Thread ID',
					name: 'threadId',
					type: 'string',
					default: '',
					description: 'ID of the email thread to send the email in',
				},
				{
					displayName: 'To Email',
					name: 'emailTo',
					type: 'string',
					default: '',
					placeholder: 'name@example.com',
					description:
						'Address to send to, if not the contact’s main one (it must be an address of the contact)',
				},
			],
		},
		{
			displayName: 'Phone Options',
			name: 'phoneOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { messageType: PHONE_CHANNELS } },
			options: [
				{
					displayName: 'From Number',
					name: 'fromNumber',
					type: 'string',
					default: '',
					placeholder: '+14155550123',
					description:
						'Sub-account number to send from, in E.164 format, instead of the default one',
				},
				{
					displayName: 'To Number',
					name: 'toNumber',
					type: 'string',
					default: '',
					placeholder: '+14155550123',
					description: 'Number to send to, in E.164 format, if not the contact’s main one',
				},
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				attachmentsField,
				{
					displayName: 'Reply To Message ID',
					name: 'replyMessageId',
					type: 'string',
					default: '',
					description: 'ID of the message this one answers',
				},
				{
					displayName: 'Scheduled Time',
					name: 'scheduledTime',
					type: 'dateTime',
					default: '',
					description:
						'Send the message at this moment instead of now (cancel it with Cancel Scheduled)',
				},
				{
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					description: 'ID of a message template of the sub-account to send; it supplies the text',
				},
			],
		},
	],
	async execute(itemIndex) {
		const type = validate.oneOf(
			this,
			itemIndex,
			'Channel',
			this.getNodeParameter('messageType', itemIndex),
			CHANNEL_VALUES,
		);
		const contactId = readId(this, itemIndex, contactIdParameter);
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = { type, contactId };

		const message = validate.text(
			this,
			itemIndex,
			'Message',
			this.getNodeParameter('message', itemIndex, ''),
			20_000,
		);
		if (message) body.message = message;
		const attachments = additional.attachments
			? attachmentUrls(this, itemIndex, additional.attachments)
			: [];
		if (attachments.length) body.attachments = attachments;
		if (additional.templateId)
			body.templateId = validate.id(this, itemIndex, 'Template ID', additional.templateId);
		if (additional.replyMessageId)
			body.replyMessageId = validate.id(
				this,
				itemIndex,
				'Reply To Message ID',
				additional.replyMessageId,
			);
		if (additional.scheduledTime) {
			const at = instant(this, itemIndex, 'Scheduled Time', additional.scheduledTime, {
				zone: this.getTimezone(),
			});
			if (at <= Date.now()) {
				throw validate.inputError(
					this,
					itemIndex,
					'Scheduled Time',
					'a moment in the future',
					additional.scheduledTime,
				);
			}
			// HighLevel takes the moment in whole seconds.
			body.scheduledTimestamp = Math.floor(at / 1000);
		}

		if (type === 'Email') {
			const subject = validate.text(
				this,
				itemIndex,
				'Subject',
				this.getNodeParameter('subject', itemIndex, ''),
				998,
			);
			const html = validate.text(
				this,
				itemIndex,
				'HTML',
				this.getNodeParameter('html', itemIndex, ''),
				500_000,
			);
			if (subject) body.subject = subject;
			if (html) body.html = html;
			// A template brings its own subject and body.
			if (!body.templateId && !subject) {
				throw validate.inputError(
					this,
					itemIndex,
					'Subject',
					'a subject line for the email',
					subject,
				);
			}
			if (!body.templateId && !html && !message) {
				throw validate.inputError(this, itemIndex, 'HTML', 'an email body: HTML or Message', html);
			}
			Object.assign(
				body,
				emailOptions(
					this,
					itemIndex,
					this.getNodeParameter('emailOptions', itemIndex, {}) as IDataObject,
				),
			);
		} else if (!message && !attachments.length && !body.templateId) {
			throw validate.inputError(
				this,
				itemIndex,
				'Message',
				'the text to send (or attachment URLs)',
				message,
			);
		}
		if (PHONE_CHANNELS.includes(type)) {
			const phone = this.getNodeParameter('phoneOptions', itemIndex, {}) as IDataObject;
			if (phone.fromNumber)
				body.fromNumber = validate.phone(this, itemIndex, 'From Number', phone.fromNumber);
			if (phone.toNumber)
				body.toNumber = validate.phone(this, itemIndex, 'To Number', phone.toNumber);
		}
		if (type === 'Custom') {
			const provider = this.getNodeParameter('conversationProviderId', itemIndex, '');
			if (provider)
				body.conversationProviderId = validate.id(
					this,
					itemIndex,
					'Conversation Provider ID',
					provider,
				);
		}

		const locationId = await resolveLocationId(this, itemIndex);
		return await messageRequest(
			this,
			{ operation: 'conversations/send-a-new-message', body, itemIndex, locationId },
			'The message may have been sent',
		);
	},
};

function emailOptions(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	if (options.emailFrom)
		body.emailFrom = validate.email(ctx, itemIndex, 'From Email', options.emailFrom);
	if (options.emailTo) body.emailTo = validate.email(ctx, itemIndex, 'To Email', options.emailTo);
	Object.assign(body, copyRecipients(ctx, itemIndex, options));
	if (options.emailReplyMode)
		body.emailReplyMode = validate.oneOf(ctx, itemIndex, 'Reply Mode', options.emailReplyMode, [
			'reply',
			'reply_all',
		]);
	if (options.threadId) body.threadId = validate.id(ctx, itemIndex, 'Thread ID', options.threadId);
	return body;
}
