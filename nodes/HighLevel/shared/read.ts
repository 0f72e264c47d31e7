import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import * as validate from './validate';

/**
 * Reading an item's parameter by its property: the name read and the label an error shows both
 * come from the property, so the words in an error are the words in the panel.
 */
type Parameter = Pick<INodeProperties, 'name' | 'displayName'> & {
	default?: INodeProperties['default'];
};

/** The words an error uses for a field: its label without n8n's "Name or ID" suffix ("Calendar Name or ID" → "Calendar"). */
export function labelOf(property: { displayName: string }): string {
	return property.displayName.replace(/\s+Names? or IDs?$/, '');
}

function raw(ctx: IExecuteFunctions, itemIndex: number, property: Parameter): unknown {
	return ctx.getNodeParameter(property.name, itemIndex, property.default ?? '');
}

/** An ID parameter (path or body): non-empty, no spaces or slashes. */
export function readId(ctx: IExecuteFunctions, itemIndex: number, property: Parameter): string {
	return validate.id(ctx, itemIndex, labelOf(property), raw(ctx, itemIndex, property));
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
