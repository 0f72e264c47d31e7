import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import { timezone } from '../../shared/dates';
import { apiRequest } from '../../transport/request';
import {
	optionsOf,
	readCollection,
	readId,
	readTimeRange,
	readWith,
	refuse,
} from '../../shared/read';

const MAX_RANGE_MS = 31 * 86_400_000;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

const startDate: INodeProperties = {
	displayName: 'Start Date',
	name: 'startDate',
	type: 'dateTime',
	required: true,
	default: '',
	description:
		'First moment to look at, in ISO 8601 or an n8n date. A date alone means the start of that day; without an offset, the Time Zone option (or the workflow’s) applies.',
};
const endDate: INodeProperties = {
	displayName: 'End Date',
	name: 'endDate',
	type: 'dateTime',
	required: true,
	default: '',
	description:
		'Last moment to look at, at most 31 days after the start. A date alone means the end of that day.',
};

const optionsParameter = collectionParameter(
	'options',
	'Options',
	[
		{
			displayName: 'Time Zone',
			name: 'timezone',
			type: 'string',
			default: '',
			placeholder: 'America/New_York',
			description:
				'IANA time zone HighLevel gives the slots in, and in which dates without an offset are read. Defaults to the sub-account’s zone for slots and the workflow’s for dates.',
		},
		{
			displayName: 'User Name or ID',
			name: 'userId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
			default: '',
			description:
				'Only slots this team member is free for. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	{ placeholder: 'Add Option' },
);

export const getFreeSlots: OperationDefinition = {
	value: 'getFreeSlots',
	name: 'Get Free Slots',
	action: 'Get free slots of a calendar',
	description:
		'List the times still free to book in a calendar, one item per slot (at most 31 days at once)',
	calls: ['calendars/get-slots'],
	properties: [calendarIdParameter, startDate, endDate, optionsParameter],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		const options = readCollection(this, itemIndex, optionsParameter);
		const option = optionsOf(optionsParameter, options);
		const qs: IDataObject = {};
		if (options.timezone) qs.timezone = readWith(this, itemIndex, option('timezone'), timezone);
		if (options.userId) qs.userId = readId(this, itemIndex, option('userId'));
		const zone = (qs.timezone as string | undefined) ?? this.getTimezone();
		const { start, end, endValue } = readTimeRange(this, itemIndex, [startDate, endDate], {
			zone,
			allowDateOnly: true,
		});
		if (end - start > MAX_RANGE_MS) {
			throw refuse(
				this,
				itemIndex,
				endDate,
				"at most 31 days after 'Start Date' (HighLevel's limit)",
				endValue,
			);
		}
		// HighLevel takes both dates as epoch milliseconds.
		const response = await apiRequest<IDataObject>(this, {
			operation: 'calendars/get-slots',
			path: { calendarId },
			qs: { startDate: start, endDate: end, ...qs },
			itemIndex,
		});
		// The answer is keyed by date (other keys, such as a traceId, are not days).
		const slots: IDataObject[] = [];
		for (const date of Object.keys(response)
			.filter((key) => DAY_KEY.test(key))
			.sort()) {
			const day = response[date] as IDataObject | undefined;
			const times = Array.isArray(day?.slots) ? (day.slots as unknown[]) : [];
			for (const startTime of times) slots.push({ calendarId, date, startTime: String(startTime) });
		}
		return slots;
	},
};
