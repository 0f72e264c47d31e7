import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { idParameter } from '../../shared/params';
import { labelOf } from '../../shared/read';
import * as validate from '../../shared/validate';

/** The custom object whose records an operation works on (its key, e.g. custom_objects.pets). */
export const schemaKeyParameter: INodeProperties = {
	displayName: 'Object Name or ID',
	name: 'schemaKey',
	type: 'options',
	required: true,
	default: '',
	typeOptions: { loadOptionsMethod: 'getCustomObjects', loadOptionsDependsOn: ['locationId'] },
	description:
		'The custom object, by its key such as custom_objects.pets. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Get Schema also reads the standard objects' schemas (contact, opportunity, business). */
export const anyObjectKeyParameter: INodeProperties = {
	...schemaKeyParameter,
	typeOptions: { loadOptionsMethod: 'getObjects', loadOptionsDependsOn: ['locationId'] },
	description:
		'The object, standard (contact, opportunity, business) or custom (custom_objects.pets). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const recordIdParameter = idParameter('recordId', 'Record ID', 'ID of the record');

const STANDARD_KEYS = ['contact', 'opportunity', 'business'];
const KEY = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/;

/**
 * An object key as HighLevel's paths take it: a custom object's key always carries the
 * `custom_objects.` prefix (HighLevel adds it on create, so users often type the key without it).
 */
export function readObjectKey(
	ctx: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties = schemaKeyParameter,
	{ customOnly = true }: { customOnly?: boolean } = {},
): string {
	const label = labelOf(property);
	const expected = customOnly
		? 'a custom object key such as custom_objects.pets'
		: 'an object key such as contact or custom_objects.pets';
	const raw = ctx.getNodeParameter(property.name, itemIndex, '');
	const given = validate.text(ctx, itemIndex, label, raw, 200);
	if (!given) throw validate.inputError(ctx, itemIndex, label, expected, raw);
	const key =
		given.includes('.') || (!customOnly && STANDARD_KEYS.includes(given))
			? given
			: `custom_objects.${given}`;
	if (!KEY.test(key) || (customOnly && !key.startsWith('custom_objects.')))
		throw validate.inputError(ctx, itemIndex, label, expected, raw);
	return key;
}

/** Lower case with underscores, as HighLevel's editor makes keys: "Vet Visit" → vet_visit. */
export function toKey(given: string): string {
	return given
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}
