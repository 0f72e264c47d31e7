import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INodeProperties,
} from 'n8n-workflow';
import { calendarIdParameter } from '../../shared/calendarParams';
import { assignedUserField, fieldsCollection, type FieldSpec } from '../../shared/fieldTable';
import { assertAfter, instant } from '../../shared/dates';
import { inputError } from '../../shared/validate';
import { idParameter } from '../../shared/params';

const DATE_TIME = 'a date and time such as 2026-01-31T09:30:00-05:00';

export const appointmentIdParameter = idParameter(
	'appointmentId',
	'Appointment ID',
	'ID of the appointment (for one occurrence of a recurring appointment, its instance ID)',
);

/**
 * The required Calendar and User dropdowns of an operation that acts on one calendar or one
 * user's time (Add Block Slot, Get Many), each shown for its choice of the owner selector.
 */
export function calendarDropdown(show: IDisplayOptions['show']): INodeProperties {
	return { ...calendarIdParameter, displayOptions: { show } };
}

/**
 * Start Time and End Time of a list by time range: the `what` (capitalised, "Appointments")
 * ending after the start and starting before the end.
 */
export function listRange(
	what: string,
	displayOptions?: IDisplayOptions,
): [INodeProperties, INodeProperties] {
	const moment = (displayName: string, name: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'dateTime',
		required: true,
		default: '',
		...(displayOptions ? { displayOptions } : {}),
		description,
	});
	return [
		moment(
			'Start Time',
			'startTime',
			`${what} ending after this moment. A date alone means its start; without an offset, the workflow’s time zone applies.`,
		),
		moment(
			'End Time',
			'endTime',
			`${what} starting before this moment. A date alone means the end of that day; without an offset, the workflow’s time zone applies.`,
		),
	];
}

export function userDropdown(name: string, show: IDisplayOptions['show']): INodeProperties {
	return {
		displayName: 'User Name or ID',
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
		required: true,
		default: '',
		displayOptions: { show },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

/** Fields of AppointmentCreateSchema / AppointmentEditSchema other than the calendar, contact and times. */
export const APPOINTMENT_FIELDS: FieldSpec[] = [
	{ name: 'title', title: 'Title', description: 'Title of the appointment', check: 'text' },
	{
		name: 'appointmentStatus',
		title: 'Status',
		description: 'Status of the appointment',
		check: 'text',
		type: 'options',
		options: [
			{ name: 'Cancelled', value: 'cancelled' },
			{ name: 'Confirmed', value: 'confirmed' },
			{ name: 'Invalid', value: 'invalid' },
			{ name: 'New', value: 'new' },
			{ name: 'No Show', value: 'noshow' },
			{ name: 'Showed', value: 'showed' },
		],
	},
	assignedUserField('assignedUserId'),
	{
		name: 'address',
		title: 'Address',
		description: 'Where it takes place: a street address, a phone number or a meeting link',
		check: 'text',
	},
	{
		name: 'meetingLocationType',
		title: 'Meeting Location Type',
		description: 'Kind of meeting place; with an address and no type, HighLevel uses Custom',
		check: 'text',
		type: 'options',
		options: [
			{ name: 'Address', value: 'address' },
			{ name: 'Custom', value: 'custom' },
			{ name: 'Google Meet', value: 'gmeet' },
			{ name: 'Microsoft Teams', value: 'ms_teams' },
			{ name: 'Phone', value: 'phone' },
			{ name: 'Zoom', value: 'zoom' },
		],
	},
	{
		name: 'description',
		title: 'Description',
		description: 'Details of the appointment',
		check: 'text',
	},
	{
		name: 'ignoreDateRange',
		title: 'Ignore Date Range',
		description:
			'Whether to book even outside the calendar’s minimum scheduling notice and booking window',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'ignoreFreeSlotValidation',
		title: 'Ignore Free Slot Check',
		description:
			'Whether to book even when the time is not a free slot of the calendar (also ignores the date range)',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'toNotify',
		title: 'Run Automations',
		description:
			'Whether HighLevel runs the calendar’s notifications and automations for this change',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'rrule',
		title: 'Recurrence Rule',
		description:
			'An iCalendar RRULE for a recurring appointment, such as RRULE:FREQ=WEEKLY;COUNT=4 (the calendar must allow recurring appointments)',
		check: 'text',
		placeholder: 'RRULE:FREQ=WEEKLY;COUNT=4',
	},
];

export const startTimeDescription =
	'When the appointment starts, in ISO 8601 (2026-12-01T09:30:00-05:00) or an n8n date. Without an offset it is read in the workflow’s time zone.';

export const endTimeProperty: INodeProperties = {
	displayName: 'End Time',
	name: 'endTime',
	type: 'dateTime',
	default: '',
	description:
		'When the appointment ends; must be after the start. Leave out to use the calendar’s slot duration.',
};

/**
 * Start and end as HighLevel takes them (ISO 8601 in UTC), checked before sending: each must be
 * a date and time, and the end must come after the start.
 */
export function appointmentTimes(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: { startTime?: unknown; endTime?: unknown },
	requireStart = false,
): IDataObject {
	const labels = { startTime: 'Start Time', endTime: 'End Time' };
	const zone = ctx.getTimezone();
	const given = (v: unknown) => v !== undefined && v !== null && v !== '';
	const times: IDataObject = {};
	let start: number | undefined;
	if (requireStart && !given(values.startTime)) {
		throw inputError(ctx, itemIndex, labels.startTime, DATE_TIME, values.startTime);
	}
	if (given(values.startTime)) {
		start = instant(ctx, itemIndex, labels.startTime, values.startTime, { zone });
		times.startTime = new Date(start).toISOString();
	}
	if (given(values.endTime)) {
		const end = instant(ctx, itemIndex, labels.endTime, values.endTime, { zone });
		if (start !== undefined) {
			assertAfter(
				ctx,
				itemIndex,
				{ field: labels.startTime, ms: start },
				{ field: labels.endTime, ms: end, value: values.endTime },
			);
		}
		times.endTime = new Date(end).toISOString();
	}
	return times;
}

/** A collection of the appointment fields plus properties of the operation's own (times, calendar). */
export function appointmentFieldsCollection(
	name: string,
	displayName: string,
	extra: INodeProperties[],
	forUpdate = false,
): INodeProperties {
	const collection = fieldsCollection(APPOINTMENT_FIELDS, name, displayName, [], forUpdate);
	const options = [...(collection.options as INodeProperties[]), ...extra];
	return {
		...collection,
		options: options.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}
