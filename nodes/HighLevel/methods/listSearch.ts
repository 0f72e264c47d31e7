import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { loadList } from '../shared/lists';
import { searchApiOperations } from '../resources/apiOperation/search';
import { resolveLocationId } from '../transport/location';

export const listSearch = {
	searchApiOperations,
	async searchContactCustomFields(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const locationId = await resolveLocationId(this, 0);
		const fields = await loadList(this, 'contactCustomFields', locationId);
		const wanted = filter?.trim().toLowerCase();
		const results = fields
			.filter((f) => !wanted || String(f.name).toLowerCase().includes(wanted) || String(f.fieldKey ?? '').toLowerCase().includes(wanted))
			.map((f) => ({
				name: `${String(f.name)}${f.dataType ? ` (${String(f.dataType).toLowerCase().replace(/_/g, ' ')})` : ''}`,
				value: String(f.id),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
		return { results };
	},
};
