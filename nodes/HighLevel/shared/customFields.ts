import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ExecutionCache } from './types';
import { cachedList, type ListName } from './lists';
import * as validate from './validate';

/** The records HighLevel keeps custom fields for, as its `model` query names them. */
export type CustomFieldModel = 'contact' | 'opportunity';

const MODELS: Record<CustomFieldModel, { list: ListName; searchListMethod: string; keyExample: string; article: string }> = {
	contact: {
		list: 'contactCustomFields',
		searchListMethod: 'searchContactCustomFields',
		keyExample: 'contact.favourite_colour',
		article: 'a',
	},
	opportunity: {
		list: 'opportunityCustomFields',
		searchListMethod: 'searchOpportunityCustomFields',
		keyExample: 'opportunity.deal_source',
		article: 'an',
	},
};

export const customFieldsParameter = (model: CustomFieldModel): INodeProperties => ({
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Custom Field',
	default: {},
	description: `Values for the location’s ${model} custom fields`,
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field',
					name: 'field',
					type: 'resourceLocator',
					default: { mode: 'list', value: '' },
					description: 'The custom field to set',
					modes: [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list',
							typeOptions: { searchListMethod: MODELS[model].searchListMethod, searchable: true },
						},
						{
							displayName: 'By ID',
							name: 'id',
							type: 'string',
							placeholder: '6dvNaf7VhkQ9snc5vnjJ',
						},
						{
							displayName: 'By Key',
							name: 'key',
							type: 'string',
							placeholder: MODELS[model].keyExample,
						},
					],
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description:
						'Value to store. For multiple-choice and checkbox fields, separate options with commas or give a JSON array.',
				},
			],
		},
	],
});

// Field types whose value HighLevel stores as a list of options.
const LIST_TYPES = new Set(['MULTIPLE_OPTIONS', 'CHECKBOX']);

interface Locator {
	mode?: string;
	value?: unknown;
}

/** The entries of the Custom Fields parameter an item gives (its `field` list), as n8n stores them. */
function customFieldEntries(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return ctx.getNodeParameter('customFields.field', itemIndex, []) as unknown;
}

/** Whether the item sets any custom field (an update with none and no other field changes nothing). */
export function hasCustomFields(ctx: IExecuteFunctions, itemIndex: number): boolean {
	const entries = customFieldEntries(ctx, itemIndex);
	return Array.isArray(entries) && entries.length > 0;
}

/**
 * Turns the Custom Fields parameter into HighLevel's `customFields` body: `[{id, field_value}]`.
 * Fields are resolved against the location's definitions first, so a wrong name or key fails
 * the item before a request instead of being dropped silently by HighLevel.
 */
export async function customFieldsBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	locationId: string,
	model: CustomFieldModel,
): Promise<IDataObject[] | undefined> {
	const raw = customFieldEntries(ctx, itemIndex);
	if (!Array.isArray(raw) || raw.length === 0) return undefined;
	const definitions = await cachedList(ctx, cache, MODELS[model].list, locationId, itemIndex);
	return raw.map((entry: IDataObject, position) => {
		const label = `Custom Fields › Field ${position + 1}`;
		const locator = (entry.field ?? {}) as Locator;
		const wanted = typeof locator === 'string' ? locator : locator.value;
		if (typeof wanted !== 'string' || wanted.trim() === '') {
			throw validate.inputError(ctx, itemIndex, label, 'a custom field chosen from the list, by ID or by key', wanted);
		}
		const key = wanted.trim();
		const definition =
			locator.mode === 'key'
				? definitions.find((d) => d.fieldKey === key || d.fieldKey === `${model}.${key}`)
				: definitions.find((d) => d.id === key) ??
					definitions.find((d) => d.fieldKey === key || d.name === key);
		if (!definition) {
			throw validate.inputError(
				ctx,
				itemIndex,
				label,
				`${MODELS[model].article} ${model} custom field of location ${locationId} (${locator.mode === 'key' ? 'no field has key' : 'no field has ID'} ${JSON.stringify(key)})`,
			);
		}
		const value = entry.value ?? '';
		const fieldValue = LIST_TYPES.has(String(definition.dataType))
			? validate.stringList(ctx, itemIndex, `${label} (${String(definition.name)})`, value)
			: validate.text(ctx, itemIndex, `${label} (${String(definition.name)})`, value);
		return { id: String(definition.id), field_value: fieldValue };
	});
}
