import { callFileOperation } from './callMessage';

// conversations.json: "Content-Type: text/plain", 'Attachment; filename="transcription.txt"'.
export const downloadTranscription = callFileOperation(
	{
		value: 'downloadTranscription',
		name: 'Download Transcription',
		action: 'Download the transcription of a call',
		description:
			'Download the transcription of a call message as a text file in the item’s binary data',
	},
	'conversations/download-message-transcription',
	{
		what: 'a transcription (text)',
		accepts: /^text\/plain$/,
		mimeType: 'text/plain',
		baseName: 'transcription',
	},
);
