import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { idParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { instant } from '../../shared/dates';
import {
	labelOf,
	optionIn,
	type Parameter,
	readOneOf,
	readText,
	readWith,
	refuse,
} from '../../shared/read';

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

const callFromOption: INodeProperties = {
	displayName: 'Call From',
	name: 'callFrom',
	type: 'string',
	default: '',
	placeholder: '+14155550123',
	description: 'Phone number that dialled, in E.164 format',
};
const callStatusOption: INodeProperties = {
	displayName: 'Call Status',
	name: 'callStatus',
	type: 'options',
	options: CALL_STATUSES.map((value) => ({
		name: value.charAt(0).toUpperCase() + value.slice(1).replace('-', ' '),
		value,
	})).sort((a, b) => a.name.localeCompare(b.name)),
	default: 'completed',
	description: 'How the call ended',
};
const callToOption: INodeProperties = {
	displayName: 'Call To',
	name: 'callTo',
	type: 'string',
	default: '',
	placeholder: '+14155550123',
	description: 'Phone number that was called, in E.164 format',
};

/** Fields of a phone call as inbound and outbound messages carry it (`call: {from, to, status}`). */
export const callFields: INodeProperties[] = [callFromOption, callStatusOption, callToOption];

export const attachmentsField: INodeProperties = {
	displayName: 'Attachment URLs',
	name: 'attachments',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/file.pdf',
	description: 'Public URLs of files to attach, separated by commas (or a JSON array)',
};

/** The text of a message (Send, Add Inbound); HighLevel takes up to 20,000 characters. */
export const messageParameter: INodeProperties = {
	displayName: 'Message',
	name: 'message',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	description: 'Text of the message',
};

export const subjectField: INodeProperties = {
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	default: '',
	description: 'Subject line of an email',
};

/** A text area as Message is, taller. */
export const htmlField: INodeProperties = {
	...messageParameter,
	displayName: 'HTML',
	name: 'html',
	typeOptions: { rows: 6 },
	description: 'HTML body of an email',
};

/** The email's addresses; each operation words their descriptions for its direction. */
export const emailAddressFields = {
	from: {
		displayName: 'From Email',
		name: 'emailFrom',
		type: 'string',
		default: '',
		description: 'Address the email came from',
	},
	to: {
		displayName: 'To Email',
		name: 'emailTo',
		type: 'string',
		default: '',
		description: 'Address the email was sent to',
	},
	cc: {
		displayName: 'CC',
		name: 'emailCc',
		type: 'string',
		default: '',
		description: 'Email addresses the email was copied to, separated by commas',
	},
	bcc: {
		displayName: 'BCC',
		name: 'emailBcc',
		type: 'string',
		default: '',
		description: 'Email addresses the email was blind-copied to, separated by commas',
	},
} satisfies Record<string, INodeProperties>;

export const altIdOption: INodeProperties = {
	displayName: 'External Message ID',
	name: 'altId',
	type: 'string',
	default: '',
	description: 'ID of the message in your provider, to find it again later',
};
export const dateOption: INodeProperties = {
	displayName: 'Date',
	name: 'date',
	type: 'dateTime',
	default: '',
	description: 'When the message was received (now if empty)',
};

/** The Attachment URLs of a collection's values, each a web address (none when the field is not set). */
export function attachmentUrls(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): string[] {
	if (!values[attachmentsField.name]) return [];
	const field = optionIn(values, attachmentsField);
	return readWith(ctx, itemIndex, field, validate.stringList).map((url) => {
		let parsed: URL | undefined;
		try {
			parsed = new URL(url);
		} catch {
			parsed = undefined;
		}
		if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
			throw refuse(
				ctx,
				itemIndex,
				field,
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
	if (fields.callFrom)
		call.from = readWith(ctx, itemIndex, optionIn(fields, callFromOption), validate.phone);
	if (fields.callTo)
		call.to = readWith(ctx, itemIndex, optionIn(fields, callToOption), validate.phone);
	if (fields.callStatus)
		call.status = readOneOf(ctx, itemIndex, optionIn(fields, callStatusOption), CALL_STATUSES);
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
	if (fields.altId) details.altId = readText(ctx, itemIndex, optionIn(fields, altIdOption), 200);
	if (fields.date) details.date = dateTime(ctx, itemIndex, optionIn(fields, dateOption));
	const call = callBody(ctx, itemIndex, fields);
	if (call) details.call = call;
	return details;
}

/**
 * From, To, CC and BCC of an email from a collection's values; CC and BCC are each addresses
 * separated by commas (or a JSON array).
 */
export function emailAddresses(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	const { from, to, cc, bcc } = emailAddressFields;
	const addresses: IDataObject = {};
	for (const single of [from, to]) {
		if (values[single.name])
			addresses[single.name] = readWith(ctx, itemIndex, optionIn(values, single), validate.email);
	}
	for (const copy of [cc, bcc]) {
		if (!values[copy.name]) continue;
		const field = optionIn(values, copy);
		const list = readWith(ctx, itemIndex, field, validate.stringList).map((address) =>
			validate.email(ctx, itemIndex, labelOf(field), address),
		);
		if (list.length) addresses[copy.name] = list;
	}
	return addresses;
}

/**
 * An ISO date given by the user, as the ISO date-time string HighLevel's `date` fields take; a
 * value without an offset is read in the workflow's time zone, as everywhere in the node.
 */
function dateTime(ctx: IExecuteFunctions, itemIndex: number, field: Parameter): string {
	return new Date(
		readWith(ctx, itemIndex, field, instant, { zone: ctx.getTimezone(), allowDateOnly: true }),
	).toISOString();
}
