import type { INodeProperties } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import { readId, readOneOf, readTimeRange } from '../../shared/read';
import { wholeListPager } from '../../transport/paginate';
import { calendarGroupIdParameter } from '../calendarGroup/fields';
import { calendarDropdown, listRange, userDropdown } from './fields';

/** HighLevel lists blocked time of one calendar, calendar group or user, in a time range. */
const blockedOf: INodeProperties = {
	displayName: 'Blocked Slots Of',
	name: 'blockedOf',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Calendar', value: 'calendar', description: 'Time blocked in one calendar' },
		{
			name: 'Calendar Group',
			value: 'group',
			description: 'Time blocked in the calendars of one group',
		},
		{ name: 'User', value: 'user', description: 'Time blocked in one user’s schedule' },
	],
	default: 'calendar',
	description: 'HighLevel lists the blocked time of one calendar, calendar group or user',
};

const owners: Record<'calendar' | 'group' | 'user', { property: INodeProperties; query: string }> =
	{
		calendar: { property: calendarDropdown({ blockedOf: ['calendar'] }), query: 'calendarId' },
		group: {
			property: { ...calendarGroupIdParameter, displayOptions: { show: { blockedOf: ['group'] } } },
			query: 'groupId',
		},
		user: { property: userDropdown('userId', { blockedOf: ['user'] }), query: 'userId' },
	};

const [startTime, endTime] = listRange('Blocked slots');

export const getBlockedSlots = getManyOperation({
	value: 'getBlockedSlots',
	name: 'Get Blocked Slots',
	action: 'Get blocked slots',
	many: 'blocked slots',
	description:
		'List the time blocked (by Add Block Slot or in HighLevel) in a calendar, a calendar group or a user’s schedule, in a time range',
	calls: ['calendars/get-blocked-slots'],
	leading: [
		blockedOf,
		owners.calendar.property,
		owners.group.property,
		owners.user.property,
		startTime,
		endTime,
	],
	async pager(itemIndex, { location }) {
		const owner =
			owners[readOneOf(this, itemIndex, blockedOf, ['calendar', 'group', 'user'] as const)];
		const ownerId = readId(this, itemIndex, owner.property);
		const { start, end } = readTimeRange(this, itemIndex, [startTime, endTime], {
			zone: this.getTimezone(),
			allowDateOnly: true,
		});
		const locationId = await location();
		return wholeListPager(
			{
				operation: 'calendars/get-blocked-slots',
				// HighLevel takes both times as epoch milliseconds.
				qs: { locationId, [owner.query]: ownerId, startTime: String(start), endTime: String(end) },
				itemIndex,
				locationId,
			},
			'events',
		);
	},
});
