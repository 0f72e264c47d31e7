import type { ResourceDefinition } from '../../shared/types';
import { getAll } from './getAll';
import { getSubmissions } from './getSubmissions';

export const form: ResourceDefinition = {
	value: 'form',
	name: 'Form',
	description: 'Forms of a sub-account and what people submitted through them',
	defaultOperation: getSubmissions.value,
	operations: [getAll, getSubmissions],
};
