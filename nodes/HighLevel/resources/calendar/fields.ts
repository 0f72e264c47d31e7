import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { bodyFromFields, fieldsCollection, type FieldSpec } from '../../shared/fieldTable';
import * as validate from '../../shared/validate';
import { optionIn, readIdList, refuse } from '../../shared/read';

/** Text, switch and ID settings of CalendarCreateDTO / CalendarUpdateDTO. */
const SETTINGS: FieldSpec[] = [
	{ name: 'name', title: 'Name', description: 'Name of the calendar', check: 'text' },
	{
		name: 'description',
		title: 'Description',
		description: 'Shown to people booking',
		check: 'text',
	},
	{
		name: 'groupId',
		title: 'Group ID',
		description: 'Calendar group to put the calendar in',
		check: 'id',
	},
	{
		name: 'slug',
		title: 'Slug',
		description: 'Part of the booking link, such as intro-call',
		check: 'text',
	},
	{
		name: 'eventTitle',
		title: 'Event Title',
		description: 'Title of booked appointments; may use placeholders such as {{contact.name}}',
		check: 'text',
	},
	{
		name: 'eventColor',
		title: 'Event Color',
		description: 'Colour of booked appointments, such as #039be5',
		check: 'text',
	},
	{
		name: 'isActive',
		title: 'Active',
		description: 'Whether the calendar takes bookings; off keeps it as a draft',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'autoConfirm',
		title: 'Auto Confirm',
		description: 'Whether new appointments are confirmed at once rather than left new',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'allowReschedule',
		title: 'Allow Reschedule',
		description: 'Whether people may reschedule their bookings',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'allowCancellation',
		title: 'Allow Cancellation',
		description: 'Whether people may cancel their bookings',
		check: 'boolean',
		type: 'boolean',
	},
];

/** Whole-number settings; durations are sent in minutes. */
const NUMBERS: Array<{ name: string; title: string; max: number; unit?: string }> = [
	{ name: 'slotDuration', title: 'Slot Duration (Minutes)', max: 1440, unit: 'slotDurationUnit' },
	{ name: 'slotInterval', title: 'Slot Interval (Minutes)', max: 1440, unit: 'slotIntervalUnit' },
	{ name: 'appoinmentPerSlot', title: 'Bookings per Slot', max: 1000 },
	{ name: 'appoinmentPerDay', title: 'Bookings per Day', max: 1000 },
];

const numberProperties: INodeProperties[] = [
	{
		displayName: 'Slot Duration (Minutes)',
		name: 'slotDuration',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1440 },
		default: 30,
		description: 'Length of an appointment',
	},
	{
		displayName: 'Slot Interval (Minutes)',
		name: 'slotInterval',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1440 },
		default: 30,
		description: 'Time between the starts of bookable slots',
	},
	{
		displayName: 'Bookings per Slot',
		name: 'appoinmentPerSlot',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 1,
		description: 'How many appointments one slot takes (per user)',
	},
	{
		displayName: 'Bookings per Day',
		name: 'appoinmentPerDay',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 10,
		description: 'How many appointments one day takes',
	},
];

const CALENDAR_TYPES = [
	{ name: 'Class Booking', value: 'class_booking' },
	{ name: 'Collective', value: 'collective' },
	{ name: 'Event', value: 'event' },
	{ name: 'Personal', value: 'personal' },
	{ name: 'Round Robin', value: 'round_robin' },
	{ name: 'Service Booking', value: 'service_booking' },
];

// Days as n8n sorts options (alphabetically); values are HighLevel's, Sunday = 0.
const DAYS = [
	{ name: 'Friday', value: 5 },
	{ name: 'Monday', value: 1 },
	{ name: 'Saturday', value: 6 },
	{ name: 'Sunday', value: 0 },
	{ name: 'Thursday', value: 4 },
	{ name: 'Tuesday', value: 2 },
	{ name: 'Wednesday', value: 3 },
];

const teamMembersProperty: INodeProperties = {
	displayName: 'Team Member Names or IDs',
	name: 'teamMembers',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
	default: [],
	description:
		'Users who take the bookings. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const openHoursProperty: INodeProperties = {
	displayName: 'Open Hours',
	name: 'openHours',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Open Hours',
	default: {},
	description:
		'Standard weekly availability, in the sub-account’s time zone; replaces the current hours',
	options: [
		{
			displayName: 'Hours',
			name: 'hours',
			values: [
				{
					displayName: 'Days',
					name: 'days',
					type: 'multiOptions',
					options: DAYS,
					default: [1, 2, 3, 4, 5],
					description: 'Days these hours apply to',
				},
				{
					displayName: 'From',
					name: 'from',
					type: 'string',
					default: '09:00',
					placeholder: '09:00',
					description: 'Opening time, HH:MM',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'string',
					default: '17:00',
					placeholder: '17:00',
					description: 'Closing time, HH:MM',
				},
			],
		},
	],
};

const calendarTypeProperty: INodeProperties = {
	displayName: 'Calendar Type',
	name: 'calendarType',
	type: 'options',
	options: CALENDAR_TYPES,
	default: 'event',
	description: 'How bookings are shared out; all but Event need team members, Personal exactly one',
};

/** The settings collection; a create also offers the type, which HighLevel cannot change later. */
export function calendarFieldsCollection(
	name: string,
	displayName: string,
	forCreate: boolean,
): INodeProperties {
	const base = fieldsCollection(SETTINGS, name, displayName, forCreate ? ['name'] : [], !forCreate);
	const options = [
		...(base.options as INodeProperties[]),
		...numberProperties,
		teamMembersProperty,
		openHoursProperty,
		...(forCreate ? [calendarTypeProperty] : []),
	];
	return { ...base, options: options.sort((a, b) => a.displayName.localeCompare(b.displayName)) };
}

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function clock(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): [number, number] {
	const match = CLOCK.exec(validate.text(ctx, itemIndex, field, value, 5));
	if (!match)
		throw validate.inputError(
			ctx,
			itemIndex,
			field,
			'a time of day as HH:MM, such as 09:00',
			value,
		);
	return [Number(match[1]), Number(match[2])];
}

function openHours(ctx: IExecuteFunctions, itemIndex: number, value: unknown): IDataObject[] {
	const entries = ((value as IDataObject | undefined)?.hours ?? []) as IDataObject[];
	return entries.map((entry) => {
		const days = (Array.isArray(entry.days) ? entry.days : []).map(Number);
		if (!days.length || days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
			throw validate.inputError(
				ctx,
				itemIndex,
				'Open Hours › Days',
				'one or more days of the week',
				entry.days,
			);
		}
		const [openHour, openMinute] = clock(ctx, itemIndex, 'Open Hours › From', entry.from);
		const [closeHour, closeMinute] = clock(ctx, itemIndex, 'Open Hours › To', entry.to);
		if (closeHour * 60 + closeMinute <= openHour * 60 + openMinute) {
			throw validate.inputError(ctx, itemIndex, 'Open Hours › To', "a time after 'From'", entry.to);
		}
		return {
			daysOfTheWeek: [...new Set(days)].sort(),
			hours: [{ openHour, openMinute, closeHour, closeMinute }],
		};
	});
}

const NEEDS_TEAM = new Set(['round_robin', 'collective', 'class_booking', 'service_booking']);

/** Checks the settings and shapes them as CalendarCreateDTO / CalendarUpdateDTO fields. */
export function calendarBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
): IDataObject {
	const body = bodyFromFields(SETTINGS, ctx, itemIndex, values);
	for (const n of NUMBERS) {
		if (values[n.name] === undefined || values[n.name] === '') continue;
		body[n.name] = validate.positiveInteger(ctx, itemIndex, n.title, values[n.name], n.max);
		if (n.unit) body[n.unit] = 'mins';
	}
	if (values.openHours !== undefined) body.openHours = openHours(ctx, itemIndex, values.openHours);
	const type = values.calendarType as string | undefined;
	if (type !== undefined) {
		if (!CALENDAR_TYPES.some((t) => t.value === type)) {
			throw refuse(
				ctx,
				itemIndex,
				calendarTypeProperty,
				CALENDAR_TYPES.map((t) => t.name).join(', '),
				type,
			);
		}
		body.calendarType = type;
	}
	if (values.teamMembers !== undefined) {
		const ids = readIdList(ctx, itemIndex, optionIn(values, teamMembersProperty));
		// A collective calendar needs exactly one primary member; the first one chosen is.
		body.teamMembers = ids.map((userId, i) =>
			type === 'collective' ? { userId, isPrimary: i === 0 } : { userId },
		);
	}
	const members = (body.teamMembers as IDataObject[] | undefined)?.length ?? 0;
	if (type === 'personal' && members !== 1) {
		throw refuse(
			ctx,
			itemIndex,
			teamMembersProperty,
			'exactly one user for a Personal calendar',
			`${members} users`,
		);
	}
	if (type && NEEDS_TEAM.has(type) && members === 0) {
		throw refuse(
			ctx,
			itemIndex,
			teamMembersProperty,
			`at least one user for a ${CALENDAR_TYPES.find((t) => t.value === type)?.name} calendar`,
		);
	}
	return body;
}
