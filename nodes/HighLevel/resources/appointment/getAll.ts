import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { assertAfter, instant } from '../../shared/dates';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import { getMany, wholeListPager } from '../../transport/paginate';
import { calendarDropdown, userDropdown } from './fields';

/** HighLevel lists a time range of one calendar, user or group; a contact's list has no range. */
type Owner = 'calendar' | 'contact' | 'group' | 'user';

const OWNER: Record<Owner, { parameter: string; label: string; query: string }> = {
	calendar: { parameter: 'calendarId', label: 'Calendar', query: 'calendarId' },
	contact: { parameter: 'contactId', label: 'Contact ID', query: 'contactId' },
	group: { parameter: 'groupId', label: 'Group ID', query: 'groupId' },
	user: { parameter: 'userId', label: 'User', query: 'userId' },
};

const inRange = { show: { filterBy: ['calendar', 'group', 'user'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Appointments Of',
		name: 'filterBy',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Calendar',
				value: 'calendar',
				description: 'Appointments in one calendar, in a time range',
			},
			{
				name: 'Calendar Group',
				value: 'group',
				description: 'Appointments in the calendars of one group, in a time range',
			},
			{ name: 'Contact', value: 'contact', description: 'Every appointment of one contact' },
			{ name: 'User', value: 'user', description: 'Appointments one user owns, in a time range' },
		],
		default: 'calendar',
		description: 'HighLevel lists appointments of one calendar, group, user or contact',
	},
	calendarDropdown({ filterBy: ['calendar'] }),
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
		displayOptions: { show: { filterBy: ['contact'] } },
		description: 'ID of the contact',
	},
	{
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'BqTwX8QFwXzpegMve9EQ',
		displayOptions: { show: { filterBy: ['group'] } },
		description: 'ID of the calendar group',
	},
	userDropdown('userId', { filterBy: ['user'] }),
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: inRange,
		description:
			'Appointments ending after this moment. A date alone means its start; without an offset, the workflow’s time zone applies.',
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: inRange,
		description:
			'Appointments starting before this moment. A date alone means the end of that day; without an offset, the workflow’s time zone applies.',
	},
	...returnAllAndLimit(),
];

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many appointments',
	description:
		'List the appointments of a calendar, group or user in a time range, or of a contact',
	calls: ['calendars/get-calendar-events', 'contacts/get-appointments-for-contact'],
	properties,
	async execute(itemIndex) {
		const filterBy = this.getNodeParameter('filterBy', itemIndex, 'calendar') as Owner;
		const owner = OWNER[filterBy];
		if (!owner) {
			throw validate.inputError(
				this,
				itemIndex,
				'Appointments Of',
				'Calendar, Calendar Group, Contact or User',
				filterBy,
			);
		}
		const ownerValue = this.getNodeParameter(owner.parameter, itemIndex, '');
		if (ownerValue === '' || ownerValue === undefined || ownerValue === null) {
			throw validate.inputError(
				this,
				itemIndex,
				owner.label,
				`the ${filterBy} to list appointments of (HighLevel needs a calendar, a calendar group, a user or a contact)`,
				ownerValue,
			);
		}
		const ownerId = validate.id(this, itemIndex, owner.label, ownerValue);
		const { returnAll, limit } = readHowMany(this, itemIndex);

		if (filterBy === 'contact') {
			return await getMany(
				this,
				{ returnAll, limit },
				wholeListPager(
					{
						operation: 'contacts/get-appointments-for-contact',
						path: { contactId: ownerId },
						itemIndex,
					},
					'events',
				),
			);
		}

		const zone = this.getTimezone();
		const startValue = this.getNodeParameter('startTime', itemIndex, '');
		const endValue = this.getNodeParameter('endTime', itemIndex, '');
		const start = instant(this, itemIndex, 'Start Time', startValue, { zone, allowDateOnly: true });
		const end = instant(this, itemIndex, 'End Time', endValue, {
			zone,
			allowDateOnly: true,
			endOfDay: true,
		});
		assertAfter(
			this,
			itemIndex,
			{ field: 'Start Time', ms: start },
			{ field: 'End Time', ms: end, value: endValue },
		);
		const locationId = await resolveLocationId(this, itemIndex);
		return await getMany(
			this,
			{ returnAll, limit },
			wholeListPager(
				{
					operation: 'calendars/get-calendar-events',
					// HighLevel takes both times as epoch milliseconds.
					qs: {
						locationId,
						[owner.query]: ownerId,
						startTime: String(start),
						endTime: String(end),
					},
					itemIndex,
					locationId,
				},
				'events',
			),
		);
	},
};
