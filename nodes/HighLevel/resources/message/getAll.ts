import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { CONVERSATION_MESSAGE_TYPES, messageTypeOptions } from '../../shared/messageTypes';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import * as validate from '../../shared/validate';
import { getMany, lastMessageIdPager } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import { conversationIdParameter } from './fields';
import { readId } from '../../shared/read';

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many messages',
	description: 'Retrieve the messages of a conversation, newest first',
	calls: ['conversations/get-messages'],
	properties: [
		conversationIdParameter,
		...returnAllAndLimit(),
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
	async execute(itemIndex) {
		const conversationId = readId(this, itemIndex, conversationIdParameter);
		const { returnAll, limit } = readHowMany(this, itemIndex);
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.types !== undefined && filters.types !== '') {
			const types = validate
				.stringList(this, itemIndex, 'Types', filters.types)
				.map((type) => validate.oneOf(this, itemIndex, 'Types', type, CONVERSATION_MESSAGE_TYPES));
			if (types.length) qs.type = types.join(',');
		}
		const locationId = await resolveLocationId(this, itemIndex);
		return await getMany(
			this,
			{ returnAll, limit },
			lastMessageIdPager({ operation: 'conversations/get-messages', path: { conversationId }, qs, itemIndex, locationId }),
		);
	},
};
