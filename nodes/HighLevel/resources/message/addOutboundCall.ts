import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import {
	attachmentsField,
	attachmentUrls,
	callFields,
	conversationIdParameter,
	conversationProviderIdParameter,
	recordedDetails,
} from './fields';
import { messageRequest } from './request';
import { readId } from '../../shared/read';

export const addOutboundCall: OperationDefinition = {
	value: 'addOutboundCall',
	name: 'Add Outbound Call',
	action: 'Add an outbound call',
	description: 'Record a call made outside HighLevel through your custom conversation provider',
	calls: ['conversations/add-an-outbound-message'],
	properties: [
		conversationIdParameter,
		conversationProviderIdParameter,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					...attachmentsField,
					description:
						'Public URLs of files such as the recording, separated by commas (or a JSON array)',
				},
				...callFields,
				{
					displayName: 'Date',
					name: 'date',
					type: 'dateTime',
					default: '',
					description: 'When the call was made (now if empty)',
				},
				{
					displayName: 'External Message ID',
					name: 'altId',
					type: 'string',
					default: '',
					description: 'ID of the call in your provider, to find it again later',
				},
			],
		},
	],
	async execute(itemIndex) {
		const body: IDataObject = {
			type: 'Call',
			conversationId: readId(this, itemIndex, conversationIdParameter),
			conversationProviderId: validate.id(
				this,
				itemIndex,
				'Conversation Provider ID',
				this.getNodeParameter('conversationProviderId', itemIndex),
			),
		};
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		if (fields.attachments) {
			const attachments = attachmentUrls(this, itemIndex, fields.attachments);
			if (attachments.length) body.attachments = attachments;
		}
		Object.assign(body, recordedDetails(this, itemIndex, fields));

		const locationId = await resolveLocationId(this, itemIndex);
		return await messageRequest(
			this,
			{ operation: 'conversations/add-an-outbound-message', body, itemIndex, locationId },
			'The call may have been added',
		);
	},
};
