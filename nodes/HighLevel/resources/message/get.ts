import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { messageIdParameter } from './fields';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a message',
	description: 'Retrieve a message by ID',
	calls: ['conversations/get-message'],
	properties: [messageIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, messageIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/get-message',
			path: { id },
			itemIndex,
			locationId,
		});
		// The spec answers the message itself; tolerate it wrapped as `{message: {...}}` too.
		const wrapped = response.message;
		return wrapped && typeof wrapped === 'object' && !Array.isArray(wrapped)
			? (wrapped as IDataObject)
			: response;
	},
};
