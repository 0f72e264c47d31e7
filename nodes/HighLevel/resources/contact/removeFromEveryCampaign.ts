import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { readId } from '../../shared/read';
import { apiRequest } from '../../transport/request';

export const removeFromEveryCampaign: OperationDefinition = {
	value: 'removeFromEveryCampaign',
	name: 'Remove From Every Campaign',
	action: 'Remove a contact from every campaign',
	description: 'Take a contact out of every HighLevel campaign it is enrolled in',
	calls: ['contacts/remove-contact-from-every-campaign'],
	properties: [contactIdParameter],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/remove-contact-from-every-campaign',
			path: { contactId },
			itemIndex,
		});
		return { contactId, success: true, ...response };
	},
};
