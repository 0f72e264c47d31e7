import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { idParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { instant } from '../../shared/dates';

export const messageIdParameter = idParameter(
	'messageId',
	'Message ID',
	'ID of the message (messageId in the answer of Send)',
);
export const conversationIdParameter = idParameter(
	'conversationId',
	'Conversation ID',
	'ID of the conversation',
);
export const conversationProviderIdParameter = idParameter(
	'conversationProviderId',
	'Conversation Provider ID',
	'ID of the custom conversation provider (from your marketplace app) the message belongs to',
);

export const CALL_STATUSES = [
	'pending',
	'completed',
	'answered',
	'busy',
	'no-answer',
	'failed',
	'canceled',
	'voicemail',
] as const;

/** Fields of a phone call as inbound and outbound messages carry it (`call: {from, to, status}`). */
export const callFields: INodeProperties[] = [
	{
		displayName: 'Call From',
		name: 'callFrom',
		type: 'string',
		default: '',
		placeholder: '+14155550123',
		description: 'Phone number that dialled, in E.164 format',
	},
	{
		displayName: 'Call Status',
		name: 'callStatus',
		type: 'options',
		options: CALL_STATUSES.map((value) => ({
			name: value.charAt(0).toUpperCase() + value.slice(1).replace('-', ' '),
			value,
		})).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'completed',
		description: 'How the call ended',
	},
	{
		displayName: 'Call To',
		name: 'callTo',
		type: 'string',
		default: '',
		placeholder: '+14155550123',
		description: 'Phone number that was called, in E.164 format',
	},
];

export const attachmentsField: INodeProperties = {
	displayName: 'Attachment URLs',
	name: 'attachments',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/file.pdf',
	description: 'Public URLs of files to attach, separated by commas (or a JSON array)',
};

export function attachmentUrls(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): string[] {
	return validate.stringList(ctx, itemIndex, 'Attachment URLs', value).map((url) => {
		let parsed: URL | undefined;
		try {
			parsed = new URL(url);
		} catch {
			parsed = undefined;
		}
		if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
			throw validate.inputError(
				ctx,
				itemIndex,
				'Attachment URLs',
				'web addresses such as https://example.com/file.pdf',
				url,
			);
		}
		return url;
	});
}

/** `call: {from, to, status}` from the Call fields of a collection, or undefined when none is set. */
export function callBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject | undefined {
	const call: IDataObject = {};
	if (fields.callFrom) call.from = validate.phone(ctx, itemIndex, 'Call From', fields.callFrom);
	if (fields.callTo) call.to = validate.phone(ctx, itemIndex, 'Call To', fields.callTo);
	if (fields.callStatus)
		call.status = validate.oneOf(ctx, itemIndex, 'Call Status', fields.callStatus, CALL_STATUSES);
	return Object.keys(call).length ? call : undefined;
}

/**
 * External Message ID, Date and call of a message recorded through a custom provider (Add
 * Inbound, Add Outbound Call), from its Additional Fields.
 */
export function recordedDetails(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const details: IDataObject = {};
	if (fields.altId)
		details.altId = validate.text(ctx, itemIndex, 'External Message ID', fields.altId, 200);
	if (fields.date) details.date = dateTime(ctx, itemIndex, 'Date', fields.date);
	const call = callBody(ctx, itemIndex, fields);
	if (call) details.call = call;
	return details;
}

/** CC and BCC of an email, each addresses separated by commas (or a JSON array). */
export function copyRecipients(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const lists: IDataObject = {};
	for (const [key, label] of [
		['emailCc', 'CC'],
		['emailBcc', 'BCC'],
	] as const) {
		if (!fields[key]) continue;
		const list = validate
			.stringList(ctx, itemIndex, label, fields[key])
			.map((address) => validate.email(ctx, itemIndex, label, address));
		if (list.length) lists[key] = list;
	}
	return lists;
}

/**
 * An ISO date given by the user, as the ISO date-time string HighLevel's `date` fields take; a
 * value without an offset is read in the workflow's time zone, as everywhere in the node.
 */
function dateTime(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	return new Date(
		instant(ctx, itemIndex, field, value, { zone: ctx.getTimezone(), allowDateOnly: true }),
	).toISOString();
}
