import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../../apiSpec/operations.generated';
import { resolveLocationId } from '../../shared/location';
import { contactIdParameter } from '../../shared/params';
import * as money from '../../shared/money';
import {
	labelOf,
	readBoolean,
	readId,
	readOneOf,
	readRequiredText,
	readValue,
} from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import {
	alt,
	billedContact,
	currencyParameter,
	invoiceOptions,
	lineItemsParameter,
	liveModeParameter,
	readDiscount,
	readInvoiceOptions,
	readLineItems,
} from './fields';

/*
 * What invoices, estimates, invoice schedules and invoice templates (HighLevel's billed
 * documents) share beyond their lines (fields.ts): a name, a currency, live or test mode, Create
 * and Update made whole from the same properties, and how a document is sent.
 */

/** A document's Name: required in the panel, checked by `readName`. */
export function nameParameter(placeholder: string, description: string): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description,
	};
}

/** A document's name, non-empty; `noun` says what it names ("a name for the estimate"). */
export function checkName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	noun: string,
	maxLength?: number,
): string {
	const name = validate.text(ctx, itemIndex, 'Name', value, maxLength);
	if (!name) throw validate.inputError(ctx, itemIndex, 'Name', `a name for the ${noun}`, name);
	return name;
}

export function readName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	noun: string,
	maxLength?: number,
): string {
	return readRequiredText(ctx, itemIndex, property, `a name for the ${noun}`, maxLength);
}

export function readCurrency(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties = currencyParameter,
): string {
	return money.currency(ctx, itemIndex, labelOf(property), readValue(ctx, itemIndex, property));
}

export function readLiveMode(ctx: IExecuteFunctions, itemIndex: number): boolean {
	return readBoolean(ctx, itemIndex, liveModeParameter);
}

/**
 * A kind of document Create bills to a contact (invoice, estimate, invoice schedule): its panel
 * (`billedDocumentProperties`) and its body (`billedDocumentBody`) both come from here.
 */
export interface BilledDocument {
	/** Contact ID's description: what the contact is to the document. */
	contact: string;
	name: INodeProperties;
	/** What the name names in errors ("a name for the estimate"), and its most characters. */
	noun: string;
	maxLength?: number;
	/** Fields between Currency and Live Mode (the invoice's Issue Date). */
	afterCurrency?: INodeProperties[];
	/** Fields between Live Mode and Line Items (a schedule's recurrence). */
	afterLiveMode?: INodeProperties[];
	/** Line Items' description. */
	lines: string;
	/** Additional Fields of the kind's own, and the invoice options (by name) it does not take. */
	options?: INodeProperties[];
	omit?: string[];
	/**
	 * The kind's own fields, read and checked after the common ones (`parts`): what they add to the
	 * body, given the billed contact's email.
	 */
	more(
		ctx: IExecuteFunctions,
		itemIndex: number,
		parts: DocumentParts,
	): (email: string | undefined) => IDataObject;
}

/** The panel of a new billed document, in the order the editor shows it. */
export function billedDocumentProperties(doc: BilledDocument): INodeProperties[] {
	return [
		{ ...contactIdParameter, description: doc.contact },
		doc.name,
		currencyParameter,
		...(doc.afterCurrency ?? []),
		liveModeParameter,
		...(doc.afterLiveMode ?? []),
		lineItemsParameter(true, doc.lines),
		invoiceOptions('additionalFields', 'Additional Fields', doc.options, doc.omit),
	];
}

/** What invoices, estimates and invoice schedules read alike for their body. */
export interface DocumentParts {
	name: string;
	currency: string;
	liveMode: boolean;
	items: IDataObject[];
	discount: IDataObject;
	/** Additional Fields as given, for the document's own options (dates, counts). */
	options: IDataObject;
	/** The optional fields invoiceOptions() offers, checked, minus the ones `omit` names. */
	extra: IDataObject;
}

/**
 * Reads a new document's Name (`noun` and `maxLength` for its check), Currency, Live Mode, Line
 * Items (at least one), Additional Fields and discount, in that order.
 */
function readDocumentParts(
	ctx: IExecuteFunctions,
	itemIndex: number,
	config: BilledDocument,
): DocumentParts {
	const name = readName(ctx, itemIndex, config.name, config.noun, config.maxLength);
	const currency = readCurrency(ctx, itemIndex);
	const liveMode = readLiveMode(ctx, itemIndex);
	const items = readLineItems(ctx, itemIndex, currency, true) as IDataObject[];
	const options = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const extra = readInvoiceOptions(ctx, itemIndex, options);
	for (const key of config.omit ?? []) delete extra[key];
	const discount = readDiscount(ctx, itemIndex, options, currency);
	return { name, currency, liveMode, items, discount, options, extra };
}

/**
 * The body of a document billed to the item's contact (read with `contacts/get-contact`): the
 * common parts, the contact's details, what the kind's `more` adds, the optional fields.
 */
export async function billedDocumentBody(
	doc: BilledDocument,
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): Promise<IDataObject> {
	const parts = readDocumentParts(ctx, itemIndex, doc);
	const more = doc.more(ctx, itemIndex, parts);
	const { details, email } = await billedContact(ctx, itemIndex, locationId);
	const { name, currency, liveMode, items, discount, extra } = parts;
	return {
		...alt(locationId),
		name,
		currency,
		liveMode,
		items,
		discount,
		contactDetails: details,
		...more(email),
		...extra,
	};
}

/** Who receives a new invoice or estimate: the billed contact's email, when it has one. */
export const sentTo = (email: string | undefined): IDataObject => ({
	sentTo: { email: email ? [email] : [] },
});

/**
 * Create, or Update of a document HighLevel replaces whole: the body is made from the same
 * properties either way (the billed contact read with `contacts/get-contact`); Update names the
 * document by its ID in the path.
 */
function writeOperation(
	kind: 'create' | 'update',
	config: {
		one: string;
		document: BilledDocument;
		id?: { parameter: INodeProperties; path: string };
		operation: OperationKey;
		description: string;
	},
): OperationDefinition {
	const name = kind === 'create' ? 'Create' : 'Update';
	const { id, operation, document } = config;
	const properties = billedDocumentProperties(document);
	return {
		value: kind,
		name,
		action: `${name} ${config.one}`,
		description: config.description,
		calls: [operation, 'contacts/get-contact'],
		properties: id ? [id.parameter, ...properties] : properties,
		async execute(itemIndex) {
			const path = id ? { [id.path]: readId(this, itemIndex, id.parameter) } : undefined;
			const locationId = await resolveLocationId(this, itemIndex);
			const body = await billedDocumentBody(document, this, itemIndex, locationId);
			return await apiRequest<IDataObject>(this, {
				operation,
				...(path ? { path } : {}),
				body,
				itemIndex,
				locationId,
			});
		},
	};
}

/** Create of a document: "an invoice" as `one`, its panel and body from `document`. */
export function createOperation(config: {
	one: string;
	document: BilledDocument;
	operation: OperationKey;
	description: string;
}): OperationDefinition {
	return writeOperation('create', config);
}

/** Create and Update of a document HighLevel replaces whole, from the same properties. */
export function createAndUpdate(config: {
	/** "an estimate", "an invoice schedule": the object of the actions. */
	one: string;
	document: BilledDocument;
	id: { parameter: INodeProperties; path: string };
	create: { operation: OperationKey; description: string };
	update: { operation: OperationKey; description: string };
}): { create: OperationDefinition; update: OperationDefinition } {
	const { one, document, id } = config;
	return {
		create: writeOperation('create', { one, document, ...config.create }),
		update: writeOperation('update', { one, document, id, ...config.update }),
	};
}

const CHANNELS = ['email', 'sms', 'sms_and_email', 'send_manually'] as const;

/** How a sent document reaches its contact (SendInvoiceDto's and SendEstimateDto's `action`). */
export function sendViaParameter(noun: string): INodeProperties {
	return {
		displayName: 'Send Via',
		name: 'action',
		type: 'options',
		options: [
			{ name: 'Email', value: 'email' },
			{ name: 'Text Message', value: 'sms' },
			{ name: 'Email and Text Message', value: 'sms_and_email' },
			{ name: 'Mark as Sent (Do Not Send)', value: 'send_manually' },
		],
		default: 'email',
		description: `How the contact receives the ${noun} link`,
	};
}

export function readSendVia(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
): (typeof CHANNELS)[number] {
	return readOneOf(ctx, itemIndex, property, CHANNELS);
}
