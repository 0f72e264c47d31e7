import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { HowMany } from '../transport/paginate';
import { assignedUserField, toProperty } from './fieldTable';
import * as validate from './validate';
import { labelOf, readPositiveInteger } from './read';

export function idParameter(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
		description,
	};
}

/** A required record picked from a dropdown of the sub-account's records, or given by ID in an expression. */
export function idDropdownParameter(
	name: string,
	displayName: string,
	loadOptionsMethod: string,
	what: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		required: true,
		default: '',
		typeOptions: { loadOptionsMethod, loadOptionsDependsOn: ['locationId'] },
		description: `The ${what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** A dropdown parameter: one of `options`, `defaultValue` until the user picks another. */
export function optionsParameter(
	displayName: string,
	name: string,
	options: NonNullable<INodeProperties['options']>,
	defaultValue: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'options', options, default: defaultValue, description };
}

export const contactIdParameter = idParameter('contactId', 'Contact ID', 'ID of the contact');

/** The Assigned User dropdown as a filter or field of its own (`assignedTo`). */
export const assignedUserOption = toProperty(assignedUserField(), false);

const returnAllParameter: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

const limitParameter: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	displayOptions: { show: { returnAll: [false] } },
	description: 'Max number of results to return',
};

export function returnAllAndLimit(maxLimit?: number): INodeProperties[] {
	return [
		returnAllParameter,
		maxLimit
			? { ...limitParameter, typeOptions: { minValue: 1, maxValue: maxLimit } }
			: limitParameter,
	];
}

/** Reads the Return All and Limit parameters of `returnAllAndLimit`, checking the limit. */
export function readHowMany(ctx: IExecuteFunctions, itemIndex: number): HowMany {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? 0 : readPositiveInteger(ctx, itemIndex, limitParameter, 1_000_000);
	return { returnAll, limit };
}

const directionOption: INodeProperties = {
	displayName: 'Direction',
	name: 'direction',
	type: 'options',
	options: [
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
	default: 'desc',
	description: 'Order of the results',
};

/**
 * The Sort collection of a Get Many: `sortBy` (what to order by, the resource's own choices)
 * and Direction, which every HighLevel sort takes as asc or desc.
 */
export function sortCollection(sortBy: INodeProperties): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		options: [sortBy, directionOption],
	};
}

/** The Direction of `sortCollection`, checked. */
export function sortDirection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): 'asc' | 'desc' {
	return validate.oneOf(ctx, itemIndex, labelOf(directionOption), value, ['asc', 'desc'] as const);
}

/**
 * Added After / Added Before filters of a Get Many (`what`: "contacts added"): a range of
 * moments, both ends included.
 */
export function addedRangeFilters(
	names: { after: string; before: string },
	what: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Added After',
			name: names.after,
			type: 'dateTime',
			default: '',
			description: `Only ${what} at or after this moment`,
		},
		{
			displayName: 'Added Before',
			name: names.before,
			type: 'dateTime',
			default: '',
			description: `Only ${what} at or before this moment`,
		},
	];
}
