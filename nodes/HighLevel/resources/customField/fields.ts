import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';
import { readOneOf, readText } from '../../shared/read';
import * as validate from '../../shared/validate';

/**
 * Custom field definitions live in two modules of HighLevel's API: contact and opportunity fields
 * in locations.json (`/locations/{locationId}/customFields`), custom-object fields and their
 * folders in custom-fields.json ("Custom Fields V2"). Every operation asks which object the field
 * belongs to and calls the module that keeps it.
 */
export type FieldObject = 'contact' | 'opportunity' | 'custom';
const OBJECTS: readonly FieldObject[] = ['contact', 'opportunity', 'custom'];

export const objectParameter: INodeProperties = {
	displayName: 'Object',
	name: 'fieldObject',
	type: 'options',
	default: 'contact',
	options: [
		{ name: 'Contact', value: 'contact', description: 'Fields of contacts' },
		{ name: 'Opportunity', value: 'opportunity', description: 'Fields of opportunities' },
		{
			name: 'Custom Object',
			value: 'custom',
			description: 'Fields of one of the sub-account’s custom objects',
		},
	],
	description: 'The kind of record the custom field belongs to',
};

export const objectKeyParameter: INodeProperties = {
	displayName: 'Object Key',
	name: 'objectKey',
	type: 'string',
	// Checked when read: n8n's own required check would stop the node when Object is an expression.
	default: '',
	placeholder: 'custom_objects.pets',
	description:
		'Key of the custom object, as HighLevel shows it in the object’s settings, e.g. custom_objects.pets',
	displayOptions: { show: { fieldObject: ['custom'] } },
};

export const fieldIdParameter: INodeProperties = {
	displayName: 'Custom Field Name or ID',
	name: 'customFieldId',
	type: 'options',
	required: true,
	default: '',
	typeOptions: {
		loadOptionsMethod: 'getCustomFieldIds',
		loadOptionsDependsOn: ['locationId', 'fieldObject', 'objectKey'],
	},
	description:
		'The custom field. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const folderIdParameter: INodeProperties = {
	displayName: 'Folder Name or ID',
	name: 'folderId',
	type: 'options',
	required: true,
	default: '',
	typeOptions: {
		loadOptionsMethod: 'getCustomFieldFolders',
		loadOptionsDependsOn: ['locationId', 'objectKey'],
	},
	description:
		'The folder of the custom object’s fields. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The data types HighLevel takes on create (CreateCustomFieldsDTO of custom-fields.json). */
export const DATA_TYPES = [
	{ name: 'Checkbox', value: 'CHECKBOX' },
	{ name: 'Date', value: 'DATE' },
	{ name: 'Email', value: 'EMAIL' },
	{ name: 'File Upload', value: 'FILE_UPLOAD' },
	{ name: 'Large Text', value: 'LARGE_TEXT' },
	{ name: 'Monetary', value: 'MONETORY' },
	{ name: 'Multiple Options', value: 'MULTIPLE_OPTIONS' },
	{ name: 'Number', value: 'NUMERICAL' },
	{ name: 'Phone', value: 'PHONE' },
	{ name: 'Radio', value: 'RADIO' },
	{ name: 'Single Option', value: 'SINGLE_OPTIONS' },
	{ name: 'Text', value: 'TEXT' },
	{ name: 'Text Box List', value: 'TEXTBOX_LIST' },
];
/** The types whose values are picked from options. */
export const OPTION_TYPES = ['SINGLE_OPTIONS', 'MULTIPLE_OPTIONS', 'RADIO', 'CHECKBOX'];

export const dataTypeParameter: INodeProperties = {
	displayName: 'Data Type',
	name: 'dataType',
	type: 'options',
	required: true,
	default: 'TEXT',
	options: DATA_TYPES,
	description: 'What the field holds; HighLevel does not let it change after creation',
};

export const picklistParameter: INodeProperties = {
	displayName: 'Options',
	name: 'picklist',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Option',
	default: {},
	description:
		'The choices of a Single Option, Multiple Options, Radio or Checkbox field of a custom object, in order',
	displayOptions: { show: { fieldObject: ['custom'] } },
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [
				{
					displayName: 'Label',
					name: 'label',
					type: 'string',
					default: '',
					description: 'Text of the choice as users see it',
				},
				{
					displayName: 'Key',
					name: 'key',
					type: 'string',
					default: '',
					description:
						'Value stored for the choice; made from the label (lower case, underscores) when empty',
				},
			],
		},
	],
};

/** Contact and opportunity fields (locations.json CreateCustomFieldsDTO / UpdateCustomFieldsDTO). */
export const RECORD_FIELDS = fieldTable([
	{
		name: 'name',
		title: 'Name',
		description: 'Name of the field as forms and records show it',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'placeholder',
		title: 'Placeholder',
		description: 'Hint shown in the empty field',
		check: 'text',
	},
	{
		name: 'position',
		title: 'Position',
		description: 'Place of the field in its list, from 0',
		check: 'number',
		type: 'number',
		min: 0,
	},
	{
		name: 'maxNumberOfFiles',
		title: 'Max Number of Files',
		description: 'File Upload fields: how many files the field takes',
		check: 'number',
		type: 'number',
		min: 1,
		default: 1,
	},
	{
		name: 'isMultipleFile',
		title: 'Multiple Files',
		description: 'Whether a File Upload field takes more than one file',
		check: 'boolean',
		type: 'boolean',
	},
]);

/** Custom-object fields (custom-fields.json CreateCustomFieldsDTO / UpdateCustomFieldsDTO). */
export const OBJECT_FIELDS = fieldTable([
	{
		name: 'name',
		title: 'Name',
		description: 'Name of the field as records show it',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'description',
		title: 'Description',
		description: 'What the field is for',
		check: 'text',
	},
	{
		name: 'placeholder',
		title: 'Placeholder',
		description: 'Hint shown in the empty field',
		check: 'text',
	},
	{
		name: 'showInForms',
		title: 'Show in Forms',
		description: 'Whether forms can show the field',
		check: 'boolean',
		type: 'boolean',
		default: true,
	},
	{
		name: 'acceptedFormats',
		title: 'Accepted Formats',
		description: 'File Upload fields: the file type taken',
		check: 'choice',
		type: 'options',
		options: [
			'.pdf',
			'.docx',
			'.doc',
			'.jpg',
			'.jpeg',
			'.png',
			'.gif',
			'.csv',
			'.xlsx',
			'.xls',
			'all',
		].map((v) => ({ name: v, value: v })),
		default: 'all',
	},
	{
		name: 'maxFileLimit',
		title: 'Max Number of Files',
		description: 'File Upload fields: how many files the field takes',
		check: 'number',
		type: 'number',
		min: 1,
		default: 1,
	},
	{
		name: 'allowCustomOption',
		title: 'Allow Custom Option',
		description: 'Radio fields: whether a record may hold a value that is not one of the options',
		check: 'boolean',
		type: 'boolean',
	},
]);

export function readObject(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { object: FieldObject; objectKey?: string } {
	const object = readOneOf(ctx, itemIndex, objectParameter, OBJECTS);
	if (object !== 'custom') return { object };
	const objectKey = readText(ctx, itemIndex, objectKeyParameter);
	if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(objectKey)) {
		throw validate.inputError(
			ctx,
			itemIndex,
			'Object Key',
			'the key of a custom object, such as custom_objects.pets',
			objectKey,
		);
	}
	return { object, objectKey };
}

/** The choices of an option field, each with a key (made from its label when not given). */
export function readPicklist(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] | undefined {
	const raw = ctx.getNodeParameter('picklist', itemIndex, {}) as {
		option?: Array<{ label?: unknown; key?: unknown }>;
	};
	const entries = raw?.option ?? [];
	if (!entries.length) return undefined;
	const keys = new Set<string>();
	return entries.map((entry, i) => {
		const label = validate.text(ctx, itemIndex, `Options › ${i + 1} › Label`, entry.label ?? '');
		if (!label)
			throw validate.inputError(
				ctx,
				itemIndex,
				`Options › ${i + 1} › Label`,
				'the text of the choice',
				entry.label,
			);
		const given = validate.text(ctx, itemIndex, `Options › ${i + 1} › Key`, entry.key ?? '');
		const key =
			given ||
			label
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '_')
				.replace(/^_|_$/g, '');
		if (!key || keys.has(key))
			throw validate.inputError(
				ctx,
				itemIndex,
				`Options › ${i + 1} › Key`,
				'a key no other option of the field has',
				key,
			);
		keys.add(key);
		return { key, label };
	});
}

/** Both modules answer with the field under a key of their own. */
export function unwrapField(response: IDataObject): IDataObject {
	return ((response.customField ?? response.field) as IDataObject | undefined) ?? response;
}

export const fieldKeyParameter: INodeProperties = {
	displayName: 'Field Key',
	name: 'fieldKey',
	type: 'string',
	default: '',
	placeholder: 'breed',
	description:
		'Key of the field within the custom object, e.g. breed; HighLevel stores it after the object key (custom_objects.pets.breed)',
	displayOptions: { show: { fieldObject: ['custom'] } },
};

/** The field key HighLevel stores: the object key, a dot, the field's own key (given alone or in full). */
export function readFieldKey(ctx: IExecuteFunctions, itemIndex: number, objectKey: string): string {
	const given = readText(ctx, itemIndex, fieldKeyParameter);
	const own = given.startsWith(`${objectKey}.`) ? given.slice(objectKey.length + 1) : given;
	if (!/^[a-z][a-z0-9_]*$/.test(own)) {
		throw validate.inputError(
			ctx,
			itemIndex,
			'Field Key',
			'a key of lower-case letters, digits and underscores, such as breed',
			given,
		);
	}
	return `${objectKey}.${own}`;
}
