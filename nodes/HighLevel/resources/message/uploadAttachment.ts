import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { binaryFile } from '../../shared/binary';
import { contactIdParameter } from '../../shared/params';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readId } from '../../shared/read';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import type { UploadFile } from '../../transport/multipart';
import { conversationIdParameter } from './fields';

const binaryPropertiesParameter: INodeProperties = {
	displayName: 'Input Binary Fields',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	placeholder: 'data',
	description:
		'Names of the input item’s binary fields holding the files, separated by commas. HighLevel takes JPG, PNG, MP4, MPEG, ZIP, RAR, PDF, DOC, DOCX, TXT, MP3 and WAV files.',
};

/** UploadFilesDto: `isGroupSms` ("true") limits the upload to one file. The answer maps each file name to its URL. */
export const uploadAttachment: OperationDefinition = {
	value: 'uploadAttachment',
	name: 'Upload Attachment',
	action: 'Upload message attachments',
	description:
		'Upload files from the input item’s binary data for a contact’s conversation; the output’s attachmentUrls go into Send’s Attachment URLs',
	calls: ['conversations/upload-file-attachments'],
	properties: [
		contactIdParameter,
		{
			...conversationIdParameter,
			description: 'ID of the contact’s conversation the files are for',
		},
		binaryPropertiesParameter,
	],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const conversationId = readId(this, itemIndex, conversationIdParameter);
		const label = labelOf(binaryPropertiesParameter);
		const raw = this.getNodeParameter(binaryPropertiesParameter.name, itemIndex, 'data');
		const names = validate.stringList(this, itemIndex, label, raw);
		if (!names.length)
			throw validate.inputError(
				this,
				itemIndex,
				label,
				'the name of a binary field of the input item, such as data',
				raw,
			);
		const files: UploadFile[] = [];
		for (const name of names)
			files.push(await binaryFile(this, itemIndex, label, name, 'fileAttachment'));
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/upload-file-attachments',
			body: { conversationId, contactId, locationId },
			files,
			itemIndex,
			locationId,
		});
		const uploaded = (response.uploadedFiles ?? {}) as IDataObject;
		return {
			...response,
			attachmentUrls: Object.values(uploaded).filter(
				(url): url is string => typeof url === 'string',
			),
		};
	},
};
