import { NodeOperationError, type IDataObject, type INodePropertyOptions } from 'n8n-workflow';
import { isNodeError } from '../../shared/errors';
import type { HighLevelContext } from '../../transport/connection';
import { apiRequest } from '../../transport/request';
import { objectFieldColumns, type Column, type CustomFieldDefinition } from '../../shared/columns';
import type { ExecutionCache } from '../../shared/types';

const SCHEMA_SCOPE = 'objects/schema.readonly';

export interface ObjectSchema {
	object: IDataObject;
	fields: CustomFieldDefinition[];
}

/** An object's schema with its fields (`fetchProperties`), read once per execution and object. */
export async function objectSchema(
	ctx: HighLevelContext,
	key: string,
	locationId: string,
	itemIndex: number,
	cache?: ExecutionCache,
): Promise<ObjectSchema> {
	const read = async (): Promise<ObjectSchema> => {
		let body: IDataObject;
		try {
			body = await apiRequest<IDataObject>(ctx, {
				operation: 'objects/get-object-schema-by-key',
				path: { key },
				qs: { locationId, fetchProperties: 'true' },
				itemIndex,
				locationId,
			});
		} catch (error) {
			throw refusedRead(ctx, error, key, itemIndex);
		}
		return {
			object: (body.object as IDataObject) ?? {},
			fields: Array.isArray(body.fields) ? (body.fields as CustomFieldDefinition[]) : [],
		};
	};
	if (!cache) return await read();
	const cacheKey = `objectSchema:${locationId}:${key}`;
	let pending = cache.get(cacheKey) as Promise<ObjectSchema> | undefined;
	if (!pending) {
		pending = read();
		cache.set(cacheKey, pending);
		// A failed read is not kept: the next item tries again.
		pending.catch(() => cache.delete(cacheKey));
	}
	return await pending;
}

/** HighLevel's bare 401 or 403 for the schema, said as the scope the credential lacks. */
function refusedRead(
	ctx: HighLevelContext,
	error: unknown,
	key: string,
	itemIndex: number,
): unknown {
	if (!isNodeError(error)) return error;
	const status = String((error as { httpCode?: unknown }).httpCode ?? '');
	if (status !== '401' && status !== '403') return error;
	return new NodeOperationError(ctx.getNode(), `The credential may not read the fields of ${key}`, {
		itemIndex,
		description: `A record's fields come from its object's schema, which needs the ${SCHEMA_SCOPE} scope. Add it to the Private Integration (or to your marketplace app and reconnect the OAuth2 credential). HighLevel said: ${error.message}`,
	});
}

/** The record columns of an object: its fields, typed, the required ones first. */
export function recordColumnsOf(schema: ObjectSchema): Column[] {
	return objectFieldColumns(schema.fields);
}

/**
 * An object's fields as dropdown choices, its primary display property first (HighLevel searches
 * it by default, so it is the one a search by field most often means).
 */
export function fieldChoices(schema: ObjectSchema): INodePropertyOptions[] {
	const primary = String(schema.object.primaryDisplayProperty ?? '');
	const isPrimary = (column: Column) =>
		column.target.in === 'property' && column.target.fieldKey === primary;
	return recordColumnsOf(schema)
		.sort((a, b) => Number(isPrimary(b)) - Number(isPrimary(a)) || a.label.localeCompare(b.label))
		.map((column) => ({
			name: isPrimary(column) ? `${column.label} (primary)` : column.label,
			value: column.id,
			description: column.target.in === 'property' ? column.target.fieldKey : undefined,
		}));
}
