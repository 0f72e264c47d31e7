import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import {
	altIdOption,
	attachmentsField,
	attachmentUrls,
	callFields,
	conversationIdParameter,
	conversationProviderIdParameter,
	dateOption,
	recordedDetails,
} from './fields';
import { messageRequest } from './request';
import { collectionParameter } from '../../shared/fieldTable';
import { readCollection, readId } from '../../shared/read';

const additionalFieldsParameter = collectionParameter('additionalFields', 'Additional Fields', [
	{
		...attachmentsField,
		description:
			'Public URLs of files such as the recording, separated by commas (or a JSON array)',
	},
	...callFields,
	{ ...dateOption, description: 'When the call was made (now if empty)' },
	{ ...altIdOption, description: 'ID of the call in your provider, to find it again later' },
]);

export const addOutboundCall: OperationDefinition = {
	value: 'addOutboundCall',
	name: 'Add Outbound Call',
	action: 'Add an outbound call',
	description: 'Record a call made outside HighLevel through your custom conversation provider',
	calls: ['conversations/add-an-outbound-message'],
	properties: [conversationIdParameter, conversationProviderIdParameter, additionalFieldsParameter],
	async execute(itemIndex) {
		const body: IDataObject = {
			type: 'Call',
			conversationId: readId(this, itemIndex, conversationIdParameter),
			conversationProviderId: readId(this, itemIndex, conversationProviderIdParameter),
		};
		const fields = readCollection(this, itemIndex, additionalFieldsParameter);
		const attachments = attachmentUrls(this, itemIndex, fields);
		if (attachments.length) body.attachments = attachments;
		Object.assign(body, recordedDetails(this, itemIndex, fields));

		return await messageRequest(
			this,
			itemIndex,
			'conversations/add-an-outbound-message',
			body,
			'The call may have been added',
		);
	},
};
