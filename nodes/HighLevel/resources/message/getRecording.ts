import { callFileOperation } from './callMessage';

// conversations.json: "Content-Type: audio/x-wav", "Attachment; filename=audio.wav".
export const getRecording = callFileOperation(
	{
		value: 'getRecording',
		name: 'Get Recording',
		action: 'Get the recording of a call',
		description:
			'Download the audio recording of a call message as a file (WAV) in the item’s binary data',
	},
	'conversations/get-message-recording',
	{ what: 'a recording', accepts: /^audio\//, mimeType: 'audio/x-wav', baseName: 'recording' },
);
