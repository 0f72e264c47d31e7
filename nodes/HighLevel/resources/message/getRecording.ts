import { downloadFile, binaryPropertyParameter } from '../../shared/download';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { callMessageIdParameter } from './callMessage';

export const getRecording: OperationDefinition = {
	value: 'getRecording',
	name: 'Get Recording',
	action: 'Get the recording of a call',
	description:
		'Download the audio recording of a call message as a file (WAV) in the item’s binary data',
	calls: ['conversations/get-message-recording'],
	properties: [callMessageIdParameter, binaryPropertyParameter],
	async execute(itemIndex) {
		const messageId = readId(this, itemIndex, callMessageIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await downloadFile(
			this,
			itemIndex,
			{
				operation: 'conversations/get-message-recording',
				path: { messageId, locationId },
				locationId,
			},
			// conversations.json: "Content-Type: audio/x-wav", "Attachment; filename=audio.wav".
			{
				what: 'a recording',
				accepts: /^audio\//,
				mimeType: 'audio/x-wav',
				baseName: `recording-${messageId}`,
			},
			{ messageId },
		);
	},
};
