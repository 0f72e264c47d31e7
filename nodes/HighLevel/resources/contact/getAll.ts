import type { IDataObject } from 'n8n-workflow';
import {
	addedRangeFilters,
	assignedUserOption,
	sortCollection,
	sortDirection,
} from '../../shared/params';
import { searchAfterPager } from '../../transport/paginate';
import * as validate from '../../shared/validate';
import { readId, readText, readWith } from '../../shared/read';
import { getManyOperation } from '../../shared/getMany';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';

export const getAll = getManyOperation({
	many: 'contacts',
	description: 'Search the location’s contacts',
	calls: ['contacts/search-contacts-advanced', 'locations/get-custom-fields'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				...addedRangeFilters(
					{ after: 'dateAddedAfter', before: 'dateAddedBefore' },
					'contacts added',
				),
				assignedUserOption,
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@example.com',
					default: '',
					description: 'Only contacts with exactly this email address',
				},
				{
					displayName: 'Phone',
					name: 'phone',
					type: 'string',
					placeholder: '+14155550123',
					default: '',
					description: 'Only contacts with exactly this phone number (E.164)',
				},
				{
					displayName: 'Search Text',
					name: 'query',
					type: 'string',
					default: '',
					description:
						'Free text matched against name, email, phone and company (at most 75 characters)',
				},
				{
					displayName: 'Tag Name or ID',
					name: 'tag',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getTags', loadOptionsDependsOn: ['locationId'] },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
			],
		},
		sortCollection({
			displayName: 'Sort By',
			name: 'field',
			type: 'options',
			options: [
				{ name: 'Date Added', value: 'dateAdded' },
				{ name: 'Date Updated', value: 'dateUpdated' },
				{ name: 'First Name', value: 'firstNameLowerCase' },
				{ name: 'Last Name', value: 'lastNameLowerCase' },
			],
			default: 'dateAdded',
			description: 'Field to order the contacts by',
		}),
		readableCustomFieldsParameter('contact'),
	],
	async pager(itemIndex, { filters, filter, location }) {
		const sort = this.getNodeParameter('sort', itemIndex, {}) as IDataObject;
		const locationId = await location();
		const body: IDataObject = { locationId };
		const conditions: IDataObject[] = [];
		if (filters.query) {
			const query = readText(this, itemIndex, filter('query'), 75);
			if (query) body.query = query;
		}
		if (filters.email) {
			conditions.push({
				field: 'email',
				operator: 'eq',
				value: readWith(this, itemIndex, filter('email'), validate.email),
			});
		}
		if (filters.phone) {
			conditions.push({
				field: 'phone',
				operator: 'eq',
				value: readWith(this, itemIndex, filter('phone'), validate.phone),
			});
		}
		if (filters.tag) {
			conditions.push({
				field: 'tags',
				operator: 'eq',
				value: readText(this, itemIndex, filter('tag')),
			});
		}
		if (filters.assignedTo) {
			conditions.push({
				field: 'assignedTo',
				operator: 'eq',
				value: readId(this, itemIndex, filter('assignedTo')),
			});
		}
		if (filters.dateAddedAfter || filters.dateAddedBefore) {
			const range: IDataObject = {};
			if (filters.dateAddedAfter)
				range.gte = readWith(this, itemIndex, filter('dateAddedAfter'), validate.isoDate);
			if (filters.dateAddedBefore)
				range.lte = readWith(this, itemIndex, filter('dateAddedBefore'), validate.isoDate);
			conditions.push({ field: 'dateAdded', operator: 'range', value: range });
		}
		if (conditions.length) body.filters = conditions;
		if (sort.field || sort.direction) {
			body.sort = [
				{
					field: (sort.field as string) || 'dateAdded',
					direction: sort.direction ? sortDirection(this, itemIndex, sort.direction) : 'desc',
				},
			];
		}
		return searchAfterPager(
			{ operation: 'contacts/search-contacts-advanced', body, itemIndex, locationId },
			'contacts',
		);
	},
	async after(itemIndex, records, cache) {
		return await addReadableCustomFields(this, itemIndex, cache, 'contact', records);
	},
});
