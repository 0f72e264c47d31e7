import type { IDataObject } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import { readOneOf, readText } from '../../shared/read';
import { funnelsPager } from '../../methods/contentOptions';

export const FUNNEL_TYPES = ['funnel', 'website'] as const;

export const getAll = getManyOperation({
	many: 'funnels',
	description: 'List the location’s funnels and websites, each with its steps and their pages',
	calls: ['funnels/getFunnels'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'Spring webinar',
					description: 'Only funnels whose name contains this text',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Funnel', value: 'funnel' },
						{ name: 'Website', value: 'website' },
					],
					default: 'funnel',
					description: 'Only funnels, or only websites',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {};
		if (filters.name) qs.name = readText(this, itemIndex, filter('name'), 200);
		if (filters.type !== undefined && filters.type !== '')
			qs.type = readOneOf(this, itemIndex, filter('type'), FUNNEL_TYPES);
		const locationId = await location();
		return funnelsPager(locationId, qs, itemIndex);
	},
});
