import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { idDropdownParameter } from '../../shared/params';

/** A custom value is a name and its text (customValuesDTO); create and update both require both. */
const CUSTOM_VALUE_FIELDS = fieldTable([
	{
		name: 'name',
		title: 'Name',
		description:
			'Name of the custom value, unique in the sub-account; HighLevel derives its merge key from it, e.g. {{ custom_values.booking_link }}',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'value',
		title: 'Value',
		description:
			'Text the merge key stands for in emails, messages and pages, e.g. https://example.com/book',
		check: 'text',
		placeholder: 'https://example.com/book',
	},
]);

export const customValueIdParameter = idDropdownParameter(
	'customValueId',
	'Custom Value Name or ID',
	'getCustomValues',
	'custom value',
);

export const customValue: ResourceDefinition = {
	value: 'customValue',
	name: 'Custom Value',
	description:
		'Sub-account-wide values (links, phone numbers, texts) that emails, messages and pages insert by merge key',
	defaultOperation: 'create',
	operations: crudOperations({
		singular: 'custom value',
		plural: 'custom values',
		id: { parameter: customValueIdParameter, path: 'id' },
		location: 'path',
		one: 'customValue',
		many: 'customValues',
		calls: {
			create: 'locations/create-custom-value',
			get: 'locations/get-custom-value',
			getAll: 'locations/get-custom-values',
			update: 'locations/update-custom-value',
			delete: 'locations/delete-custom-value',
		},
		fields: CUSTOM_VALUE_FIELDS,
		required: ['name', 'value'],
		updateRequired: ['name', 'value'],
		descriptions: {
			create:
				'Create a custom value in the sub-account: a name and the text its merge key stands for',
			get: 'Retrieve a custom value of the sub-account by ID: its name, merge key (fieldKey) and value',
			getAll:
				'List the sub-account’s custom values with their merge keys (HighLevel answers the whole list at once)',
			update: 'Change the name and value of a custom value (HighLevel takes both on every update)',
			delete: 'Delete a custom value of the sub-account; its merge key then inserts nothing',
		},
	}),
};
