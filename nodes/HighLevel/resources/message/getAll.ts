import type { IDataObject } from 'n8n-workflow';
import { CONVERSATION_MESSAGE_TYPES, messageTypeOptions } from '../../shared/messageTypes';
import { getManyOperation } from '../../shared/getMany';
import * as validate from '../../shared/validate';
import { lastMessageIdPager } from '../../transport/paginate';
import { conversationIdParameter } from './fields';
import { labelOf, readId, readWith } from '../../shared/read';

export const getAll = getManyOperation({
	many: 'messages',
	description: 'Retrieve the messages of a conversation, newest first',
	calls: ['conversations/get-messages'],
	leading: [conversationIdParameter],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Types',
					name: 'types',
					type: 'multiOptions',
					options: messageTypeOptions(CONVERSATION_MESSAGE_TYPES),
					default: [],
					description: 'Only messages of these types (channels and activity entries)',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const conversationId = readId(this, itemIndex, conversationIdParameter);
		const qs: IDataObject = {};
		if (filters.types !== undefined && filters.types !== '') {
			const field = filter('types');
			const types = readWith(this, itemIndex, field, validate.stringList).map((type) =>
				validate.oneOf(this, itemIndex, labelOf(field), type, CONVERSATION_MESSAGE_TYPES),
			);
			if (types.length) qs.type = types.join(',');
		}
		const locationId = await location();
		return lastMessageIdPager({
			operation: 'conversations/get-messages',
			path: { conversationId },
			qs,
			itemIndex,
			locationId,
		});
	},
});
