import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { collectionParameter } from '../../shared/fieldTable';
import * as validate from '../../shared/validate';
import {
	attachmentsField,
	attachmentUrls,
	emailAddresses,
	emailAddressFields,
	htmlField,
	messageParameter,
	subjectField,
} from './fields';
import { messageRequest } from './request';
import { instant } from '../../shared/dates';
import {
	optionIn,
	readCollection,
	readId,
	readOneOf,
	readText,
	readValue,
	readWith,
	refuse,
} from '../../shared/read';

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

const EMAIL = { show: { messageType: ['Email'] } };

const channelParameter: INodeProperties = {
	displayName: 'Channel',
	name: 'messageType',
	type: 'options',
	options: CHANNELS,
	default: 'SMS',
	required: true,
	description: 'How the message is sent',
};
const subjectParameter: INodeProperties = {
	...subjectField,
	displayOptions: EMAIL,
	description: 'Subject line of the email',
};
const textParameter: INodeProperties = {
	...messageParameter,
	description:
		'Text of the message. For an email, the plain-text body (give HTML for a formatted one).',
};
const htmlParameter: INodeProperties = {
	...htmlField,
	displayOptions: EMAIL,
	description: 'HTML body of the email',
};
const providerParameter: INodeProperties = {
	displayName: 'Conversation Provider ID',
	name: 'conversationProviderId',
	type: 'string',
	default: '',
	displayOptions: { show: { messageType: ['Custom'] } },
	description:
		'ID of the custom conversation provider (from your marketplace app) that delivers the message',
};
const REPLY_MODES = [
	{ name: 'Reply', value: 'reply' },
	{ name: 'Reply All', value: 'reply_all' },
];
const replyModeOption: INodeProperties = {
	displayName: 'Reply Mode',
	name: 'emailReplyMode',
	type: 'options',
	options: REPLY_MODES,
	default: 'reply',
	description: 'Whether a reply goes to the sender only or to everyone on the email',
};
const threadIdOption: INodeProperties = {
	displayName: 'Thread ID',
	name: 'threadId',
	type: 'string',
	default: '',
	description: 'ID of the email thread to send the email in',
};
const emailOptionsParameter = collectionParameter(
	'emailOptions',
	'Email Options',
	[
		{
			...emailAddressFields.bcc,
			description: 'Addresses to send a blind copy to, separated by commas',
		},
		{ ...emailAddressFields.cc, description: 'Addresses to send a copy to, separated by commas' },
		{
			...emailAddressFields.from,
			placeholder: 'sender@example.com',
			description: 'Address to send from, instead of the sub-account’s default',
		},
		replyModeOption,
		threadIdOption,
		{
			...emailAddressFields.to,
			placeholder: 'name@example.com',
			description:
				'Address to send to, if not the contact’s main one (it must be an address of the contact)',
		},
	],
	{ placeholder: 'Add Option', displayOptions: EMAIL },
);
const fromNumberOption: INodeProperties = {
	displayName: 'From Number',
	name: 'fromNumber',
	type: 'string',
	default: '',
	placeholder: '+14155550123',
	description: 'Sub-account number to send from, in E.164 format, instead of the default one',
};
const toNumberOption: INodeProperties = {
	displayName: 'To Number',
	name: 'toNumber',
	type: 'string',
	default: '',
	placeholder: '+14155550123',
	description: 'Number to send to, in E.164 format, if not the contact’s main one',
};
const phoneOptionsParameter = collectionParameter(
	'phoneOptions',
	'Phone Options',
	[fromNumberOption, toNumberOption],
	{ placeholder: 'Add Option', displayOptions: { show: { messageType: PHONE_CHANNELS } } },
);
const replyMessageIdOption: INodeProperties = {
	displayName: 'Reply To Message ID',
	name: 'replyMessageId',
	type: 'string',
	default: '',
	description: 'ID of the message this one answers',
};
const scheduledTimeOption: INodeProperties = {
	displayName: 'Scheduled Time',
	name: 'scheduledTime',
	type: 'dateTime',
	default: '',
	description: 'Send the message at this moment instead of now (cancel it with Cancel Scheduled)',
};
const templateIdOption: INodeProperties = {
	displayName: 'Template ID',
	name: 'templateId',
	type: 'string',
	default: '',
	description: 'ID of a message template of the sub-account to send; it supplies the text',
};
const additionalFieldsParameter = collectionParameter('additionalFields', 'Additional Fields', [
	attachmentsField,
	replyMessageIdOption,
	scheduledTimeOption,
	templateIdOption,
]);

export const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send a message',
	description:
		'Send an SMS, email, WhatsApp or other message to a contact; it joins the contact’s conversation',
	calls: ['conversations/send-a-new-message'],
	properties: [
		channelParameter,
		{ ...contactIdParameter, description: 'ID of the contact who receives the message' },
		subjectParameter,
		textParameter,
		htmlParameter,
		providerParameter,
		emailOptionsParameter,
		phoneOptionsParameter,
		additionalFieldsParameter,
	],
	async execute(itemIndex) {
		const type = readOneOf(this, itemIndex, channelParameter, CHANNEL_VALUES);
		const contactId = readId(this, itemIndex, contactIdParameter);
		const additional = readCollection(this, itemIndex, additionalFieldsParameter);
		const body: IDataObject = { type, contactId };

		const message = readText(this, itemIndex, textParameter, 20_000);
		if (message) body.message = message;
		const attachments = attachmentUrls(this, itemIndex, additional);
		if (attachments.length) body.attachments = attachments;
		if (additional.templateId)
			body.templateId = readId(this, itemIndex, optionIn(additional, templateIdOption));
		if (additional.replyMessageId)
			body.replyMessageId = readId(this, itemIndex, optionIn(additional, replyMessageIdOption));
		if (additional.scheduledTime) {
			const scheduled = optionIn(additional, scheduledTimeOption);
			const at = readWith(this, itemIndex, scheduled, instant, { zone: this.getTimezone() });
			if (at <= Date.now()) {
				throw refuse(
					this,
					itemIndex,
					scheduled,
					'a moment in the future',
					additional.scheduledTime,
				);
			}
			// HighLevel takes the moment in whole seconds.
			body.scheduledTimestamp = Math.floor(at / 1000);
		}

		if (type === 'Email') {
			const subject = readText(this, itemIndex, subjectParameter, 998);
			const html = readText(this, itemIndex, htmlParameter, 500_000);
			if (subject) body.subject = subject;
			if (html) body.html = html;
			// A template brings its own subject and body.
			if (!body.templateId && !subject) {
				throw refuse(this, itemIndex, subjectParameter, 'a subject line for the email', subject);
			}
			if (!body.templateId && !html && !message) {
				throw refuse(this, itemIndex, htmlParameter, 'an email body: HTML or Message', html);
			}
			Object.assign(
				body,
				emailOptions(this, itemIndex, readCollection(this, itemIndex, emailOptionsParameter)),
			);
		} else if (!message && !attachments.length && !body.templateId) {
			throw refuse(
				this,
				itemIndex,
				textParameter,
				'the text to send (or attachment URLs)',
				message,
			);
		}
		if (PHONE_CHANNELS.includes(type)) {
			const phone = readCollection(this, itemIndex, phoneOptionsParameter);
			if (phone.fromNumber)
				body.fromNumber = readWith(
					this,
					itemIndex,
					optionIn(phone, fromNumberOption),
					validate.phone,
				);
			if (phone.toNumber)
				body.toNumber = readWith(this, itemIndex, optionIn(phone, toNumberOption), validate.phone);
		}
		if (type === 'Custom' && readValue(this, itemIndex, providerParameter))
			body.conversationProviderId = readId(this, itemIndex, providerParameter);

		return await messageRequest(
			this,
			itemIndex,
			'conversations/send-a-new-message',
			body,
			'The message may have been sent',
		);
	},
};

function emailOptions(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): IDataObject {
	const body = emailAddresses(ctx, itemIndex, options);
	if (options.emailReplyMode)
		body.emailReplyMode = readOneOf(
			ctx,
			itemIndex,
			optionIn(options, replyModeOption),
			REPLY_MODES.map((m) => m.value),
		);
	if (options.threadId) body.threadId = readId(ctx, itemIndex, optionIn(options, threadIdOption));
	return body;
}
