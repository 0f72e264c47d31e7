import type { ResourceDefinition } from '../../shared/types';
import { call } from './call';

/**
 * The long tail: every operation of HighLevel's specs, beyond the curated resources. Named
 * "API Operation" rather than n8n's usual "Custom API Call" because it is no raw HTTP call: the
 * user picks an operation of HighLevel's API reference (by its operationId), and path, query and
 * body are checked against that operation before sending, with the node's credentials, pacing,
 * retries, errors and Return All.
 */
export const apiOperation: ResourceDefinition = {
	value: 'apiOperation',
	name: 'API Operation',
	description: 'Any operation of HighLevel’s API, picked from its reference and checked against it',
	defaultOperation: call.value,
	operations: [call],
};
