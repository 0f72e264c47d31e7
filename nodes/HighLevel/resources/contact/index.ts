import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteContact } from './delete';
import { findDuplicate } from './findDuplicate';
import { get } from './get';
import { getAll } from './getAll';
import { bulkOperations } from './bulk';
import { getManyByBusiness } from './byBusiness';
import { campaignOperations } from './campaigns';
import { changeEmailSubscription, getEmailSubscription } from './emailSubscription';
import { removeFromEveryCampaign } from './removeFromEveryCampaign';
import { followerOperations } from './followers';
import { tagOperations } from './tags';
import { workflowOperations } from './workflows';
import { update } from './update';
import { upsert } from './upsert';

export const contact: ResourceDefinition = {
	value: 'contact',
	name: 'Contact',
	description: 'People and businesses in a sub-account',
	defaultOperation: upsert.value,
	operations: [
		create,
		upsert,
		deleteContact,
		findDuplicate,
		get,
		getAll,
		update,
		...tagOperations,
		...followerOperations,
		...workflowOperations,
		...campaignOperations,
		...bulkOperations,
		getManyByBusiness,
		removeFromEveryCampaign,
		getEmailSubscription,
		changeEmailSubscription,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
