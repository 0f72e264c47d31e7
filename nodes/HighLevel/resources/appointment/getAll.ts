import type { INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { labelOf, readId, readTimeRange, readValue } from '../../shared/read';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import { getMany, wholeListPager } from '../../transport/paginate';
import { calendarDropdown, listRange, userDropdown } from './fields';

/** HighLevel lists a time range of one calendar, user or group; a contact's list has no range. */
type Owner = 'calendar' | 'contact' | 'group' | 'user';

const inRange = { show: { filterBy: ['calendar', 'group', 'user'] } };

const filterBy: INodeProperties = {
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
};

const OWNER: Record<Owner, { property: INodeProperties; query: string }> = {
	calendar: { property: calendarDropdown({ filterBy: ['calendar'] }), query: 'calendarId' },
	contact: {
		property: {
			displayName: 'Contact ID',
			name: 'contactId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'sx6wyHhbFdRXh302Lunr',
			displayOptions: { show: { filterBy: ['contact'] } },
			description: 'ID of the contact',
		},
		query: 'contactId',
	},
	group: {
		property: {
			displayName: 'Group ID',
			name: 'groupId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'BqTwX8QFwXzpegMve9EQ',
			displayOptions: { show: { filterBy: ['group'] } },
			description: 'ID of the calendar group',
		},
		query: 'groupId',
	},
	user: { property: userDropdown('userId', { filterBy: ['user'] }), query: 'userId' },
};

const [startTime, endTime] = listRange('Appointments', inRange);

const properties: INodeProperties[] = [
	filterBy,
	OWNER.calendar.property,
	OWNER.contact.property,
	OWNER.group.property,
	OWNER.user.property,
	startTime,
	endTime,
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
		const ownerKind = readValue(this, itemIndex, filterBy) as Owner;
		const owner = OWNER[ownerKind];
		if (!owner) {
			throw validate.inputError(
				this,
				itemIndex,
				labelOf(filterBy),
				'Calendar, Calendar Group, Contact or User',
				ownerKind,
			);
		}
		const ownerValue = readValue(this, itemIndex, owner.property);
		if (ownerValue === '' || ownerValue === undefined || ownerValue === null) {
			throw validate.inputError(
				this,
				itemIndex,
				labelOf(owner.property),
				`the ${ownerKind} to list appointments of (HighLevel needs a calendar, a calendar group, a user or a contact)`,
				ownerValue,
			);
		}
		const ownerId = readId(this, itemIndex, owner.property);
		const { returnAll, limit } = readHowMany(this, itemIndex);

		if (ownerKind === 'contact') {
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

		const { start, end } = readTimeRange(this, itemIndex, [startTime, endTime], {
			zone: this.getTimezone(),
			allowDateOnly: true,
		});
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
