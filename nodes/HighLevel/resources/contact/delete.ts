import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import * as validate from '../../shared/validate';

export const deleteContact: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact permanently',
	calls: ['contacts/delete-contact'],
	properties: [contactIdParameter],
	async execute(itemIndex) {
		const contactId = validate.id(this, itemIndex, 'Contact ID', this.getNodeParameter('contactId', itemIndex));
		await apiRequest(this, { operation: 'contacts/delete-contact', path: { contactId }, itemIndex });
		return { id: contactId, deleted: true };
	},
};
