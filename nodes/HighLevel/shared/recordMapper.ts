import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Column } from './columns';
import { recordColumns } from './customFieldColumns';
import type { CustomFieldModel } from './customFieldColumns';
import { allNamed, mapperInput, mapValues, toRequestParts } from './mapColumns';
import type { ExecutionCache } from './types';

export const RECORD_MAPPER = 'columns';

const METHODS: Record<CustomFieldModel, string> = {
	contact: 'getContactColumns',
	opportunity: 'getOpportunityColumns',
};

/**
 * A record's fields as n8n's resource mapper: standard and custom fields as typed columns, set
 * one by one or taken from the input item by Map Automatically.
 */
export function recordMapperParameter(model: CustomFieldModel): INodeProperties {
	return {
		displayName: 'Fields',
		name: RECORD_MAPPER,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: `The ${model}’s fields, standard and custom, typed as HighLevel defines them`,
		typeOptions: {
			loadOptionsDependsOn: ['locationId', 'operation'],
			resourceMapper: {
				resourceMapperMethod: METHODS[model],
				mode: 'add',
				fieldWords: { singular: 'field', plural: 'fields' },
				// Every field shown, as Google Sheets and Airtable show their columns; empty ones are not sent.
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	};
}

export interface RecordFields {
	/** Standard fields, in HighLevel's body shape. */
	body: IDataObject;
	/** `customFields: [{id, field_value}]`, empty when none is set. */
	customFields: IDataObject[];
	/** Input keys Map Automatically matched to no field. */
	unmatched: string[];
}

/**
 * One item's fields through the mapper, every value checked for its field's type before any
 * request. The location's custom fields are read (once per execution) only when a value names
 * something other than a standard field.
 */
export async function readRecordFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	model: CustomFieldModel,
	standard: Column[],
	locationId: () => Promise<string>,
	{ withCustomFields = true }: { withCustomFields?: boolean } = {},
): Promise<RecordFields> {
	const options = { parameter: RECORD_MAPPER, label: 'Fields' };
	const input = mapperInput(ctx, itemIndex, options);
	const columns =
		!withCustomFields || allNamed(standard, input)
			? standard
			: await recordColumns(ctx, model, standard, await locationId(), itemIndex, cache);
	const { values, unmatched } = mapValues(ctx, itemIndex, columns, input, options);
	const { body, customFields } = toRequestParts(values);
	return { body, customFields, unmatched };
}

/**
 * A record's Fields mapper across its writing operations: the standard columns of each (Create's
 * for one not listed), and an item's fields read with the operation's columns.
 */
export function mapperWrites<W extends string>(
	model: CustomFieldModel,
	columns: Record<W, Column[]> & { create: Column[] },
) {
	const standard = (operation: string): Column[] => columns[operation as W] ?? columns.create;
	return {
		standard,
		read: async (
			ctx: IExecuteFunctions,
			itemIndex: number,
			cache: ExecutionCache,
			operation: W,
			locationId: () => Promise<string>,
			options?: { withCustomFields?: boolean },
		): Promise<RecordFields> =>
			await readRecordFields(
				ctx,
				itemIndex,
				cache,
				model,
				standard(operation),
				locationId,
				options,
			),
	};
}
