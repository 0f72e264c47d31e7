import type { ILoadOptionsFunctions } from 'n8n-workflow';
import type { Column, ColumnKind } from '../../shared/columns';
import { loadApiOperations, type SchemaNode } from '../../apiSpec/apiSpec';
import { OPERATIONS, type OperationKey } from '../../apiSpec/operations.generated';

/** The operation the editor has picked, as `module/operationId`, or undefined. */
export function readOperationKeyForEditor(ctx: ILoadOptionsFunctions): string | undefined {
	let value: unknown;
	try {
		value =
			ctx.getCurrentNodeParameter('apiOperation', { extractValue: true }) ??
			ctx.getNodeParameter('apiOperation', '', { extractValue: true });
	} catch {
		return undefined; // an expression only an item can resolve
	}
	return typeof value === 'string' && /^[a-z-]+\/[A-Za-z0-9_-]+$/.test(value.trim())
		? value.trim()
		: undefined;
}

/** Parameters the node fills itself when left out (the node's or credential's location). */
const FILLED_BY_NODE = new Set(['locationId']);

function kindOf(schema: SchemaNode | undefined): Pick<Column, 'kind' | 'options' | 'jsonShape'> {
	if (schema?.e?.length)
		return { kind: 'option', options: schema.e.map((v) => ({ name: String(v), value: v })) };
	switch (schema?.t) {
		case 'number':
			return { kind: 'number' };
		case 'integer':
			return { kind: 'integer' };
		case 'boolean':
			return { kind: 'boolean' };
		case 'array': {
			const items = schema.i?.t;
			// A list of text is typed as one; a list of objects stays JSON.
			return !items || items === 'string'
				? { kind: 'list' }
				: { kind: 'structured', jsonShape: 'array' };
		}
		case 'object':
			return { kind: 'structured', jsonShape: 'object' };
		case 'string':
			return { kind: 'text' };
		default:
			// The spec says nothing the node trusts (HighLevel types several scalars as bare objects):
			// any value goes, JSON text read as JSON.
			return { kind: 'structured' };
	}
}

/**
 * The picked operation's path parameters, query parameters and top-level body properties as
 * columns, typed from the spec: required ones marked (but a locationId the node fills), enums as
 * choices, nested objects and lists of objects as JSON. Undefined for an unknown operation.
 */
export async function apiOperationColumns(key: string): Promise<Column[] | undefined> {
	const spec = (await loadApiOperations())[key];
	const op = OPERATIONS[key as OperationKey];
	if (!spec || !op) return undefined;
	const entries: Array<{
		in: 'path' | 'query' | 'body';
		name: string;
		required: boolean;
		schema?: SchemaNode;
	}> = [];
	for (const match of op.path.matchAll(/\{([^}]+)\}/g))
		entries.push({ in: 'path', name: match[1], required: true });
	for (const [name, required, schema] of spec.q ?? [])
		entries.push({ in: 'query', name, required: required === 1, schema });
	if (spec.b?.t === 'object' && spec.f !== 'multipart') {
		const required = new Set(spec.b.r ?? []);
		for (const [name, schema] of Object.entries(spec.b.p ?? {}))
			entries.push({ in: 'body', name, required: required.has(name), schema });
	}
	const counts = new Map<string, number>();
	for (const entry of entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
	return entries.map((entry): Column => {
		const shared = (counts.get(entry.name) ?? 0) > 1;
		const kind: Pick<Column, 'kind' | 'options' | 'jsonShape'> =
			entry.in === 'path' ? { kind: 'id' as ColumnKind } : kindOf(entry.schema);
		return {
			...kind,
			// A name both in the query and in the body gets a column for each, told apart by where it goes.
			id: shared ? `${entry.in}:${entry.name}` : entry.name,
			label: shared ? `${entry.name} (${entry.in})` : entry.name,
			target: { in: entry.in, name: entry.name },
			required: entry.required && !FILLED_BY_NODE.has(entry.name),
			aliases: [entry.name],
		};
	});
}
