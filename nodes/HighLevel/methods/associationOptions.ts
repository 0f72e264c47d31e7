import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { apiRequest, type ApiRequest } from '../transport/request';
import { resolveLocationId } from '../shared/location';
import { currentParameter } from './currentParameter';

/** How many records a record dropdown lists: the latest, as a picker; others go in by expression. */
const LISTED = 100;

/** Where the records of one object are listed, and how one is named in a dropdown. */
interface RecordList {
	request(locationId: string, objectKey: string): ApiRequest;
	itemsKey: string;
	name(record: IDataObject): string;
	description?(record: IDataObject): string | undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const STANDARD: Record<string, RecordList> = {
	contact: {
		request: (locationId) => ({
			operation: 'contacts/search-contacts-advanced',
			body: { locationId, pageLimit: LISTED },
			locationId,
		}),
		itemsKey: 'contacts',
		name: (c) =>
			[text(c.firstName), text(c.lastName)].filter(Boolean).join(' ') ||
			text(c.email) ||
			text(c.phone) ||
			String(c.id),
		description: (c) => text(c.email) || undefined,
	},
	business: {
		request: (locationId) => ({
			operation: 'businesses/get-businesses-by-location',
			qs: { locationId, limit: LISTED, skip: 0 },
			locationId,
		}),
		itemsKey: 'businesses',
		name: (b) => text(b.name) || String(b.id),
	},
	opportunity: {
		request: (locationId) => ({
			operation: 'opportunities/search-opportunity',
			qs: { location_id: locationId, limit: LISTED },
			locationId,
		}),
		itemsKey: 'opportunities',
		name: (o) => text(o.name) || String(o.id),
		description: (o) => text(o.status) || undefined,
	},
};

/** A custom object's records (`custom_objects.pets`), named by their `name` property where they have one. */
const CUSTOM: RecordList = {
	request: (locationId, objectKey) => ({
		operation: 'objects/search-object-records',
		path: { schemaKey: objectKey },
		body: { locationId, page: 1, pageLimit: LISTED },
		locationId,
	}),
	itemsKey: 'records',
	name: (r) => {
		const properties = (r.properties ?? {}) as IDataObject;
		const named = Object.values(properties).find((v) => text(v) !== '');
		return text(properties.name) || text(named) || String(r.id);
	},
};

/** What the relation dropdowns call, for the scope test (shared/lists.ts). */
export const ASSOCIATION_LIST_CALLS: readonly OperationKey[] = [
	'associations/find-associations',
	'associations/get-association-by-ID',
	...Object.values(STANDARD).map((list) => list.request('', '').operation),
	CUSTOM.request('', 'custom_objects.x').operation,
];

/** The latest records of the object on one side of the association picked above. */
async function recordsOfSide(
	ctx: ILoadOptionsFunctions,
	side: 'firstObjectKey' | 'secondObjectKey',
): Promise<INodePropertyOptions[]> {
	const associationId = currentParameter(ctx, 'associationId');
	if (!associationId) return [];
	const locationId = await resolveLocationId(ctx, 0);
	const association = await apiRequest<IDataObject>(ctx, {
		operation: 'associations/get-association-by-ID',
		path: { associationId },
		locationId,
	});
	const objectKey = text(association[side]);
	if (!objectKey) return [];
	const list = STANDARD[objectKey] ?? CUSTOM;
	const body = await apiRequest<IDataObject>(ctx, list.request(locationId, objectKey));
	const records = Array.isArray(body[list.itemsKey]) ? (body[list.itemsKey] as IDataObject[]) : [];
	return records.map((r) => ({
		name: list.name(r),
		value: String(r.id ?? r._id),
		description: list.description?.(r),
	}));
}

/** Dropdowns of the association relations: associations by ID, and the records either side links. */
export const associationOptions = {
	async getAssociations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'associations/find-associations',
			qs: { locationId, skip: 0, limit: LISTED },
			locationId,
		});
		const list = Array.isArray(body.associations) ? (body.associations as IDataObject[]) : [];
		return list
			.map((a) => ({
				name: `${String(a.firstObjectLabel)} ↔ ${String(a.secondObjectLabel)} (${String(a.key)})`,
				value: String(a.id),
				description: `${String(a.firstObjectKey)} ↔ ${String(a.secondObjectKey)}`,
			}))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
	async getFirstRecords(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await recordsOfSide(this, 'firstObjectKey');
	},
	async getSecondRecords(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await recordsOfSide(this, 'secondObjectKey');
	},
};
