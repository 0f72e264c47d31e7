import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import {
	attachmentsField,
	attachmentUrls,
	callFields,
	conversationIdParameter,
	conversationProviderIdParameter,
	copyRecipients,
	recordedDetails,
} from './fields';
import { messageRequest } from './request';
import { readId } from '../../shared/read';

/** `type` values of ProcessMessageBodyDto, as the editor names them. */
const CHANNELS = [
	{ name: 'All-in-One Chat', value: 'ALL_IN_ONE_CHAT' },
	{ name: 'Call', value: 'Call' },
	{ name: 'Campaign Call', value: 'Campaign_Call' },
	{ name: 'Campaign Voicemail', value: 'Campaign_VoiceMail' },
	{ name: 'Custom', value: 'Custom' },
	{ name: 'Email', value: 'Email' },
	{ name: 'Facebook', value: 'FB' },
	{ name: 'Form Submission', value: 'FORM_SUBMISSION' },
	{ name: 'Google Business', value: 'GMB' },
	{ name: 'Instagram', value: 'IG' },
	{ name: 'IVR Call', value: 'IVR_Call' },
	{ name: 'Live Chat', value: 'Live_Chat' },
	{ name: 'RCS', value: 'RCS' },
	{ name: 'SMS', value: 'SMS' },
	{ name: 'TikTok', value: 'TIKTOK' },
	{ name: 'Web Chat', value: 'WebChat' },
	{ name: 'WhatsApp', value: 'WhatsApp' },
];
const CALLS = ['Call', 'IVR_Call', 'Campaign_Call', 'Campaign_VoiceMail'];

export const addInbound: OperationDefinition = {
	value: 'addInbound',
	name: 'Add Inbound',
	action: 'Add an inbound message',
	description: 'Record a message a contact sent through your custom conversation provider',
	calls: ['conversations/add-an-inbound-message'],
	properties: [
		{
			displayName: 'Channel',
			name: 'inboundType',
			type: 'options',
			options: CHANNELS,
			default: 'SMS',
			required: true,
			description: 'Channel the message came in on',
		},
		conversationIdParameter,
		{ ...contactIdParameter, description: 'ID of the contact who sent the message' },
		conversationProviderIdParameter,
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: 'Text of the message',
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
					displayName: 'BCC',
					name: 'emailBcc',
					type: 'string',
					default: '',
					description: 'Email addresses the email was blind-copied to, separated by commas',
				},
				...callFields,
				{
					displayName: 'CC',
					name: 'emailCc',
					type: 'string',
					default: '',
					description: 'Email addresses the email was copied to, separated by commas',
				},
				{
					displayName: 'Date',
					name: 'date',
					type: 'dateTime',
					default: '',
					description: 'When the message was received (now if empty)',
				},
				{
					displayName: 'Email Message ID',
					name: 'emailMessageId',
					type: 'string',
					default: '',
					description: 'ID of the email this one replies to, to keep them in one thread',
				},
				{
					displayName: 'External Message ID',
					name: 'altId',
					type: 'string',
					default: '',
					description: 'ID of the message in your provider, to find it again later',
				},
				{
					displayName: 'From Email',
					name: 'emailFrom',
					type: 'string',
					default: '',
					placeholder: 'name@example.com',
					description: 'Address the email came from',
				},
				{
					displayName: 'HTML',
					name: 'html',
					type: 'string',
					typeOptions: { rows: 6 },
					default: '',
					description: 'HTML body of an email',
				},
				{
					displayName: 'Subject',
					name: 'subject',
					type: 'string',
					default: '',
					description: 'Subject line of an email',
				},
				{
					displayName: 'To Email',
					name: 'emailTo',
					type: 'string',
					default: '',
					placeholder: 'sender@example.com',
					description: 'Address the email was sent to',
				},
			],
		},
	],
	async execute(itemIndex) {
		const type = validate.oneOf(
			this,
			itemIndex,
			'Channel',
			this.getNodeParameter('inboundType', itemIndex),
			CHANNELS.map((c) => c.value),
		);
		const body: IDataObject = {
			type,
			conversationId: readId(this, itemIndex, conversationIdParameter),
			contactId: readId(this, itemIndex, contactIdParameter),
			conversationProviderId: validate.id(
				this,
				itemIndex,
				'Conversation Provider ID',
				this.getNodeParameter('conversationProviderId', itemIndex),
			),
		};
		const message = validate.text(
			this,
			itemIndex,
			'Message',
			this.getNodeParameter('message', itemIndex, ''),
			20_000,
		);
		if (message) body.message = message;
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		if (fields.attachments) {
			const attachments = attachmentUrls(this, itemIndex, fields.attachments);
			if (attachments.length) body.attachments = attachments;
		}
		if (fields.subject)
			body.subject = validate.text(this, itemIndex, 'Subject', fields.subject, 998);
		if (fields.html) body.html = validate.text(this, itemIndex, 'HTML', fields.html, 500_000);
		if (fields.emailFrom)
			body.emailFrom = validate.email(this, itemIndex, 'From Email', fields.emailFrom);
		if (fields.emailTo) body.emailTo = validate.email(this, itemIndex, 'To Email', fields.emailTo);
		Object.assign(body, copyRecipients(this, itemIndex, fields));
		if (fields.emailMessageId)
			body.emailMessageId = validate.id(this, itemIndex, 'Email Message ID', fields.emailMessageId);
		Object.assign(body, recordedDetails(this, itemIndex, fields));
		// A call is a record in itself; any other message needs something to show.
		if (!CALLS.includes(type) && !body.message && !body.html && !body.attachments) {
			throw validate.inputError(
				this,
				itemIndex,
				'Message',
				'the text of the message (or HTML, or attachment URLs)',
				message,
			);
		}

		const locationId = await resolveLocationId(this, itemIndex);
		return await messageRequest(
			this,
			{ operation: 'conversations/add-an-inbound-message', body, itemIndex, locationId },
			'The inbound message may have been added',
		);
	},
};
