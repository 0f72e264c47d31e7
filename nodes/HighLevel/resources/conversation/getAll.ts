import type { IDataObject } from 'n8n-workflow';
import { LAST_MESSAGE_TYPES, messageTypeOptions } from '../../shared/messageTypes';
import { addedRangeFilters, sortCollection, sortDirection } from '../../shared/params';
import {
	optionsOf,
	readCollection,
	readId,
	readIdList,
	readOneOf,
	readText,
	readWith,
} from '../../shared/read';
import { startAfterDatePager } from '../../transport/paginate';
import { instant } from '../../shared/dates';
import { getManyOperation } from '../../shared/getMany';

/** The sorts `startAfterDate` can page through, with the conversation field that holds the date. */
const SORT_FIELDS: Record<string, string> = {
	last_message_date: 'lastMessageDate',
	last_manual_message_date: 'lastManualMessageDate',
};

const STATUSES = ['all', 'read', 'unread', 'starred', 'recents'];

const sortParameter = sortCollection({
	displayName: 'Sort By',
	name: 'sortBy',
	type: 'options',
	options: [
		{ name: 'Last Manual Message Date', value: 'last_manual_message_date' },
		{ name: 'Last Message Date', value: 'last_message_date' },
	],
	default: 'last_message_date',
	description: 'Date to order the conversations by',
});

export const getAll = getManyOperation({
	many: 'conversations',
	description: 'Search the location’s conversations',
	calls: ['conversations/search-conversation'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				...addedRangeFilters({ after: 'startDate', before: 'endDate' }, 'conversations created'),
				{
					displayName: 'Assigned User Names or IDs',
					name: 'assignedTo',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['locationId'] },
					default: [],
					description:
						'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Contact ID',
					name: 'contactId',
					type: 'string',
					default: '',
					placeholder: 'sx6wyHhbFdRXh302Lunr',
					description: 'Only the conversations of this contact',
				},
				{
					displayName: 'Last Message Action',
					name: 'lastMessageAction',
					type: 'options',
					options: [
						{ name: 'Automated', value: 'automated' },
						{ name: 'Manual', value: 'manual' },
					],
					default: 'manual',
					description: 'Whether the last outbound message was sent by automation or by a person',
				},
				{
					displayName: 'Last Message Direction',
					name: 'lastMessageDirection',
					type: 'options',
					options: [
						{ name: 'Inbound', value: 'inbound' },
						{ name: 'Outbound', value: 'outbound' },
					],
					default: 'inbound',
					description: 'Only conversations whose last message went this way',
				},
				{
					displayName: 'Last Message Type',
					name: 'lastMessageType',
					type: 'options',
					options: messageTypeOptions(LAST_MESSAGE_TYPES),
					default: 'TYPE_SMS',
					description: 'Only conversations whose last message is of this channel',
				},
				{
					displayName: 'Search Text',
					name: 'query',
					type: 'string',
					default: '',
					description:
						'Free text matched against the contact’s name, email and phone and the last message',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'All', value: 'all' },
						{ name: 'Read', value: 'read' },
						{ name: 'Recents', value: 'recents' },
						{ name: 'Starred', value: 'starred' },
						{ name: 'Unread', value: 'unread' },
					],
					default: 'all',
					description: 'Only conversations in this state',
				},
			],
		},
		sortParameter,
	],
	async pager(itemIndex, { filters, filter, location }) {
		const sort = readCollection(this, itemIndex, sortParameter);
		const qs: IDataObject = {};
		if (filters.contactId) qs.contactId = readId(this, itemIndex, filter('contactId'));
		if (filters.assignedTo !== undefined && filters.assignedTo !== '') {
			// "unassigned" is HighLevel's own value for conversations nobody is assigned to.
			const users = readIdList(this, itemIndex, filter('assignedTo'));
			if (users.length) qs.assignedTo = users.join(',');
		}
		if (filters.query) {
			const query = readText(this, itemIndex, filter('query'), 200);
			if (query) qs.query = query;
		}
		if (filters.status) qs.status = readOneOf(this, itemIndex, filter('status'), STATUSES);
		if (filters.lastMessageType)
			qs.lastMessageType = readOneOf(
				this,
				itemIndex,
				filter('lastMessageType'),
				LAST_MESSAGE_TYPES,
			);
		if (filters.lastMessageDirection) {
			qs.lastMessageDirection = readOneOf(this, itemIndex, filter('lastMessageDirection'), [
				'inbound',
				'outbound',
			]);
		}
		if (filters.lastMessageAction) {
			qs.lastMessageAction = readOneOf(this, itemIndex, filter('lastMessageAction'), [
				'automated',
				'manual',
			]);
		}
		if (filters.startDate)
			qs.startDate = readWith(this, itemIndex, filter('startDate'), instant, {
				zone: this.getTimezone(),
				allowDateOnly: true,
			});
		if (filters.endDate)
			qs.endDate = readWith(this, itemIndex, filter('endDate'), instant, {
				zone: this.getTimezone(),
				allowDateOnly: true,
				endOfDay: true,
			});
		const sortBy = sort.sortBy
			? readOneOf(
					this,
					itemIndex,
					optionsOf(sortParameter, sort)('sortBy'),
					Object.keys(SORT_FIELDS),
				)
			: 'last_message_date';
		if (sort.sortBy) qs.sortBy = sortBy;
		if (sort.direction) qs.sort = sortDirection(this, itemIndex, sort.direction);
		const locationId = await location();
		return startAfterDatePager(
			{
				operation: 'conversations/search-conversation',
				qs: { locationId, ...qs },
				itemIndex,
				locationId,
			},
			'conversations',
			SORT_FIELDS[sortBy],
		);
	},
});
