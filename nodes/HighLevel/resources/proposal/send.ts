import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { collectionParameter, toProperty } from '../../shared/fieldTable';
import { resolveLocationId } from '../../shared/location';
import {
	optionsOf,
	readCollection,
	readId,
	readOneOf,
	readText,
	readWith,
} from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';

export const documentIdParameter: INodeProperties = {
	displayName: 'Document Name or ID',
	name: 'documentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getDocuments', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'The document or contract to send; its recipients are set in HighLevel',
};

const sentByParameter: INodeProperties = {
	...toProperty(
		{
			name: 'sentBy',
			title: 'Sent By Name or ID',
			description: '',
			check: 'id',
			type: 'options',
			loadOptionsMethod: 'getUsers',
		},
		false,
	),
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'The user the document is sent on behalf of',
};

const mediumParameter: INodeProperties = {
	displayName: 'Send By',
	name: 'medium',
	type: 'options',
	options: [
		{
			name: 'Email',
			value: 'email',
			description: 'HighLevel emails each recipient a link to sign',
		},
		{
			name: 'Link Only',
			value: 'link',
			description:
				'HighLevel only makes the signing links (in the output), to share any way you like',
		},
	],
	default: 'email',
	description: 'How the recipients get the document',
};

const MEDIUMS = ['email', 'link'] as const;

const optionsParameter = collectionParameter(
	'options',
	'Options',
	[
		{
			displayName: 'Document Name',
			name: 'documentName',
			type: 'string',
			default: '',
			placeholder: 'Website redesign proposal',
			description: 'Name the recipients see, instead of the document’s own',
		},
		{
			displayName: 'Email Template ID',
			name: 'templateId',
			type: 'string',
			default: '',
			placeholder: 'sx6wyHhbFdRXh302Lunr',
			description:
				'ID of the email template the message is made from, instead of HighLevel’s default',
		},
		{
			displayName: 'From Email',
			name: 'fromEmail',
			type: 'string',
			default: '',
			placeholder: 'sales@example.com',
			description: 'Address the email comes from, instead of the location’s',
		},
		{
			displayName: 'From Name',
			name: 'fromName',
			type: 'string',
			default: '',
			placeholder: 'Acme Sales',
			description: 'Sender name the email shows, instead of the location’s',
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			placeholder: 'Your proposal is ready to sign',
			description: 'Subject of the email the recipients get, instead of HighLevel’s default',
		},
	],
	{ placeholder: 'Add Option', displayOptions: { show: { medium: ['email'] } } },
);

export const send: OperationDefinition = {
	value: 'send',
	name: 'Send',
	action: 'Send a document',
	description:
		'Send a document or contract to its recipients for signing; outputs the signing link of each recipient',
	calls: ['proposals/send-documents-contracts'],
	properties: [documentIdParameter, sentByParameter, mediumParameter, optionsParameter],
	async execute(itemIndex) {
		const documentId = readId(this, itemIndex, documentIdParameter);
		const sentBy = readId(this, itemIndex, sentByParameter);
		const medium = readOneOf(this, itemIndex, mediumParameter, MEDIUMS);
		const options = medium === 'email' ? readCollection(this, itemIndex, optionsParameter) : {};
		const option = optionsOf(optionsParameter, options);
		const body: IDataObject = { documentId, sentBy, medium };
		if (options.documentName)
			body.documentName = readText(this, itemIndex, option('documentName'), 200);
		const sender = {
			fromName: options.fromName ? readText(this, itemIndex, option('fromName'), 200) : '',
			fromEmail: options.fromEmail
				? readWith(this, itemIndex, option('fromEmail'), validate.email)
				: '',
		};
		const receive = {
			subject: options.subject ? readText(this, itemIndex, option('subject'), 500) : '',
			templateId: options.templateId ? readId(this, itemIndex, option('templateId')) : '',
		};
		// HighLevel takes the notification settings whole (all four values) or not at all; empty ones keep its defaults.
		if ([...Object.values(sender), ...Object.values(receive)].some(Boolean))
			body.notificationSettings = { sender, receive };
		const locationId = await resolveLocationId(this, itemIndex);
		body.locationId = locationId;
		const response = await apiRequest<IDataObject>(this, {
			operation: 'proposals/send-documents-contracts',
			body,
			itemIndex,
			locationId,
		});
		return { documentId, ...response };
	},
};
