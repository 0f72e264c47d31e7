import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { apiRequest } from '../transport/request';
import { resolveLocationId } from './location';
import { readId } from './read';
import type { OperationDefinition } from './types';

/**
 * An operation on one record named by its ID in the path (Get, Delete, and actions such as
 * Cancel): the sub-account goes in the query or the body as the endpoint takes it, and the
 * operation outputs HighLevel's answer.
 */
export function recordOperation(config: {
	value: string;
	name: string;
	action: string;
	description: string;
	operation: OperationKey;
	id: { parameter: INodeProperties; path: string };
	/** Where the endpoint takes the sub-account, and how it names it (`locationId`, altId/altType). */
	location?: { in: 'qs' | 'body'; as: (locationId: string) => IDataObject };
	/** Parameters after the ID whose values go in the body, read before any request. */
	more?: {
		properties: INodeProperties[];
		read: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject;
	};
}): OperationDefinition {
	const { operation, id, location, more } = config;
	return {
		value: config.value,
		name: config.name,
		action: config.action,
		description: config.description,
		calls: [operation],
		properties: [id.parameter, ...(more?.properties ?? [])],
		async execute(itemIndex) {
			const path = { [id.path]: readId(this, itemIndex, id.parameter) };
			const extra = more?.read(this, itemIndex) ?? {};
			const locationId = await resolveLocationId(this, itemIndex);
			const where = location?.as(locationId);
			return await apiRequest<IDataObject>(this, {
				operation,
				path,
				...(location?.in === 'qs' ? { qs: where } : {}),
				...(location?.in === 'body' || more ? { body: { ...where, ...extra } } : {}),
				itemIndex,
				locationId,
			});
		},
	};
}
