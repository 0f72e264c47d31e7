import type { ResourceDefinition } from '../../shared/types';
import { getAll } from './getAll';
import { send } from './send';

export const proposal: ResourceDefinition = {
	value: 'proposal',
	name: 'Proposal',
	description: 'Documents and contracts (proposals, estimates, agreements) sent for e-signature',
	defaultOperation: getAll.value,
	operations: [getAll, send].sort((a, b) => a.name.localeCompare(b.name)),
};
