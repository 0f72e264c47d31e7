import { locationListOperation } from '../../shared/getMany';
import type { ResourceDefinition } from '../../shared/types';

const getAll = locationListOperation({
	many: 'pipelines',
	description:
		'List the sub-account’s opportunity pipelines, each with its stages (IDs, names, positions)',
	call: 'opportunities/get-pipelines',
	itemsKey: 'pipelines',
});

/** Opportunity pipelines, each with its stages in order (opportunities.json). */
export const pipeline: ResourceDefinition = {
	value: 'pipeline',
	name: 'Pipeline',
	description: 'The opportunity pipelines of a sub-account and their stages',
	defaultOperation: getAll.value,
	operations: [getAll],
};
