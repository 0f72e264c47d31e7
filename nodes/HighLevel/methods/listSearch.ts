import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { loadList } from '../shared/lists';
import { searchApiOperations } from '../resources/apiOperation/search';
import { resolveLocationId } from '../shared/location';

export const listSearch = {
	searchApiOperations,
	async searchContactCustomFields(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchCustomFields(this, 'contactCustomFields', filter);
	},
	async searchOpportunityCustomFields(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchCustomFields(this, 'opportunityCustomFields', filter);
	},
};

/** One model's custom fields whose name or key holds the filter, each named with its type. */
async function searchCustomFields(
	ctx: ILoadOptionsFunctions,
	list: 'contactCustomFields' | 'opportunityCustomFields',
	filter?: string,
): Promise<INodeListSearchResult> {
	const locationId = await resolveLocationId(ctx, 0);
	const fields = await loadList(ctx, list, locationId);
	const wanted = filter?.trim().toLowerCase();
	const results = fields
		.filter((f) => !wanted || String(f.name).toLowerCase().includes(wanted) || String(f.fieldKey ?? '').toLowerCase().includes(wanted))
		.map((f) => ({
			name: `${String(f.name)}${f.dataType ? ` (${String(f.dataType).toLowerCase().replace(/_/g, ' ')})` : ''}`,
			value: String(f.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}
