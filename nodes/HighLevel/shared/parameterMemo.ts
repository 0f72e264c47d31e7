import type { IExecuteFunctions, IGetNodeParameterOptions, INodeParameters } from 'n8n-workflow';

export interface ParameterMemo {
	/** The node's parameters as the workflow stores them (expressions unresolved). */
	readonly stored: INodeParameters;
	/** Drops what was kept for an item; called when the item is done. */
	forget(itemIndex: number): void;
	/** Gives the context back its own getNodeParameter. */
	restore(): void;
}

/** Whether a stored parameter value is, or holds, an expression (which may differ per item). */
export function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

/** Options that change what n8n returns but not whether it returns the same thing again. */
const REPEATABLE_OPTIONS = new Set([
	'skipValidation',
	'extractValue',
	'ensureType',
	'rawExpressions',
]);

/** Data a copy keeps whole: text, numbers, booleans, null, and plain objects and lists of them. */
function isPlainData(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value !== 'object') return ['string', 'number', 'boolean'].includes(typeof value);
	if (Array.isArray(value)) return value.every(isPlainData);
	const prototype = Object.getPrototypeOf(value) as unknown;
	return (
		(prototype === Object.prototype || prototype === null) &&
		Object.values(value).every(isPlainData)
	);
}

const copy = <T>(value: T): T =>
	value !== null && typeof value === 'object' ? structuredClone(value) : value;

/**
 * Makes the context resolve each parameter once: n8n resolves a parameter anew on every
 * getNodeParameter call (it looks the parameter up among all of the node's properties, checks it
 * against its schema and evaluates its expressions), and an item's parameters are read by the
 * declared-type check and again by its operation, the fixed ones by every item. Kept are only
 * answers n8n would give again: a fixed or unset parameter's for every item (for the same
 * fallback), one holding an expression for its item (so the value checked is the value sent);
 * each read gets its own copy, as from n8n, and a value that is not plain data (a date) is not
 * kept. Reads with a context node or an indexed path go to n8n each time.
 */
export function memoizeParameters(ctx: IExecuteFunctions): ParameterMemo {
	const stored = ctx.getNode().parameters;
	const read = ctx.getNodeParameter;
	const fixed = new Map<string, { fallback: unknown; value: unknown }>();
	const perItem = new Map<number, Map<string, unknown>>();
	// Whether a top-level parameter holds an expression anywhere (a path into it then may too).
	const dynamic = new Map<string, boolean>();
	const isDynamic = (top: string) => {
		let known = dynamic.get(top);
		if (known === undefined) dynamic.set(top, (known = holdsExpression(stored[top])));
		return known;
	};

	const memoized = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: IGetNodeParameterOptions,
	): unknown => {
		const resolve = () => read.call(ctx, name, itemIndex, fallback, options) as unknown;
		const optionNames = Object.keys(options ?? {});
		if (
			typeof itemIndex !== 'number' ||
			name.includes('[') ||
			!optionNames.every((option) => REPEATABLE_OPTIONS.has(option))
		)
			return resolve();
		const key = optionNames.length ? `${name} ${JSON.stringify(options)}` : name;
		const path = name.split('.');
		if (isDynamic(path[0])) {
			const kept = perItem.get(itemIndex);
			if (kept?.has(key)) return copy(kept.get(key));
			const value = resolve();
			if (isPlainData(value)) {
				if (kept) kept.set(key, copy(value));
				else perItem.set(itemIndex, new Map([[key, copy(value)]]));
			}
			return value;
		}
		const raw = path.reduce<unknown>(
			(value, part) => (value as Record<string, unknown> | undefined)?.[part],
			stored,
		);
		const known = fixed.get(key);
		// An unset parameter resolves to the caller's fallback, so the fallback is part of the key.
		if (known && (raw !== undefined || Object.is(known.fallback, fallback)))
			return copy(known.value);
		const value = resolve();
		if (isPlainData(value)) fixed.set(key, { fallback, value: copy(value) });
		return value;
	};

	ctx.getNodeParameter = memoized as IExecuteFunctions['getNodeParameter'];
	return {
		stored,
		forget: (itemIndex) => perItem.delete(itemIndex),
		restore: () => {
			ctx.getNodeParameter = read;
		},
	};
}
