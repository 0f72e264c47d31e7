import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { binaryFile } from '../../shared/binary';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readOneOf, readText } from '../../shared/read';
import { sendOnce } from '../../shared/sendOnce';
import * as validate from '../../shared/validate';
import type { UploadFile } from '../../transport/multipart';
import { folderParameter, readFolderId } from './fields';

const sourceParameter: INodeProperties = {
	displayName: 'Source',
	name: 'source',
	type: 'options',
	options: [
		{
			name: 'Binary Data',
			value: 'binary',
			description: 'Send the file of a binary field of the input item',
		},
		{
			name: 'URL',
			value: 'url',
			description: 'Let HighLevel keep a file that is already online, by its address',
		},
	],
	default: 'binary',
	description: 'Where the file comes from',
};

const binaryPropertyParameter: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	placeholder: 'data',
	displayOptions: { show: { source: ['binary'] } },
	description: 'Name of the input item’s binary field holding the file',
};

const fileUrlParameter: INodeProperties = {
	displayName: 'File URL',
	name: 'fileUrl',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'https://example.com/brochure.pdf',
	displayOptions: { show: { source: ['url'] } },
	description: 'Public web address (https) of the file',
};

const nameOption: INodeProperties = {
	displayName: 'File Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'Spring brochure.pdf',
	description:
		'Name of the file in the media library; when empty, the binary data’s file name (from a URL, HighLevel names it)',
};

const folderOption = folderParameter(
	'folderId',
	'Folder Name or ID',
	'Folder the file goes in; the top level of the library when empty',
);

/** upload-media-content: "If adding a file, maximum allowed is 25 MB. For video files, … 500 MB." */
const MAX_BYTES = 25 * 1024 * 1024;
const MAX_VIDEO_BYTES = 500 * 1024 * 1024;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const upload: OperationDefinition = {
	value: 'upload',
	name: 'Upload',
	action: 'Upload a file',
	description:
		'Add a file to the media library, from the input item’s binary data or from a URL; the output’s URL can go into emails, messages and posts',
	calls: ['medias/upload-media-content'],
	properties: [
		sourceParameter,
		binaryPropertyParameter,
		fileUrlParameter,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [nameOption, folderOption],
		},
	],
	async execute(itemIndex) {
		const source = readOneOf(this, itemIndex, sourceParameter, ['binary', 'url'] as const);
		const options = (this.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject;
		const fields: IDataObject = {};
		if (options.name !== undefined) {
			const name = validate.text(this, itemIndex, labelOf(nameOption), options.name, 255);
			if (name) fields.name = name;
		}
		const parentId = readFolderId(this, itemIndex, folderOption, options.folderId);
		if (parentId) fields.parentId = parentId;
		const files: UploadFile[] = [];
		if (source === 'binary') {
			const file = await binaryFile(
				this,
				itemIndex,
				labelOf(binaryPropertyParameter),
				this.getNodeParameter(binaryPropertyParameter.name, itemIndex, 'data'),
				'file',
			);
			const max = file.mimeType.startsWith('video/') ? MAX_VIDEO_BYTES : MAX_BYTES;
			if (file.data.length > max)
				throw validate.inputError(
					this,
					itemIndex,
					labelOf(binaryPropertyParameter),
					`a file of at most ${megabytes(max)}${max === MAX_BYTES ? ' (videos: 500 MB)' : ''}, HighLevel’s limit`,
					`${file.fileName} of ${megabytes(file.data.length)}`,
				);
			if (file.data.length === 0)
				throw validate.inputError(
					this,
					itemIndex,
					labelOf(binaryPropertyParameter),
					'a file with content',
					`${file.fileName}, which is empty`,
				);
			fields.name ??= file.fileName;
			files.push(file);
		} else {
			const fileUrl = readText(this, itemIndex, fileUrlParameter, 2000);
			let parsed: URL | undefined;
			try {
				parsed = new URL(fileUrl);
			} catch {
				parsed = undefined;
			}
			if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
				throw validate.inputError(
					this,
					itemIndex,
					labelOf(fileUrlParameter),
					'a web address such as https://example.com/brochure.pdf',
					fileUrl,
				);
			fields.hosted = true;
			fields.fileUrl = fileUrl;
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await sendOnce(
			this,
			{ operation: 'medias/upload-media-content', body: fields, files, itemIndex, locationId },
			'The file may have been uploaded',
			'Check the media library in HighLevel (Get Many with Search) before running this item again, or the file may be there twice.',
		);
		return response;
	},
};
