import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { idDropdownParameter } from '../../shared/params';

/** A tag has only its name (tagBody); contacts carry tags by name. */
const TAG_FIELDS = fieldTable([
	{
		name: 'name',
		title: 'Name',
		description: 'Name of the tag, as contacts carry it, e.g. vip (unique in the sub-account)',
		check: 'text',
		nonEmpty: true,
	},
]);

export const tagIdParameter = idDropdownParameter('tagId', 'Tag Name or ID', 'getTagIds', 'tag');

export const tag: ResourceDefinition = {
	value: 'tag',
	name: 'Tag',
	description: 'The tags of a sub-account, which contacts carry by name',
	defaultOperation: 'create',
	operations: crudOperations({
		singular: 'tag',
		plural: 'tags',
		id: { parameter: tagIdParameter, path: 'tagId' },
		location: 'path',
		one: 'tag',
		many: 'tags',
		calls: {
			create: 'locations/create-tag',
			get: 'locations/get-tag-by-id',
			getAll: 'locations/get-location-tags',
			update: 'locations/update-tag',
			delete: 'locations/delete-tag',
		},
		fields: TAG_FIELDS,
		required: ['name'],
		updateRequired: ['name'],
		descriptions: {
			create:
				'Create a tag in the sub-account, so contacts can be tagged with it (HighLevel refuses a name already taken)',
			get: 'Retrieve a tag of the sub-account by ID: its name and ID',
			getAll: 'List the sub-account’s tags (HighLevel answers the whole list at once)',
			update: 'Rename a tag of the sub-account; contacts that carry it carry the new name',
			delete: 'Delete a tag of the sub-account; contacts that carry it lose it',
		},
	}),
};
