import type { IDataObject } from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { refuse } from '../../shared/read';
import { nextCursorPager } from '../../transport/paginate';

const CHANNELS = ['Call', 'SMS', 'Email', 'WhatsApp', 'Instagram', 'Facebook'];

const FILTERS = fieldTable([
	{
		name: 'channel',
		title: 'Channel',
		description:
			'Only messages of this channel. Without it HighLevel returns every kind of message but email, activity entries included.',
		check: 'choice',
		type: 'options',
		options: CHANNELS.map((value) => ({ name: value, value })),
		default: 'SMS',
	},
	{
		name: 'contactId',
		title: 'Contact ID',
		description: 'Only messages of this contact',
		check: 'id',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
	},
	{
		name: 'conversationId',
		title: 'Conversation ID',
		description: 'Only messages of this conversation',
		check: 'id',
		placeholder: 've9EPM428h8vShlRW1KT',
	},
	// HighLevel types both dates as plain strings; they go out as ISO 8601 in UTC, as the
	// polling trigger sends them to the same endpoint.
	{
		name: 'startDate',
		title: 'Start Date',
		description: 'Only messages from this time on',
		check: 'dateTime',
		placeholder: '2026-01-01T00:00:00Z',
	},
	{
		name: 'endDate',
		title: 'End Date',
		description: 'Only messages up to this time',
		check: 'dateTime',
		placeholder: '2026-12-31T23:59:59Z',
	},
]);

const SORT = fieldTable([
	{
		name: 'sortBy',
		title: 'Sort By',
		description: 'Time the messages are ordered by',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Created', value: 'createdAt' },
			{ name: 'Updated', value: 'updatedAt' },
		],
		default: 'createdAt',
	},
	{
		name: 'sortOrder',
		title: 'Order',
		description: 'Newest first (descending) or oldest first (ascending)',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'desc',
	},
]);

/** conversations.json: `limit` from 10 to 500; a smaller Limit asks for 10 and keeps what it needs. */
const PAGE_SIZE = 500;
const MIN_PAGE_SIZE = 10;

export const exportMessages = getManyOperation({
	many: 'messages of the sub-account',
	value: 'export',
	name: 'Export',
	action: 'Export messages of the sub-account',
	description:
		'List the messages of the whole sub-account (every conversation’s), by channel, contact, conversation and time, newest first unless sorted otherwise',
	calls: ['conversations/export-messages-by-location'],
	properties: [
		{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' },
		{ ...SORT.collection('sort', 'Sort'), placeholder: 'Add Sort Option' },
	],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {
			...FILTERS.body(this, itemIndex, filters),
			...SORT.body(
				this,
				itemIndex,
				(this.getNodeParameter('sort', itemIndex, {}) ?? {}) as IDataObject,
			),
		};
		if (
			typeof qs.startDate === 'string' &&
			typeof qs.endDate === 'string' &&
			Date.parse(qs.endDate) < Date.parse(qs.startDate)
		) {
			throw refuse(
				this,
				itemIndex,
				filter('endDate'),
				`a time at or after ${filter('startDate').displayName}`,
				filters.endDate,
			);
		}
		const locationId = await location();
		return nextCursorPager(
			{
				operation: 'conversations/export-messages-by-location',
				qs: { locationId, ...qs },
				itemIndex,
				locationId,
			},
			'messages',
			PAGE_SIZE,
			MIN_PAGE_SIZE,
		);
	},
});
