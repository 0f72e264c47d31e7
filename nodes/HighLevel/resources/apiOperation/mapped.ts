import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { readMapped, toRequestParts } from '../../shared/mapColumns';
import { inputError } from '../../shared/validate';
import { apiOperationColumns } from './columns';

export const PARAMETERS_MAPPER = 'parameters';

/** The picked operation's parameters as typed columns, filled by hand or from the input item. */
export const parametersMapper: INodeProperties = {
	displayName: 'Parameters',
	name: PARAMETERS_MAPPER,
	type: 'resourceMapper',
	noDataExpression: true,
	default: { mappingMode: 'defineBelow', value: null },
	typeOptions: {
		loadOptionsDependsOn: ['apiOperation.value'],
		resourceMapper: {
			resourceMapperMethod: 'getApiOperationColumns',
			mode: 'add',
			fieldWords: { singular: 'parameter', plural: 'parameters' },
			// The required ones first; an operation may take dozens.
			addAllFields: false,
			multiKeyMatch: false,
			supportAutoMap: true,
		},
	},
	description:
		'The operation’s path and query parameters and top-level body fields, typed from HighLevel’s specification. Map Automatically takes them from the input item’s fields of the same name.',
};

export interface MappedParameters {
	path: IDataObject;
	query: IDataObject;
	body: IDataObject;
}

/** What the Parameters mapper gives for one item, checked per column before any request. */
export async function readMappedParameters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	key: string,
): Promise<MappedParameters> {
	const columns = (await apiOperationColumns(key)) ?? [];
	// What is required may also come by name/value or JSON: the spec check after merging says what is missing.
	const { values } = readMapped(ctx, itemIndex, columns, {
		parameter: PARAMETERS_MAPPER,
		label: 'Parameters',
		checkRequired: false,
	});
	const { path, query, body } = toRequestParts(values);
	return { path, query, body };
}

/**
 * Adds mapped values to those given by name/value or as JSON; a parameter given both ways fails
 * the item rather than one silently winning.
 */
export function mergeMapped<T extends Record<string, unknown>>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	where: string,
	given: T,
	mapped: IDataObject,
): T {
	const merged: Record<string, unknown> = { ...given };
	for (const [name, value] of Object.entries(mapped)) {
		if (merged[name] !== undefined && merged[name] !== '') {
			throw inputError(
				ctx,
				itemIndex,
				`${where} › ${name}`,
				'one value: it is given both in Parameters and here',
			);
		}
		merged[name] = value;
	}
	return merged as T;
}
