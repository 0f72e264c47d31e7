import type { ResourceDefinition } from '../../shared/types';
import { getAll } from './getAll';
import { getPages } from './getPages';

export const funnel: ResourceDefinition = {
	value: 'funnel',
	name: 'Funnel',
	description: 'Funnels and websites of a sub-account, and their pages',
	defaultOperation: getAll.value,
	operations: [getAll, getPages].sort((a, b) => a.name.localeCompare(b.name)),
};
