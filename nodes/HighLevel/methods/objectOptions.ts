import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	ResourceMapperFields,
} from 'n8n-workflow';
import { apiRequest } from '../transport/request';
import { resolveLocationId } from '../shared/location';
import { toMapperField } from '../shared/columns';
import {
	fieldChoices,
	objectSchema,
	recordColumnsOf,
} from '../resources/customObject/schemaFields';

/** The custom object the editor shows, with the prefix HighLevel's paths need. */
function pickedObject(ctx: ILoadOptionsFunctions): string {
	const value = ctx.getCurrentNodeParameter('schemaKey') ?? ctx.getNodeParameter('schemaKey', '');
	const key = typeof value === 'string' ? value.trim() : '';
	return key && !key.includes('.') ? `custom_objects.${key}` : key;
}

/** Dropdowns and the record mapper of the Custom Object resource. */
export const objectOptions = {
	/** The location's custom objects (records are kept for these), by their singular name. */
	async getCustomObjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'objects/get-object-by-location-id',
			qs: { locationId },
			locationId,
		});
		const objects = Array.isArray(body.objects) ? (body.objects as IDataObject[]) : [];
		return objects
			.filter((o) => !o.standard && typeof o.key === 'string')
			.map((o) => ({
				name: String((o.labels as IDataObject | undefined)?.singular ?? o.key),
				value: String(o.key),
				description: String(o.key),
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
	/** The picked object's fields, its primary field first. */
	async getCustomObjectFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const key = pickedObject(this);
		if (!key) return [];
		const locationId = await resolveLocationId(this, 0);
		return fieldChoices(await objectSchema(this, key, locationId, 0));
	},
};

/** The record mapper's columns: the picked object's fields, typed, required ones marked. */
export async function customObjectColumns(
	ctx: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const key = pickedObject(ctx);
	if (!key)
		return { fields: [], emptyFieldsNotice: 'Pick an object first: its fields appear here.' };
	const locationId = await resolveLocationId(ctx, 0);
	const columns = recordColumnsOf(await objectSchema(ctx, key, locationId, 0));
	if (!columns.length) return { fields: [], emptyFieldsNotice: `${key} has no fields.` };
	return { fields: columns.map(toMapperField) };
}
