import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, day, paymentsGetMany, searchFilter, textFilter } from '../../shared/commerce';
import { idParameter, optionsParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { recordOperation } from '../../shared/recordOperation';
import { liveModeParameter } from '../invoice/fields';
import { labelOf, readOneOf, readPositiveInteger, readValue } from '../../shared/read';
import {
	type BilledDocument,
	createAndUpdate,
	nameParameter,
	readLiveMode,
} from '../invoice/document';

const scheduleIdParameter = idParameter(
	'invoiceScheduleId',
	'Invoice Schedule ID',
	'ID of the invoice schedule',
);
const NOT_ON_SCHEDULES = ['dueDate', 'invoiceNumber'];
const UNITS = ['daily', 'weekly', 'monthly', 'yearly'] as const;

const scheduleName = nameParameter('Monthly retainer', 'Internal name of the schedule');

const repeatParameter = optionsParameter(
	'Repeat',
	'intervalType',
	[
		{ name: 'Daily', value: 'daily' },
		{ name: 'Weekly', value: 'weekly' },
		{ name: 'Monthly', value: 'monthly' },
		{ name: 'Yearly', value: 'yearly' },
	],
	'monthly',
	'Unit of the interval between invoices',
);

const everyParameter: INodeProperties = {
	displayName: 'Every',
	name: 'interval',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 1,
	description: 'How many units between two invoices (2 with Monthly: every other month)',
};

const startDateParameter: INodeProperties = {
	displayName: 'Start Date',
	name: 'startDate',
	type: 'dateTime',
	required: true,
	default: '',
	placeholder: '2026-01-31',
	description: 'Day of the first invoice',
};

/** What a recurring invoice is; Update repeats it whole, as PUT replaces the schedule. */
const SCHEDULE: BilledDocument = {
	contact:
		'ID of the contact billed on every run; their name, email and phone come from the contact',
	name: scheduleName,
	noun: 'schedule',
	maxLength: 200,
	afterLiveMode: [repeatParameter, everyParameter, startDateParameter],
	lines: 'What every invoice of the schedule bills: at least one line',
	options: [
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
	omit: NOT_ON_SCHEDULES,
	more(ctx, itemIndex, { options }) {
		const intervalType = readOneOf(ctx, itemIndex, repeatParameter, UNITS);
		const interval = readPositiveInteger(ctx, itemIndex, everyParameter, 365);
		const startDate = day(
			ctx,
			itemIndex,
			labelOf(startDateParameter),
			readValue(ctx, itemIndex, startDateParameter),
		);
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
		return () => ({ schedule: { rrule } });
	},
};

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
	more?: Parameters<typeof recordOperation>[0]['more'],
): OperationDefinition {
	return recordOperation({
		value,
		name,
		action,
		description,
		operation,
		id: { parameter: scheduleIdParameter, path: 'scheduleId' },
		location: { in: where, as: alt },
		more,
	});
}

const { create, update } = createAndUpdate({
	one: 'an invoice schedule',
	document: SCHEDULE,
	id: { parameter: scheduleIdParameter, path: 'scheduleId' },
	create: {
		operation: 'invoices/create-invoice-schedule',
		description: 'Create a recurring invoice for a contact (start it with Schedule)',
	},
	update: {
		operation: 'invoices/update-invoice-schedule',
		description:
			'Replace a schedule’s contact, lines and recurrence: every field is set anew, as HighLevel replaces the schedule whole',
	},
});

const getAll = paymentsGetMany({
	many: 'invoice schedules',
	description: 'List the location’s recurring invoices, newest first',
	operation: 'invoices/list-invoice-schedules',
	itemsKey: 'schedules',
	total: 'total',
	filters: [
		searchFilter('Only schedules whose name contains this text'),
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
			{
				properties: [liveModeParameter],
				read: (ctx, itemIndex) => ({ liveMode: readLiveMode(ctx, itemIndex) }),
			},
		),
		update,
	],
};
