import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { readId, readText, readTimeRange, readValue } from '../../shared/read';
import { resolveLocationId } from '../../shared/location';
import { apiRequest } from '../../transport/request';
import { calendarDropdown, userDropdown } from './fields';

const blockFor: INodeProperties = {
	displayName: 'Block For',
	name: 'blockFor',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Calendar', value: 'calendar' },
		{ name: 'User', value: 'user' },
	],
	default: 'calendar',
	description: 'HighLevel blocks either one calendar or one user’s time, not both',
};
const calendar = calendarDropdown({ blockFor: ['calendar'] });
const user = userDropdown('assignedUserId', { blockFor: ['user'] });

/** Block For and its Calendar or User dropdown: Add Block Slot and Update Block Slot both ask. */
export const blockForProperties: INodeProperties[] = [blockFor, calendar, user];

/** The body key and ID of what a block slot blocks: a calendar or a user's time. */
export function readBlockOwner(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const owner = readValue(ctx, itemIndex, blockFor) === 'user' ? user : calendar;
	return { [owner.name]: readId(ctx, itemIndex, owner) };
}

const startTime: INodeProperties = {
	displayName: 'Start Time',
	name: 'startTime',
	type: 'dateTime',
	required: true,
	default: '',
	description:
		'When the blocked time starts. In ISO 8601 or an n8n date; without an offset, the workflow’s time zone applies.',
};
const endTime: INodeProperties = {
	displayName: 'End Time',
	name: 'endTime',
	type: 'dateTime',
	required: true,
	default: '',
	description:
		'When the blocked time ends; must be after the start. In ISO 8601 or an n8n date; without an offset, the workflow’s time zone applies.',
};
const title: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	description: 'Shown on the blocked time in the calendar',
};

export const addBlockSlot: OperationDefinition = {
	value: 'addBlockSlot',
	name: 'Add Block Slot',
	action: 'Add a block slot',
	description: 'Block a time in a calendar or a user’s schedule so nobody can book it',
	calls: ['calendars/create-block-slot'],
	properties: [...blockForProperties, startTime, endTime, title],
	async execute(itemIndex) {
		const owner = readBlockOwner(this, itemIndex);
		const { start, end } = readTimeRange(this, itemIndex, [startTime, endTime], {
			zone: this.getTimezone(),
		});
		const text = readText(this, itemIndex, title);
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			locationId,
			...owner,
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
		};
		if (text) body.title = text;
		return await apiRequest<IDataObject>(this, {
			operation: 'calendars/create-block-slot',
			body,
			itemIndex,
			locationId,
		});
	},
};
