import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { idParameter } from '../../shared/params';
import { labelOf } from '../../shared/read';
import * as validate from '../../shared/validate';

/**
 * HighLevel keeps files and folders as one kind of record of the media library (`type` file or
 * folder): the same ID field names either.
 */
export const fileIdParameter = idParameter(
	'fileId',
	'File or Folder ID',
	'ID of the file or folder in the media library (fileId of Upload, _id of Get Many)',
);

/** A folder of the media library, from the dropdown (folders inside folders read "Parent › Child"). */
export function folderParameter(
	name: string,
	displayName: string,
	description: string,
	required = false,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		...(required ? { required: true } : {}),
		default: '',
		typeOptions: { loadOptionsMethod: 'getMediaFolders', loadOptionsDependsOn: ['locationId'] },
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

export const fileIdsParameter: INodeProperties = {
	displayName: 'File or Folder IDs',
	name: 'fileIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: '686f9817f0d3165be9fbcef6, 686f630df0d3166d68fbcec2',
	description:
		'IDs of the files and folders, separated by commas (or a list from an expression); a folder takes its contents with it',
};

/** Most IDs one bulk request takes; HighLevel states none, so a run cannot send an unbounded body. */
export const MAX_BULK_IDS = 500;

/** The File or Folder IDs of a bulk operation: at least one, each a valid ID, each once. */
export function readFileIds(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const label = labelOf(fileIdsParameter);
	const raw = ctx.getNodeParameter(fileIdsParameter.name, itemIndex, '');
	const ids = validate
		.stringList(ctx, itemIndex, label, raw)
		.map((entry) => validate.id(ctx, itemIndex, label, entry));
	if (!ids.length)
		throw validate.inputError(ctx, itemIndex, label, 'at least one file or folder ID', raw);
	const unique = [...new Set(ids)];
	if (unique.length > MAX_BULK_IDS)
		throw validate.inputError(
			ctx,
			itemIndex,
			label,
			`at most ${MAX_BULK_IDS} IDs at a time`,
			`${unique.length} IDs`,
		);
	return unique;
}

/** A folder field's value (`raw`, read by the caller): an ID, or nothing when it is optional and empty. */
export function readFolderId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	raw: unknown,
): string | undefined {
	if (!property.required && (raw === '' || raw === undefined || raw === null)) return undefined;
	return validate.id(ctx, itemIndex, labelOf(property), raw);
}
