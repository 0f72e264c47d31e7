import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { loadList, type ListName } from '../shared/lists';
import { resolveLocationId } from '../transport/location';

function label(entry: IDataObject): string {
	const name = entry.name ?? [entry.firstName, entry.lastName].filter(Boolean).join(' ');
	return String(name || entry.email || entry.id);
}

async function options(
	ctx: ILoadOptionsFunctions,
	list: ListName,
	value: (entry: IDataObject) => string,
	describe?: (entry: IDataObject) => string | undefined,
): Promise<INodePropertyOptions[]> {
	const locationId = await resolveLocationId(ctx, 0);
	const entries = await loadList(ctx, list, locationId);
	return entries
		.map((entry) => ({ name: label(entry), value: value(entry), description: describe?.(entry) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

const byId = (entry: IDataObject) => String(entry.id);

export const loadOptions = {
	async getTags(this: ILoadOptionsFunctions) {
		// HighLevel addresses contact tags by name, not by ID.
		return await options(this, 'tags', (entry) => String(entry.name));
	},
	async getUsers(this: ILoadOptionsFunctions) {
		return await options(this, 'users', byId, (entry) => (entry.email ? String(entry.email) : undefined));
	},
	async getWorkflows(this: ILoadOptionsFunctions) {
		return await options(this, 'workflows', byId, (entry) => (entry.status ? `Status: ${String(entry.status)}` : undefined));
	},
	async getCampaigns(this: ILoadOptionsFunctions) {
		return await options(this, 'campaigns', byId, (entry) => (entry.status ? `Status: ${String(entry.status)}` : undefined));
	},
};
