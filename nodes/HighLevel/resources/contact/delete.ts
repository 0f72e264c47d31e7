import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import { readId } from '../../shared/read';

export const deleteContact: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact permanently',
	calls: ['contacts/delete-contact'],
	properties: [contactIdParameter],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		await apiRequest(this, {
			operation: 'contacts/delete-contact',
			path: { contactId },
			itemIndex,
		});
		return { id: contactId, deleted: true };
	},
};
