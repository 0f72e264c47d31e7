import { downloadFile, binaryPropertyParameter } from '../../shared/download';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { callMessageIdParameter } from './callMessage';

export const downloadTranscription: OperationDefinition = {
	value: 'downloadTranscription',
	name: 'Download Transcription',
	action: 'Download the transcription of a call',
	description:
		'Download the transcription of a call message as a text file in the item’s binary data',
	calls: ['conversations/download-message-transcription'],
	properties: [callMessageIdParameter, binaryPropertyParameter],
	async execute(itemIndex) {
		const messageId = readId(this, itemIndex, callMessageIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await downloadFile(
			this,
			itemIndex,
			{
				operation: 'conversations/download-message-transcription',
				path: { locationId, messageId },
				locationId,
			},
			// conversations.json: "Content-Type: text/plain", 'Attachment; filename="transcription.txt"'.
			{
				what: 'a transcription (text)',
				accepts: /^text\/plain$/,
				mimeType: 'text/plain',
				baseName: `transcription-${messageId}`,
			},
			{ messageId },
		);
	},
};
