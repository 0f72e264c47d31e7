import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { collectionParameter } from '../../shared/fieldTable';
import {
	altIdOption,
	attachmentsField,
	attachmentUrls,
	callFields,
	conversationIdParameter,
	conversationProviderIdParameter,
	dateOption,
	emailAddresses,
	emailAddressFields,
	htmlField,
	messageParameter,
	recordedDetails,
	subjectField,
} from './fields';
import { messageRequest } from './request';
import { optionIn, readCollection, readId, readOneOf, readText, refuse } from '../../shared/read';

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

const channelParameter: INodeProperties = {
	displayName: 'Channel',
	name: 'inboundType',
	type: 'options',
	options: CHANNELS,
	default: 'SMS',
	required: true,
	description: 'Channel the message came in on',
};
const emailMessageIdOption: INodeProperties = {
	displayName: 'Email Message ID',
	name: 'emailMessageId',
	type: 'string',
	default: '',
	description: 'ID of the email this one replies to, to keep them in one thread',
};
const additionalFieldsParameter = collectionParameter('additionalFields', 'Additional Fields', [
	attachmentsField,
	emailAddressFields.bcc,
	...callFields,
	emailAddressFields.cc,
	dateOption,
	emailMessageIdOption,
	altIdOption,
	{ ...emailAddressFields.from, placeholder: 'name@example.com' },
	htmlField,
	subjectField,
	{ ...emailAddressFields.to, placeholder: 'sender@example.com' },
]);

export const addInbound: OperationDefinition = {
	value: 'addInbound',
	name: 'Add Inbound',
	action: 'Add an inbound message',
	description: 'Record a message a contact sent through your custom conversation provider',
	calls: ['conversations/add-an-inbound-message'],
	properties: [
		channelParameter,
		conversationIdParameter,
		{ ...contactIdParameter, description: 'ID of the contact who sent the message' },
		conversationProviderIdParameter,
		messageParameter,
		additionalFieldsParameter,
	],
	async execute(itemIndex) {
		const type = readOneOf(
			this,
			itemIndex,
			channelParameter,
			CHANNELS.map((c) => c.value),
		);
		const body: IDataObject = {
			type,
			conversationId: readId(this, itemIndex, conversationIdParameter),
			contactId: readId(this, itemIndex, contactIdParameter),
			conversationProviderId: readId(this, itemIndex, conversationProviderIdParameter),
		};
		const message = readText(this, itemIndex, messageParameter, 20_000);
		if (message) body.message = message;
		const fields = readCollection(this, itemIndex, additionalFieldsParameter);
		const attachments = attachmentUrls(this, itemIndex, fields);
		if (attachments.length) body.attachments = attachments;
		if (fields.subject)
			body.subject = readText(this, itemIndex, optionIn(fields, subjectField), 998);
		if (fields.html) body.html = readText(this, itemIndex, optionIn(fields, htmlField), 500_000);
		Object.assign(body, emailAddresses(this, itemIndex, fields));
		if (fields.emailMessageId)
			body.emailMessageId = readId(this, itemIndex, optionIn(fields, emailMessageIdOption));
		Object.assign(body, recordedDetails(this, itemIndex, fields));
		// A call is a record in itself; any other message needs something to show.
		if (!CALLS.includes(type) && !body.message && !body.html && !body.attachments) {
			throw refuse(
				this,
				itemIndex,
				messageParameter,
				'the text of the message (or HTML, or attachment URLs)',
				message,
			);
		}

		return await messageRequest(
			this,
			itemIndex,
			'conversations/add-an-inbound-message',
			body,
			'The inbound message may have been added',
		);
	},
};
