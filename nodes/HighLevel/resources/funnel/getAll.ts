import { getManyOperation, optionsFilter, textFilter } from '../../shared/getMany';
import { funnelsPager } from '../../methods/contentOptions';

export const FUNNEL_TYPES = ['funnel', 'website'] as const;

export const getAll = getManyOperation({
	many: 'funnels',
	description: 'List the location’s funnels and websites, each with its steps and their pages',
	calls: ['funnels/getFunnels'],
	filters: [
		textFilter('Name', 'name', 'Only funnels whose name contains this text', 200, 'Spring webinar'),
		optionsFilter(
			'Type',
			'type',
			[
				{ name: 'Funnel', value: 'funnel' },
				{ name: 'Website', value: 'website' },
			],
			'funnel',
			'Only funnels, or only websites',
			FUNNEL_TYPES,
		),
	],
	async pager(itemIndex, { query, location }) {
		const qs = query();
		const locationId = await location();
		return funnelsPager(locationId, qs, itemIndex);
	},
});
