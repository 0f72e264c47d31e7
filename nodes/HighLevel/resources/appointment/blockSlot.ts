import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { assertAfter, instant } from '../../shared/dates';
import * as validate from '../../shared/validate';
import { resolveLocationId } from '../../shared/location';
import { apiRequest } from '../../transport/request';
import { calendarDropdown, userDropdown } from './fields';

/** Block For and its Calendar or User dropdown: Add Block Slot and Update Block Slot both ask. */
export const blockForProperties: INodeProperties[] = [
	{
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
	},
	calendarDropdown({ blockFor: ['calendar'] }),
	userDropdown('assignedUserId', { blockFor: ['user'] }),
];

/** The body key and ID of what a block slot blocks: a calendar or a user's time. */
export function readBlockOwner(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const blockFor = ctx.getNodeParameter('blockFor', itemIndex, 'calendar') as string;
	const [parameter, label] =
		blockFor === 'user' ? ['assignedUserId', 'User'] : ['calendarId', 'Calendar'];
	return {
		[parameter]: validate.id(ctx, itemIndex, label, ctx.getNodeParameter(parameter, itemIndex, '')),
	};
}

export const addBlockSlot: OperationDefinition = {
	value: 'addBlockSlot',
	name: 'Add Block Slot',
	action: 'Add a block slot',
	description: 'Block a time in a calendar or a user’s schedule so nobody can book it',
	calls: ['calendars/create-block-slot'],
	properties: [
		...blockForProperties,
		{
			displayName: 'Start Time',
			name: 'startTime',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'When the blocked time starts. In ISO 8601 or an n8n date; without an offset, the workflow’s time zone applies.',
		},
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'When the blocked time ends; must be after the start. In ISO 8601 or an n8n date; without an offset, the workflow’s time zone applies.',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			description: 'Shown on the blocked time in the calendar',
		},
	],
	async execute(itemIndex) {
		const owner = readBlockOwner(this, itemIndex);
		const zone = this.getTimezone();
		const startValue = this.getNodeParameter('startTime', itemIndex, '');
		const endValue = this.getNodeParameter('endTime', itemIndex, '');
		const start = instant(this, itemIndex, 'Start Time', startValue, { zone });
		const end = instant(this, itemIndex, 'End Time', endValue, { zone });
		assertAfter(
			this,
			itemIndex,
			{ field: 'Start Time', ms: start },
			{ field: 'End Time', ms: end, value: endValue },
		);
		const title = validate.text(
			this,
			itemIndex,
			'Title',
			this.getNodeParameter('title', itemIndex, ''),
		);
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			locationId,
			...owner,
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
		};
		if (title) body.title = title;
		return await apiRequest<IDataObject>(this, {
			operation: 'calendars/create-block-slot',
			body,
			itemIndex,
			locationId,
		});
	},
};
