import { newId } from '../store';
import { HttpError, type Handler } from './framework';

type Rec = Record<string, unknown>;

/** The file types conversations/upload-file-attachments lists as allowed. */
const ATTACHMENT_TYPES = [
	'jpg',
	'jpeg',
	'png',
	'mp4',
	'mpeg',
	'zip',
	'rar',
	'pdf',
	'doc',
	'docx',
	'txt',
	'mp3',
	'wav',
];

/** Where HighLevel's answers put uploaded files; the fake keeps them so tests can read them back. */
export function attachmentUrl(locationId: string, fileName: string): string {
	return `https://storage.googleapis.com/msgsndr/${encodeURIComponent(locationId)}/media/${newId()}/${encodeURIComponent(fileName)}`;
}

const unsupported = (message: string) => new HttpError(415, { status: 415, message });

/** File uploads (multipart/form-data); the spec checks ran before, in spec.validateMultipart. */
export const UPLOAD_HANDLERS: Record<string, Handler> = {
	'conversations/upload-file-attachments': (call) => {
		const locationId = String(call.body.locationId);
		const store = call.location(locationId);
		if (!store.contacts.has(String(call.body.contactId)))
			throw new HttpError(400, { statusCode: 400, message: 'Contact not found' });
		const conversation = store.collection('conversations').get(String(call.body.conversationId));
		if (!conversation || conversation.contactId !== call.body.contactId) {
			throw new HttpError(400, {
				statusCode: 400,
				message: `Conversation with id ${String(call.body.conversationId)} not found`,
			});
		}
		if (call.body.isGroupSms === 'true' && call.files.length > 1)
			throw new HttpError(400, {
				status: 400,
				message: 'Only 1 file can be uploaded for a group SMS',
			});
		const uploadedFiles: Rec = {};
		for (const file of call.files) {
			const extension = /\.([A-Za-z0-9]+)$/.exec(file.fileName)?.[1]?.toLowerCase();
			if (!extension || !ATTACHMENT_TYPES.includes(extension))
				throw unsupported(`File type of ${file.fileName} is not supported`);
			if (file.data.length === 0)
				throw new HttpError(400, { status: 400, message: `${file.fileName} is empty` });
			const url = attachmentUrl(locationId, file.fileName);
			store.collection('uploads').set(url, {
				url,
				fileName: file.fileName,
				mimeType: file.mimeType,
				size: file.data.length,
				data: file.data,
			});
			uploadedFiles[file.fileName] = url;
		}
		return { body: { uploadedFiles } };
	},
};
