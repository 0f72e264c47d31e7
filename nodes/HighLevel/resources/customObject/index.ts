import type { ResourceDefinition } from '../../shared/types';
import { createRecord, deleteRecord, getRecord, searchRecords, updateRecord } from './records';
import { createSchema, getAllSchemas, getSchema, updateSchema } from './schema';

/** Custom objects (objects.json): their schemas, and their records with fields typed from the schema. */
export const customObject: ResourceDefinition = {
	value: 'customObject',
	name: 'Custom Object',
	description: 'Custom objects of a sub-account: their schemas and their records',
	defaultOperation: 'searchRecords',
	operations: [
		createRecord,
		createSchema,
		deleteRecord,
		getAllSchemas,
		getRecord,
		getSchema,
		searchRecords,
		updateRecord,
		updateSchema,
	],
};
