import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, day, paymentsGetMany, textFilter } from '../../shared/commerce';
import { contactIdParameter, idParameter } from '../../shared/params';
import * as money from '../../shared/money';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import {
	billedContact,
	currencyParameter,
	invoiceOptions,
	lineItemsParameter,
	liveModeParameter,
	readDiscount,
	readInvoiceOptions,
	readLineItems,
} from '../invoice/fields';
import { readId } from '../../shared/read';

const scheduleIdParameter = idParameter(
	'invoiceScheduleId',
	'Invoice Schedule ID',
	'ID of the invoice schedule',
);
const NOT_ON_SCHEDULES = ['dueDate', 'invoiceNumber'];
const UNITS = ['daily', 'weekly', 'monthly', 'yearly'] as const;

/** What a recurring invoice is; Update repeats it whole, as PUT replaces the schedule. */
const scheduleProperties: INodeProperties[] = [
	{
		...contactIdParameter,
		description:
			'ID of the contact billed on every run; their name, email and phone come from the contact',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Monthly retainer',
		description: 'Internal name of the schedule',
	},
	currencyParameter,
	liveModeParameter,
	{
		displayName: 'Repeat',
		name: 'intervalType',
		type: 'options',
		options: [
			{ name: 'Daily', value: 'daily' },
			{ name: 'Weekly', value: 'weekly' },
			{ name: 'Monthly', value: 'monthly' },
			{ name: 'Yearly', value: 'yearly' },
		],
		default: 'monthly',
		description: 'Unit of the interval between invoices',
	},
	{
		displayName: 'Every',
		name: 'interval',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many units between two invoices (2 with Monthly: every other month)',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		placeholder: '2026-01-31',
		description: 'Day of the first invoice',
	},
	lineItemsParameter(true, 'What every invoice of the schedule bills: at least one line'),
	invoiceOptions(
		'additionalFields',
		'Additional Fields',
		[
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Day after which no invoice is made (never ends when empty)',
			},
			{
				displayName: 'Number of Invoices',
				name: 'count',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 12,
				description: 'How many invoices the schedule makes in all (no limit when not set)',
			},
		],
		NOT_ON_SCHEDULES,
	),
];

async function scheduleBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
): Promise<IDataObject> {
	const name = validate.text(
		ctx,
		itemIndex,
		'Name',
		ctx.getNodeParameter('name', itemIndex, ''),
		200,
	);
	if (!name) throw validate.inputError(ctx, itemIndex, 'Name', 'a name for the schedule', name);
	const currency = money.currency(
		ctx,
		itemIndex,
		'Currency',
		ctx.getNodeParameter('currency', itemIndex, ''),
	);
	const liveMode = validate.boolean(
		ctx,
		itemIndex,
		'Live Mode',
		ctx.getNodeParameter('liveMode', itemIndex, true),
	);
	const intervalType = validate.oneOf(
		ctx,
		itemIndex,
		'Repeat',
		ctx.getNodeParameter('intervalType', itemIndex, 'monthly'),
		UNITS,
	);
	const interval = validate.positiveInteger(
		ctx,
		itemIndex,
		'Every',
		ctx.getNodeParameter('interval', itemIndex, 1),
		365,
	);
	const startDate = day(
		ctx,
		itemIndex,
		'Start Date',
		ctx.getNodeParameter('startDate', itemIndex, ''),
	);
	const items = readLineItems(ctx, itemIndex, currency, true);
	const options = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const extra = readInvoiceOptions(ctx, itemIndex, options);
	for (const key of NOT_ON_SCHEDULES) delete extra[key];
	const discount = readDiscount(ctx, itemIndex, options, currency);
	const rrule: IDataObject = { intervalType, interval, startDate };
	if (options.endDate) {
		rrule.endDate = day(ctx, itemIndex, 'End Date', options.endDate);
		if (String(rrule.endDate) < startDate)
			throw validate.inputError(
				ctx,
				itemIndex,
				'End Date',
				'a day on or after the Start Date',
				options.endDate,
			);
	}
	if (options.count !== undefined && options.count !== '')
		rrule.count = validate.positiveInteger(
			ctx,
			itemIndex,
			'Number of Invoices',
			options.count,
			1000,
		);
	const { details } = await billedContact(ctx, itemIndex, locationId);
	return {
		...alt(locationId),
		name,
		currency,
		liveMode,
		items,
		discount,
		contactDetails: details,
		schedule: { rrule },
		...extra,
	};
}

function scheduleId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, itemIndex, scheduleIdParameter);
}

/** An operation on one schedule: its ID in the path, the sub-account in the query (reads) or the body (actions). */
function onSchedule(
	value: string,
	name: string,
	action: string,
	description: string,
	operation:
		| 'invoices/get-invoice-schedule'
		| 'invoices/delete-invoice-schedule'
		| 'invoices/schedule-invoice-schedule'
		| 'invoices/cancel-invoice-schedule',
	where: 'qs' | 'body',
	more: INodeProperties[] = [],
): OperationDefinition {
	return {
		value,
		name,
		action,
		description,
		calls: [operation],
		properties: [scheduleIdParameter, ...more],
		async execute(itemIndex) {
			const id = scheduleId(this, itemIndex);
			const extra: IDataObject = {};
			if (more.some((p) => p.name === 'liveMode'))
				extra.liveMode = validate.boolean(
					this,
					itemIndex,
					'Live Mode',
					this.getNodeParameter('liveMode', itemIndex, true),
				);
			const locationId = await resolveLocationId(this, itemIndex);
			const request = { operation, path: { scheduleId: id }, itemIndex, locationId };
			if (where === 'qs')
				return await apiRequest<IDataObject>(this, { ...request, qs: alt(locationId) });
			return await apiRequest<IDataObject>(this, {
				...request,
				body: { ...alt(locationId), ...extra },
			});
		},
	};
}

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice schedule',
	description: 'Create a recurring invoice for a contact (start it with Schedule)',
	calls: ['invoices/create-invoice-schedule', 'contacts/get-contact'],
	properties: scheduleProperties,
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await scheduleBody(this, itemIndex, locationId);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/create-invoice-schedule',
			body,
			itemIndex,
			locationId,
		});
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice schedule',
	description:
		'Replace a schedule’s contact, lines and recurrence: every field is set anew, as HighLevel replaces the schedule whole',
	calls: ['invoices/update-invoice-schedule', 'contacts/get-contact'],
	properties: [scheduleIdParameter, ...scheduleProperties],
	async execute(itemIndex) {
		const id = scheduleId(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await scheduleBody(this, itemIndex, locationId);
		return await apiRequest<IDataObject>(this, {
			operation: 'invoices/update-invoice-schedule',
			path: { scheduleId: id },
			body,
			itemIndex,
			locationId,
		});
	},
};

const getAll = paymentsGetMany({
	what: 'schedules',
	action: 'Get many invoice schedules',
	description: 'List the location’s recurring invoices, newest first',
	operation: 'invoices/list-invoice-schedules',
	withAltType: true,
	itemsKey: 'schedules',
	total: 'total',
	filters: [
		textFilter('Search Text', 'search', 'Only schedules whose name contains this text', 200),
		textFilter(
			'Status',
			'status',
			'Only schedules in this state, e.g. draft, active or cancelled',
			50,
			'active',
		),
	],
});

export const invoiceSchedule: ResourceDefinition = {
	value: 'invoiceSchedule',
	name: 'Invoice Schedule',
	description: 'Recurring invoices: the same lines billed to a contact on a schedule',
	defaultOperation: create.value,
	operations: [
		onSchedule(
			'cancel',
			'Cancel',
			'Cancel an invoice schedule',
			'Stop a schedule: no more invoices are made from it',
			'invoices/cancel-invoice-schedule',
			'body',
		),
		create,
		onSchedule(
			'delete',
			'Delete',
			'Delete an invoice schedule',
			'Delete a schedule; invoices already made from it stay',
			'invoices/delete-invoice-schedule',
			'qs',
		),
		onSchedule(
			'get',
			'Get',
			'Get an invoice schedule',
			'Retrieve a schedule with its recurrence and the invoices made so far',
			'invoices/get-invoice-schedule',
			'qs',
		),
		getAll,
		onSchedule(
			'schedule',
			'Schedule',
			'Start an invoice schedule',
			'Start a schedule: HighLevel makes and sends its invoices from the start date on',
			'invoices/schedule-invoice-schedule',
			'body',
			[liveModeParameter],
		),
		update,
	],
};
