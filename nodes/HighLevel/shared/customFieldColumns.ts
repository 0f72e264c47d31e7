import { NodeOperationError } from 'n8n-workflow';
import type { HighLevelContext } from '../transport/connection';
import { customFieldColumns, type Column, type CustomFieldDefinition } from './columns';
import { isNodeError } from './errors';
import { cachedList, loadList } from './lists';
import type { ExecutionCache } from './types';

/** The records HighLevel keeps custom fields for, as its `model` query names them. */
export type CustomFieldModel = 'contact' | 'opportunity';

const LIST = { contact: 'contactCustomFields', opportunity: 'opportunityCustomFields' } as const;

export const CUSTOM_FIELDS_SCOPE = 'locations/customFields.readonly';

/**
 * A location's custom fields of one model, loaded once per execution (with a cache) or once per
 * editor call (without). A refused read says which scope the credential lacks instead of
 * HighLevel's bare 401.
 */
export async function customFieldDefinitions(
	ctx: HighLevelContext,
	model: CustomFieldModel,
	locationId: string,
	itemIndex: number,
	cache?: ExecutionCache,
): Promise<CustomFieldDefinition[]> {
	try {
		const list = cache
			? await cachedList(ctx, cache, LIST[model], locationId, itemIndex)
			: await loadList(ctx, LIST[model], locationId, itemIndex);
		return list as CustomFieldDefinition[];
	} catch (error) {
		throw refusedRead(ctx, error, model, itemIndex);
	}
}

/** HighLevel's bare 401 or 403 for the list, said as the scope the credential lacks. */
function refusedRead(
	ctx: HighLevelContext,
	error: unknown,
	model: CustomFieldModel,
	itemIndex: number,
): Error {
	if (!isNodeError(error))
		return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	const status = String((error as { httpCode?: unknown }).httpCode ?? '');
	if (status !== '401' && status !== '403') return error;
	return new NodeOperationError(
		ctx.getNode(),
		`The credential may not read the sub-account’s ${model} custom fields`,
		{
			itemIndex,
			description: `Reading custom fields needs the ${CUSTOM_FIELDS_SCOPE} scope. Add it to the Private Integration (or to your marketplace app and reconnect the OAuth2 credential). HighLevel said: ${error.message}`,
		},
	);
}

/**
 * The columns of a record: its standard fields, then every custom field of the model. Built once
 * per execution and location, so a thousand items share one list (and one match index).
 */
export async function recordColumns(
	ctx: HighLevelContext,
	model: CustomFieldModel,
	standard: Column[],
	locationId: string,
	itemIndex: number,
	cache?: ExecutionCache,
): Promise<Column[]> {
	const build = async () => [
		...standard,
		...customFieldColumns(await customFieldDefinitions(ctx, model, locationId, itemIndex, cache)),
	];
	if (!cache) return await build();
	const key = `columns:${model}:${locationId}:${standard.map((c) => `${c.id}${c.required ? '!' : ''}`).join(',')}`;
	let pending = cache.get(key) as Promise<Column[]> | undefined;
	if (!pending) {
		pending = build();
		cache.set(key, pending);
		pending.catch(() => cache.delete(key));
	}
	return await pending;
}

/** Custom field definitions by ID, for turning `customFields: [{id, value}]` into readable values. */
export function definitionsById(
	definitions: CustomFieldDefinition[],
): Map<string, CustomFieldDefinition> {
	return new Map(definitions.filter((d) => typeof d.id === 'string').map((d) => [String(d.id), d]));
}
