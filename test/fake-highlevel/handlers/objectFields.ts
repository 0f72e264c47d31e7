import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { notFound, recordIn, textQuery } from './listing';

type Rec = Record<string, unknown>;

/**
 * Custom fields of custom objects and their folders (custom-fields.json, "Custom Fields V2"),
 * kept apart from the contact and opportunity fields of locations.json.
 */
const fields = (store: LocationStore) => store.collection('objectFields');
const folders = (store: LocationStore) => store.collection('objectFieldFolders');

const OPTION_TYPES = ['SINGLE_OPTIONS', 'MULTIPLE_OPTIONS', 'RADIO', 'CHECKBOX', 'TEXTBOX_LIST'];

export function addObjectFolder(store: LocationStore, objectKey: string, name: string): Rec {
	const folder = { id: newId(), objectKey, locationId: store.id, name };
	folders(store).set(folder.id, folder);
	return folder;
}

/** The field's sub-account: the body's (create, update) or the query's, else the token's. */
function storeFor(call: Call): LocationStore {
	const id =
		(call.body.locationId as string | undefined) ??
		textQuery(call, 'locationId') ??
		call.locationId;
	if (!id) throw new HttpError(400, { statusCode: 400, message: 'locationId is required' });
	return call.location(id);
}

/** An ID-addressed field, in whichever sub-account the token reaches holds it. */
function fieldById(call: Call): { store: LocationStore; field: Rec } {
	for (const store of call.stores()) {
		const field = fields(store).get(call.params.id);
		if (field) return { store, field };
	}
	throw notFound('Custom field');
}

function checkOptions(dataType: string, options: unknown): void {
	if (options === undefined) {
		if (OPTION_TYPES.includes(dataType) && dataType !== 'TEXTBOX_LIST')
			throw new HttpError(400, {
				statusCode: 400,
				message: `options are required for ${dataType}`,
			});
		return;
	}
	if (!OPTION_TYPES.includes(dataType))
		throw new HttpError(400, {
			statusCode: 400,
			message: `options are valid only for ${OPTION_TYPES.join(', ')}`,
		});
	const keys = (options as Rec[]).map((o) => o.key);
	if (new Set(keys).size !== keys.length)
		throw new HttpError(400, { statusCode: 400, message: 'option keys must be unique' });
}

export const OBJECT_FIELD_HANDLERS: Record<string, Handler> = {
	'custom-fields/get-custom-fields-by-object-key': (call) => {
		const store = storeFor(call);
		const objectKey = call.params.objectKey;
		return {
			body: {
				fields: [...fields(store).values()].filter((f) => f.objectKey === objectKey),
				folders: [...folders(store).values()].filter((f) => f.objectKey === objectKey),
			},
		};
	},
	'custom-fields/get-custom-field-by-id': (call) => ({ body: { field: fieldById(call).field } }),
	'custom-fields/create-custom-field': (call) => {
		const store = storeFor(call);
		const { objectKey, fieldKey, parentId, dataType } = call.body as Record<string, string>;
		if (!fieldKey.startsWith(`${objectKey}.`))
			throw new HttpError(400, {
				statusCode: 400,
				message: `fieldKey must start with ${objectKey}.`,
			});
		const folder = recordIn(folders(store), parentId, 'Folder');
		if (folder.objectKey !== objectKey)
			throw new HttpError(400, {
				statusCode: 400,
				message: 'The folder belongs to another object',
			});
		if ([...fields(store).values()].some((f) => f.fieldKey === fieldKey))
			throw new HttpError(400, {
				statusCode: 400,
				message: `A field with key ${fieldKey} already exists`,
			});
		checkOptions(dataType, call.body.options);
		const now = store.now();
		const field = {
			id: newId(),
			...call.body,
			locationId: store.id,
			dateAdded: now,
			dateUpdated: now,
		};
		fields(store).set(field.id, field);
		return { status: 201, body: { field } };
	},
	'custom-fields/update-custom-field': (call) => {
		const { store, field } = fieldById(call);
		if (call.body.locationId !== store.id)
			throw new HttpError(403, {
				statusCode: 403,
				message: 'The token does not have access to this location',
			});
		if (call.body.options !== undefined) checkOptions(String(field.dataType), call.body.options);
		Object.assign(field, call.body, { dateUpdated: store.now() });
		return { body: { field } };
	},
	'custom-fields/delete-custom-field': (call) => {
		const { store, field } = fieldById(call);
		fields(store).delete(String(field.id));
		return { body: { succeded: true, id: field.id, key: field.fieldKey } };
	},
	'custom-fields/create-custom-field-folder': (call) => {
		const store = storeFor(call);
		const folder = addObjectFolder(store, String(call.body.objectKey), String(call.body.name));
		return { status: 201, body: folder };
	},
	'custom-fields/update-custom-field-folder': (call) => {
		const folder = recordIn(folders(storeFor(call)), call.params.id, 'Folder');
		folder.name = call.body.name;
		return { body: folder };
	},
	'custom-fields/delete-custom-field-folder': (call) => {
		const store = storeFor(call);
		const folder = recordIn(folders(store), call.params.id, 'Folder');
		if ([...fields(store).values()].some((f) => f.parentId === folder.id))
			throw new HttpError(400, { statusCode: 400, message: 'The folder still has fields' });
		folders(store).delete(String(folder.id));
		return { body: { succeded: true, id: folder.id, key: folder.objectKey } };
	},
};
