import type {
	IExecuteFunctions,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { holdsExpression } from './parameterMemo';
import { labelOf } from './read';
import { inputError } from './validate';

/** Longer than any field HighLevel takes; longer text is a mapping gone wrong (a file, a whole item). */
const MAX_CHARACTERS = 100_000;

type Values = Record<string, unknown>;

/**
 * Checks an item's parameters against the types the operation's description declares:
 * booleans that are booleans, numbers that are numbers, choices from their list, text that is
 * text and not a whole file. Expressions can put anything in a field; this makes every
 * operation refuse such values the same way, naming the field, with no request sent. What a
 * field means (required, formats, IDs, ranges, combinations) the operation checks. `stored` is
 * the node's parameters as saved (the router reads them once per execution).
 */
export function checkDeclaredParameters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	properties: INodeProperties[],
	stored: INodeParameters = ctx.getNode().parameters,
): void {
	const values: Values = {};
	for (const property of properties) {
		// Only expressions can differ from what the editor stored; resolving them again is the
		// costly part of this check, so fixed values and unset fields are read as they are.
		const value = stored[property.name];
		values[property.name] =
			value === undefined
				? property.default
				: holdsExpression(value)
					? ctx.getNodeParameter(property.name, itemIndex, property.default)
					: value;
	}
	for (const property of properties) {
		if (!isShown(property, values)) continue;
		checkValue(ctx, itemIndex, property, values[property.name]);
	}
}

function isShown(property: INodeProperties, values: Values): boolean {
	const { show, hide } = property.displayOptions ?? {};
	const known = (name: string) => name in values;
	for (const [name, allowed] of Object.entries(show ?? {})) {
		if (known(name) && !(allowed ?? []).some((a) => a === values[name])) return false;
	}
	for (const [name, hidden] of Object.entries(hide ?? {})) {
		if (known(name) && (hidden ?? []).some((h) => h === values[name])) return false;
	}
	return true;
}

function isDateObject(value: unknown): boolean {
	return (
		value instanceof Date ||
		(!!value &&
			typeof value === 'object' &&
			typeof (value as { toISO?: unknown }).toISO === 'function')
	);
}

function checkValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	value: unknown,
): void {
	const fail = (expected: string): never => {
		throw inputError(ctx, itemIndex, labelOf(property), expected, value);
	};
	const choices = (property.options ?? []) as INodePropertyOptions[];
	switch (property.type) {
		case 'boolean':
			if (typeof value !== 'boolean') fail('true or false');
			return;
		case 'number': {
			const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			const min = property.typeOptions?.minValue;
			if (typeof n !== 'number' || !Number.isFinite(n))
				fail(typeof min === 'number' ? `a number of ${min} or more` : 'a number');
			return;
		}
		case 'options':
			if (property.typeOptions?.loadOptionsMethod || value === property.default)
				return checkText(value, fail);
			if (!choices.some((c) => c.value === value))
				fail(`one of ${choices.map((c) => String(c.value)).join(', ')}`);
			return;
		case 'multiOptions': {
			if (!Array.isArray(value)) {
				if (typeof value === 'string' && property.typeOptions?.loadOptionsMethod)
					return checkText(value, fail);
				fail('a list of values');
			}
			const list = value as unknown[];
			if (list.some((entry) => entry === null || typeof entry === 'object'))
				fail('a list of values');
			if (!property.typeOptions?.loadOptionsMethod) {
				const unknown = list.filter((entry) => !choices.some((c) => c.value === entry));
				if (unknown.length) fail(`values from ${choices.map((c) => String(c.value)).join(', ')}`);
			}
			return;
		}
		case 'collection':
			if (value === undefined || value === null) return;
			if (typeof value !== 'object' || Array.isArray(value)) fail('a set of fields');
			for (const option of (property.options ?? []) as INodeProperties[]) {
				const entry = (value as Values)[option.name];
				if (entry === undefined || !('type' in option)) continue;
				checkValue(ctx, itemIndex, option, entry);
			}
			return;
		case 'string':
		case 'dateTime':
		case 'json':
			if (property.type === 'dateTime' && isDateObject(value)) return;
			if (property.type === 'json') {
				if (typeof value === 'string' && value.trim() !== '') {
					try {
						JSON.parse(value);
					} catch {
						fail('valid JSON');
					}
				}
				if (value !== null && typeof value === 'object') return;
			}
			return checkText(value, fail);
		default:
			return;
	}
}

/**
 * Text fields take text (numbers and booleans read as text; a list of texts is left to the
 * operation), never an object an expression resolved to.
 */
function checkText(value: unknown, fail: (expected: string) => never): void {
	if (value === undefined || value === null) return;
	const isObject = (v: unknown) => v !== null && typeof v === 'object';
	if (isObject(value) && (!Array.isArray(value) || value.some(isObject))) fail('text');
	if (typeof value === 'string' && value.length > MAX_CHARACTERS)
		fail(`at most ${MAX_CHARACTERS} characters`);
}
