import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, paymentsGetMany, searchFilter } from '../../shared/commerce';
import { idParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import {
	currencyParameter,
	invoiceOptions,
	lineItemsParameter,
	readDiscount,
	readInvoiceOptions,
	readLineItems,
} from '../invoice/fields';
import { BUSINESS_KEYS, changedDiscount, items, keepCurrent, withAddress } from '../invoice/carry';
import { readId } from '../../shared/read';
import { recordOperation } from '../../shared/recordOperation';
import { checkName, readCurrency, readName, nameParameter } from '../invoice/document';

const templateIdParameter = idParameter(
	'invoiceTemplateId',
	'Invoice Template ID',
	'ID of the invoice template',
);
/** Templates carry no dates or numbers: those belong to each invoice made from them. */
const NOT_ON_TEMPLATES = ['dueDate', 'invoiceNumber'];

function templateId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, itemIndex, templateIdParameter);
}

const templateName = nameParameter('Monthly retainer', 'Name of the template');
const templateCurrency: INodeProperties = {
	...currencyParameter,
	description: 'Three-letter ISO 4217 code of the currency the template’s amounts are in, e.g. USD',
};

/** The optional fields a template takes (title, terms, business name, discount), checked. */
function templateOptions(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	currency: string | undefined,
): IDataObject {
	const body = readInvoiceOptions(ctx, itemIndex, options);
	for (const key of NOT_ON_TEMPLATES) delete body[key];
	if (options.discountType !== undefined || options.discountValue !== undefined)
		body.discount = readDiscount(ctx, itemIndex, options, currency);
	return body;
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice template',
	description: 'Create a reusable invoice: its lines, currency, terms and discount',
	calls: ['invoices/create-invoice-template'],
	properties: [
		templateName,
		templateCurrency,
		lineItemsParameter(
			true,
			'Lines every invoice made from the template starts with: at least one',
		),
		invoiceOptions('additionalFields', 'Additional Fields', [], NOT_ON_TEMPLATES),
	],
	async execute(itemIndex) {
		const name = readName(this, itemIndex, templateName, 'template', 200);
		const currency = readCurrency(this, itemIndex, templateCurrency);
		const lines = readLineItems(this, itemIndex, currency, true);
		const options = templateOptions(
			this,
			itemIndex,
			this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			currency,
		);
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			...alt(locationId),
			name,
			currency,
			items: lines,
			discount: { type: 'percentage', value: 0 },
			...options,
		};
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/create-invoice-template',
			body,
			itemIndex,
			locationId,
		});
	},
};

const get = recordOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an invoice template',
	description: 'Retrieve an invoice template with its lines and total',
	operation: 'invoices/get-invoice-template',
	id: { parameter: templateIdParameter, path: 'templateId' },
	location: { in: 'qs', as: alt },
});

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice template',
	description: 'Change an invoice template; Line Items, when given, replace all its lines',
	calls: ['invoices/update-invoice-template', 'invoices/get-invoice-template'],
	properties: [
		templateIdParameter,
		lineItemsParameter(
			false,
			'New lines of the template, replacing all its lines; leave empty to keep them',
		),
		invoiceOptions(
			'updateFields',
			'Update Fields',
			[
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'New name of the template',
				},
			],
			NOT_ON_TEMPLATES,
		),
	],
	async execute(itemIndex) {
		const id = templateId(this, itemIndex);
		const changes = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const lines = readLineItems(this, itemIndex, undefined, false);
		if (!Object.keys(changes).length && !lines)
			throw validate.inputError(
				this,
				itemIndex,
				'Update Fields',
				'at least one field or line item to change',
			);
		const set = templateOptions(this, itemIndex, changes, undefined);
		if (changes.businessName === undefined) delete set.businessDetails;
		if (changes.name !== undefined)
			set.name = checkName(this, itemIndex, changes.name, 'template', 200);
		const locationId = await resolveLocationId(this, itemIndex);
		// PUT replaces the template: what does not change is sent as HighLevel has it.
		const current = await apiRequest<IDataObject>(this, {
			operation: 'invoices/get-invoice-template',
			path: { templateId: id },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
		const currency = String(current.currency);
		const body: IDataObject = {
			...alt(locationId),
			name: current.name,
			currency,
			items: lines ? readLineItems(this, itemIndex, currency, false) : items(current.items),
			businessDetails: withAddress(current.businessDetails, BUSINESS_KEYS),
		};
		keepCurrent(current, body, set);
		if (set.discount)
			set.discount = changedDiscount(
				this,
				itemIndex,
				body.discount as IDataObject | undefined,
				changes,
				currency,
			);
		Object.assign(body, set);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/update-invoice-template',
			path: { templateId: id },
			body,
			itemIndex,
			locationId,
		});
	},
};

const deleteTemplate = recordOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an invoice template',
	description: 'Delete an invoice template; invoices made from it stay',
	operation: 'invoices/delete-invoice-template',
	id: { parameter: templateIdParameter, path: 'templateId' },
	location: { in: 'qs', as: alt },
});

const getAll = paymentsGetMany({
	many: 'invoice templates',
	description: 'List the location’s invoice templates, newest first',
	operation: 'invoices/list-invoice-templates',
	filters: [searchFilter('Only templates whose name contains this text')],
});

export const invoiceTemplate: ResourceDefinition = {
	value: 'invoiceTemplate',
	name: 'Invoice Template',
	description: 'Reusable invoices: lines, currency, terms and discount',
	defaultOperation: create.value,
	operations: [create, deleteTemplate, get, getAll, update],
};
