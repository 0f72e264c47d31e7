import { locationListOperation } from '../../shared/getMany';
import type { ResourceDefinition } from '../../shared/types';

const getAll = locationListOperation({
	many: 'workflows',
	description:
		'List the sub-account’s workflows with their IDs, status (draft or published) and version',
	call: 'workflows/get-workflow',
	itemsKey: 'workflows',
});

/** Automation workflows (workflows.json); Contact › Add to Workflow enrols contacts in them. */
export const workflow: ResourceDefinition = {
	value: 'workflow',
	name: 'Workflow',
	description: 'The automation workflows of a sub-account',
	defaultOperation: getAll.value,
	operations: [getAll],
};
