import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiDownload, type ApiRequest } from '../transport/request';
import { readText, labelOf } from './read';
import { FileOutput } from './types';
import * as validate from './validate';

/** What a downloaded file is, as HighLevel documents it. */
export interface ExpectedFile {
	/** For errors: "a recording". */
	what: string;
	/** Content types taken as HighLevel sends them (`^audio/`). */
	accepts: RegExp;
	/** The documented type, for an answer typed generically (application/octet-stream) or not at all. */
	mimeType: string;
	/** The name the file gets when HighLevel sends none, without its extension. */
	baseName: string;
}

/** Types that say nothing about the file: the documented type stands in for them. */
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

/** Extensions of the types HighLevel's files come as, and back. */
const EXTENSIONS: Record<string, string> = {
	'audio/x-wav': 'wav',
	'audio/wav': 'wav',
	'audio/wave': 'wav',
	'audio/mpeg': 'mp3',
	'audio/mp4': 'm4a',
	'audio/ogg': 'ogg',
	'audio/webm': 'webm',
	'text/plain': 'txt',
};

export const binaryPropertyParameter: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	description: 'The name of the output item’s binary field to put the file in',
};

/** The output binary field's name, checked before any request. */
function readOutputField(ctx: IExecuteFunctions, itemIndex: number): string {
	const name = readText(ctx, itemIndex, binaryPropertyParameter, 200);
	if (!name)
		throw validate.inputError(
			ctx,
			itemIndex,
			labelOf(binaryPropertyParameter),
			'the name of a binary field, such as data',
			name,
		);
	return name;
}

function extensionOf(mimeType: string): string {
	return EXTENSIONS[mimeType] ?? mimeType.split('/')[1].replace(/^x-/, '');
}

function typeOfName(fileName: string): string | undefined {
	const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
	return Object.keys(EXTENSIONS).find((type) => EXTENSIONS[type] === extension);
}

/**
 * Downloads one file into the item's binary data: the type HighLevel gives when it is one the
 * file may be, the documented one when it gives a generic type or none, and a failed item when
 * it answers something else (a web page where a recording was due). The name is HighLevel's, or
 * `baseName` with the type's extension.
 */
export async function downloadFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
	expected: ExpectedFile,
	json: IDataObject,
): Promise<FileOutput> {
	const field = readOutputField(ctx, itemIndex);
	const file = await apiDownload(ctx, { ...request, itemIndex });
	const given = file.mimeType && !GENERIC_TYPES.has(file.mimeType) ? file.mimeType : undefined;
	if (given && !expected.accepts.test(given)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`HighLevel answered ${given} where ${expected.what} was expected`,
			{
				itemIndex,
				description: `${file.data.length} bytes came back; nothing was saved to the item. Try again later, or check the message in HighLevel.`,
			},
		);
	}
	const fileName =
		file.fileName ?? `${expected.baseName}.${extensionOf(given ?? expected.mimeType)}`;
	const mimeType = given ?? (file.fileName && typeOfName(file.fileName)) ?? expected.mimeType;
	const binary = await ctx.helpers.prepareBinaryData(file.data, fileName, mimeType);
	return new FileOutput(
		{ ...json, fileName, mimeType, fileSize: file.data.length },
		{ [field]: binary },
	);
}
