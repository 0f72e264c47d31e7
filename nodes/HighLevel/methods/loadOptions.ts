import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { companyIdOf } from '../shared/company';
import { formsPager, loadList, surveysPager, templatesPager, type ListName } from '../shared/lists';
import { resolveLocationId } from '../shared/location';
import { getMany } from '../transport/paginate';
import { commerceOptions } from './commerceOptions';
import { apiRequest } from '../transport/request';
import { contentOptions } from './contentOptions';
import { associationOptions } from './associationOptions';
import { currentParameter } from './currentParameter';
import { objectOptions } from './objectOptions';
import { socialOptions } from './socialOptions';
import { mediaOptions } from './mediaOptions';

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
	...commerceOptions,
	...associationOptions,
	...contentOptions,
	...objectOptions,
	...socialOptions,
	...mediaOptions,
	async getTags(this: ILoadOptionsFunctions) {
		// HighLevel addresses contact tags by name, not by ID.
		return await options(this, 'tags', (entry) => String(entry.name));
	},
	async getUsers(this: ILoadOptionsFunctions) {
		return await options(this, 'users', byId, (entry) =>
			entry.email ? String(entry.email) : undefined,
		);
	},
	async getWorkflows(this: ILoadOptionsFunctions) {
		return await options(this, 'workflows', byId, (entry) =>
			entry.status ? `Status: ${String(entry.status)}` : undefined,
		);
	},
	async getCampaigns(this: ILoadOptionsFunctions) {
		return await options(this, 'campaigns', byId, (entry) =>
			entry.status ? `Status: ${String(entry.status)}` : undefined,
		);
	},
	async getForms(this: ILoadOptionsFunctions) {
		// Forms come at most 50 a page, so the list is read page by page.
		const locationId = await resolveLocationId(this, 0);
		const forms = await getMany(this, { returnAll: true, limit: 0 }, formsPager(locationId));
		return forms
			.map((form) => ({ name: label(form), value: byId(form) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
	async getSurveys(this: ILoadOptionsFunctions) {
		const locationId = await resolveLocationId(this, 0);
		const surveys = await getMany(this, { returnAll: true, limit: 0 }, surveysPager(locationId));
		return surveys
			.map((survey) => ({ name: label(survey), value: byId(survey) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
	async getTemplates(this: ILoadOptionsFunctions) {
		const locationId = await resolveLocationId(this, 0);
		const originId = await companyIdOf(this, undefined, locationId);
		const templates = await getMany(
			this,
			{ returnAll: true, limit: 0 },
			templatesPager(locationId, originId),
		);
		return templates
			.map((entry) => ({
				name: label(entry),
				value: byId(entry),
				description: entry.type ? String(entry.type) : undefined,
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
	async getCalendars(this: ILoadOptionsFunctions) {
		return await options(this, 'calendars', byId, (entry) =>
			entry.isActive === false ? 'Draft (inactive)' : undefined,
		);
	},
	async getCalendarGroups(this: ILoadOptionsFunctions) {
		return await options(this, 'calendarGroups', byId, (entry) =>
			entry.isActive === false ? 'Disabled' : undefined,
		);
	},
	async getPipelines(this: ILoadOptionsFunctions) {
		return await options(this, 'pipelines', byId);
	},
	async getPipelineStages(this: ILoadOptionsFunctions) {
		return await pipelineStages(this);
	},
	async getLostReasons(this: ILoadOptionsFunctions) {
		return await options(this, 'lostReasons', byId);
	},
	async getTagIds(this: ILoadOptionsFunctions) {
		// Tag operations address a tag by ID (contacts carry it by name: getTags).
		return await options(this, 'tags', byId);
	},
	async getCustomFieldIds(this: ILoadOptionsFunctions) {
		// The definitions of the object the operation is set to, each shown with its merge key.
		const object = currentParameter(this, 'fieldObject') ?? 'contact';
		const key = (entry: IDataObject) => (entry.fieldKey ? String(entry.fieldKey) : undefined);
		if (object !== 'custom')
			return await options(
				this,
				object === 'opportunity' ? 'opportunityCustomFields' : 'contactCustomFields',
				byId,
				key,
			);
		return await objectFieldOptions(this, 'fields', key);
	},
	async getCustomFieldFolders(this: ILoadOptionsFunctions) {
		return await objectFieldOptions(this, 'folders');
	},
	async getCustomValues(this: ILoadOptionsFunctions) {
		return await options(this, 'customValues', byId, (entry) =>
			entry.fieldKey ? String(entry.fieldKey) : undefined,
		);
	},
};

/** The fields or the folders of the custom object the operation names (custom-fields.json lists both at once). */
async function objectFieldOptions(
	ctx: ILoadOptionsFunctions,
	list: 'fields' | 'folders',
	describe?: (entry: IDataObject) => string | undefined,
): Promise<INodePropertyOptions[]> {
	const objectKey = currentParameter(ctx, 'objectKey');
	if (!objectKey) return [];
	const locationId = await resolveLocationId(ctx, 0);
	const body = await apiRequest<IDataObject>(ctx, {
		operation: 'custom-fields/get-custom-fields-by-object-key',
		path: { objectKey },
		qs: { locationId },
		locationId,
	});
	const entries = Array.isArray(body[list]) ? (body[list] as IDataObject[]) : [];
	return entries
		.map((entry) => ({ name: label(entry), value: byId(entry), description: describe?.(entry) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The pipeline an operation has chosen: a field of its own, or one inside Filters or Update Fields. */
function chosenPipeline(ctx: ILoadOptionsFunctions): string | undefined {
	for (const path of ['pipelineId', 'filters.pipelineId', 'updateFields.pipelineId']) {
		const value = currentParameter(ctx, path);
		if (value) return value;
	}
	return undefined;
}

/**
 * The stages of the chosen pipeline in HighLevel's order; with no pipeline chosen yet, every
 * stage of every pipeline, named after its pipeline.
 */
async function pipelineStages(ctx: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const locationId = await resolveLocationId(ctx, 0);
	const pipelines = await loadList(ctx, 'pipelines', locationId);
	const pipelineId = chosenPipeline(ctx);
	const chosen = pipelineId ? pipelines.filter((p) => p.id === pipelineId) : pipelines;
	return chosen.flatMap((pipeline) => {
		const stages = Array.isArray(pipeline.stages) ? (pipeline.stages as IDataObject[]) : [];
		return [...stages]
			.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
			.map((stage) => ({
				name: pipelineId
					? String(stage.name ?? stage.id)
					: `${String(pipeline.name)} › ${String(stage.name ?? stage.id)}`,
				value: String(stage.id),
			}));
	});
}
