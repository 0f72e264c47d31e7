import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { callMessageIdParameter } from './callMessage';

export const getTranscription: OperationDefinition = {
	value: 'getTranscription',
	name: 'Get Transcription',
	action: 'Get the transcription of a call',
	description:
		'Retrieve the transcription of a call message, one item per sentence: its text, channel (speaker), start and end in milliseconds, and confidence',
	calls: ['conversations/get-message-transcription'],
	properties: [callMessageIdParameter],
	async execute(itemIndex) {
		const messageId = readId(this, itemIndex, callMessageIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const answer = await apiRequest<IDataObject | IDataObject[]>(this, {
			operation: 'conversations/get-message-transcription',
			path: { locationId, messageId },
			itemIndex,
			locationId,
		});
		// conversations.json types the answer as one sentence; a transcription has several, listed.
		const sentences = Array.isArray(answer) ? answer : [answer];
		return sentences.map((sentence) => ({ messageId, ...sentence }));
	},
};
