import type { IExecuteFunctions } from 'n8n-workflow';
import type { UploadFile } from '../transport/multipart';
import { inputError } from './validate';

/**
 * A file of the input item's binary data, ready for an upload: the error for a missing binary
 * field names the item, the parameter and the binary fields the item has.
 */
export async function binaryFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	property: unknown,
	formField: string,
): Promise<UploadFile> {
	if (typeof property !== 'string' || property.trim() === '') {
		throw inputError(
			ctx,
			itemIndex,
			label,
			'the name of a binary field of the input item, such as data',
			property,
		);
	}
	const name = property.trim();
	const binary = ctx.getInputData()[itemIndex]?.binary ?? {};
	const entry = binary[name];
	if (!entry) {
		const names = Object.keys(binary);
		throw inputError(
			ctx,
			itemIndex,
			label,
			names.length
				? `a binary field of the input item: ${names.join(', ')}`
				: 'a binary field of the input item, which has no binary data',
			name,
		);
	}
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, name);
	const fileName =
		entry.fileName || (entry.fileExtension ? `${name}.${entry.fileExtension}` : name);
	return {
		field: formField,
		fileName,
		mimeType: entry.mimeType || 'application/octet-stream',
		data,
	};
}
