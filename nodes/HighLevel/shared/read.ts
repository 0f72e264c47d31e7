import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	NodeOperationError,
} from 'n8n-workflow';
import { assertAfter, instant } from './dates';
import * as validate from './validate';

/**
 * Reading an item's parameter by its property: the name read and the label an error shows both
 * come from the property, so the words in an error are the words in the panel.
 */
export type Parameter = Pick<INodeProperties, 'name' | 'displayName'> & {
	default?: INodeProperties['default'];
	/** Set by `optionIn`: the values of the collection the property is an option of. */
	in?: IDataObject;
};

/**
 * An option of a collection the operation has read already (Additional Fields, Options): the
 * readers below take its value from `values` instead of a parameter of its own.
 */
export function optionIn(values: IDataObject, property: Parameter): Parameter {
	return { name: property.name, displayName: property.displayName, in: values };
}

/** The words an error uses for a field: its label without n8n's "Name or ID" suffix ("Calendar Name or ID" → "Calendar"). */
export function labelOf(property: { displayName: string }): string {
	return property.displayName.replace(/\s+Names? or IDs?$/, '');
}

/**
 * An operation's parameters by name, for the readers: `parameter('amount')` is the property the
 * panel shows (a name not among `properties` fails at once, never silently).
 */
export function parametersOf(
	properties: INodeProperties[],
	owner = 'The operation',
): (name: string) => INodeProperties {
	return (name) => {
		const found = properties.find((property) => property.name === name);
		if (!found) throw new Error(`${owner} has no parameter ${name}`);
		return found;
	};
}

/**
 * The options of a collection (Filters, Additional Fields) with the values the item gave, each
 * found by name among the collection's options: `option('query')` hands a reader the value
 * from `values` and the option's label.
 */
export function optionsOf(
	collection: Pick<INodeProperties, 'displayName' | 'options'>,
	values: IDataObject,
): (name: string) => Parameter {
	return (name) => {
		const found = (collection.options ?? []).find(
			(option): option is INodeProperties => 'displayName' in option && option.name === name,
		);
		if (!found) throw new Error(`${collection.displayName} has no option ${name}`);
		return optionIn(values, found);
	};
}

function raw(ctx: IExecuteFunctions, itemIndex: number, property: Parameter): unknown {
	if (property.in) return property.in[property.name];
	return ctx.getNodeParameter(property.name, itemIndex, property.default ?? '');
}

/** A collection's values (Additional Fields, Options); `optionIn` hands each option to a reader. */
export function readCollection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
): IDataObject {
	return (ctx.getNodeParameter(property.name, itemIndex, {}) ?? {}) as IDataObject;
}

/** A check of validate.ts or dates.ts: the field's label, its value, then the check's own settings. */
type Check<T, Rest extends unknown[]> = (
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	...rest: Rest
) => T;

/**
 * A parameter checked by any check that takes a label and a value (`validate.email`,
 * `validate.phone`, `instant`, …), the label from the property.
 */
export function readWith<T, Rest extends unknown[]>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	check: Check<T, Rest>,
	...rest: Rest
): T {
	return check(ctx, itemIndex, labelOf(property), raw(ctx, itemIndex, property), ...rest);
}

/** An error for a parameter whose value breaks a rule no check above knows, worded from its property. */
export function refuse(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	expected: string,
	got?: unknown,
): NodeOperationError {
	return validate.inputError(ctx, itemIndex, labelOf(property), expected, got);
}

/** A parameter's value as the item gives it, for checks no reader below makes. */
export function readValue(ctx: IExecuteFunctions, itemIndex: number, property: Parameter): unknown {
	return raw(ctx, itemIndex, property);
}

/**
 * A time range from two date-time parameters, as epoch milliseconds, the end after the start.
 * Values without an offset are in `zone`; with `allowDateOnly`, a date alone means the start of
 * that day, or for the end, its end.
 */
export function readTimeRange(
	ctx: IExecuteFunctions,
	itemIndex: number,
	[startProperty, endProperty]: readonly [Parameter, Parameter],
	{ zone, allowDateOnly = false }: { zone: string; allowDateOnly?: boolean },
): { start: number; end: number; endValue: unknown } {
	const startValue = raw(ctx, itemIndex, startProperty);
	const endValue = raw(ctx, itemIndex, endProperty);
	const field = { start: labelOf(startProperty), end: labelOf(endProperty) };
	const start = instant(ctx, itemIndex, field.start, startValue, { zone, allowDateOnly });
	const end = instant(ctx, itemIndex, field.end, endValue, {
		zone,
		allowDateOnly,
		endOfDay: allowDateOnly,
	});
	assertAfter(
		ctx,
		itemIndex,
		{ field: field.start, ms: start },
		{ field: field.end, ms: end, value: endValue },
	);
	return { start, end, endValue };
}

/** An ID parameter (path or body): non-empty, no spaces or slashes. */
export function readId(ctx: IExecuteFunctions, itemIndex: number, property: Parameter): string {
	return validate.id(ctx, itemIndex, labelOf(property), raw(ctx, itemIndex, property));
}

/** A list of IDs (a multi-select, a JSON array or values separated by commas), each checked as an ID. */
export function readIdList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
): string[] {
	const label = labelOf(property);
	return validate
		.stringList(ctx, itemIndex, label, raw(ctx, itemIndex, property))
		.map((entry) => validate.id(ctx, itemIndex, label, entry));
}

/** A text parameter, trimmed. */
export function readText(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	maxLength?: number,
): string {
	return validate.text(ctx, itemIndex, labelOf(property), raw(ctx, itemIndex, property), maxLength);
}

/** A text parameter that must not be empty; `expected` says what it holds ("a key such as pet_owner"). */
export function readRequiredText(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	expected: string,
	maxLength?: number,
): string {
	const label = labelOf(property);
	const value = validate.text(ctx, itemIndex, label, raw(ctx, itemIndex, property), maxLength);
	if (!value) throw validate.inputError(ctx, itemIndex, label, expected, value);
	return value;
}

export function readBoolean(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
): boolean {
	return validate.boolean(ctx, itemIndex, labelOf(property), raw(ctx, itemIndex, property));
}

/** An options parameter, whose value an expression may have set to anything. */
export function readOneOf<T extends string>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	allowed: readonly T[],
): T {
	return validate.oneOf(ctx, itemIndex, labelOf(property), raw(ctx, itemIndex, property), allowed);
}

export function readPositiveInteger(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: Parameter,
	max: number,
): number {
	return validate.positiveInteger(
		ctx,
		itemIndex,
		labelOf(property),
		raw(ctx, itemIndex, property),
		max,
	);
}
