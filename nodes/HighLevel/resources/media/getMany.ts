import type { INodeProperties } from 'n8n-workflow';
import { filtersCollection, getManyOperation } from '../../shared/getMany';
import { labelOf, readOneOf } from '../../shared/read';
import * as validate from '../../shared/validate';
import { mediaPager } from '../../methods/mediaOptions';
import { folderParameter, readFolderId } from './fields';
import { optionsParameter } from '../../shared/params';

const typeParameter = optionsParameter(
	'Type',
	'type',
	[
		{ name: 'File', value: 'file', description: 'Files of the folder' },
		{ name: 'Folder', value: 'folder', description: 'Folders inside the folder' },
	],
	'file',
	'Whether to list files or folders (HighLevel lists one kind at a time)',
);

const folderFilter = folderParameter(
	'folderId',
	'Folder Name or ID',
	'Folder whose contents are listed; the top level of the library when empty',
);

const searchFilter: INodeProperties = {
	displayName: 'Search',
	name: 'query',
	type: 'string',
	default: '',
	placeholder: 'brochure',
	description: 'Only files or folders whose name contains this text',
};

const SORT_FIELDS = ['createdAt', 'updatedAt', 'name'] as const;

const sortByFilter = optionsParameter(
	'Sort By',
	'sortBy',
	[
		{ name: 'Created At', value: 'createdAt' },
		{ name: 'Name', value: 'name' },
		{ name: 'Updated At', value: 'updatedAt' },
	],
	'createdAt',
	'What the list is ordered by',
);

const sortOrderFilter = optionsParameter(
	'Sort Order',
	'sortOrder',
	[
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
	'desc',
	'Order of the list: newest (or Z) first when descending',
);

export const getAll = getManyOperation({
	many: 'files or folders',
	action: 'Get many files or folders',
	description:
		'List the files or the folders of a folder of the media library, or search them by name',
	calls: ['medias/fetch-media-content'],
	leading: [typeParameter],
	properties: [filtersCollection([folderFilter, searchFilter, sortByFilter, sortOrderFilter])],
	async pager(itemIndex, { filters, location }) {
		const type = readOneOf(this, itemIndex, typeParameter, ['file', 'folder'] as const);
		const parentId = readFolderId(this, itemIndex, folderFilter, filters.folderId);
		const query =
			filters.query === undefined
				? undefined
				: validate.text(this, itemIndex, labelOf(searchFilter), filters.query, 200) || undefined;
		const sortBy = validate.oneOf(
			this,
			itemIndex,
			labelOf(sortByFilter),
			filters.sortBy ?? sortByFilter.default,
			SORT_FIELDS,
		);
		const sortOrder = validate.oneOf(
			this,
			itemIndex,
			labelOf(sortOrderFilter),
			filters.sortOrder ?? sortOrderFilter.default,
			['asc', 'desc'] as const,
		);
		const locationId = await location();
		return mediaPager(locationId, { type, sortBy, sortOrder, parentId, query }, itemIndex);
	},
});
