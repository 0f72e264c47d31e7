import { fieldTable } from '../../shared/fieldTable';
import { locationListOperation } from '../../shared/getMany';
import type { ResourceDefinition } from '../../shared/types';

const FILTERS = fieldTable([
	{
		name: 'status',
		title: 'Status',
		description: 'Only campaigns in this state',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Draft', value: 'draft' },
			{ name: 'Published', value: 'published' },
		],
		default: 'published',
	},
]);

const getAll = locationListOperation({
	many: 'campaigns',
	description:
		'List the sub-account’s campaigns with their IDs and status, optionally only drafts or only published ones',
	call: 'campaigns/get-campaigns',
	itemsKey: 'campaigns',
	properties: [{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' }],
	query(itemIndex, filters) {
		return FILTERS.body(this, itemIndex, filters);
	},
});

/** Campaigns (campaigns.json); Contact › Add to Campaign enrols contacts in them. */
export const campaign: ResourceDefinition = {
	value: 'campaign',
	name: 'Campaign',
	description: 'The campaigns of a sub-account',
	defaultOperation: getAll.value,
	operations: [getAll],
};
