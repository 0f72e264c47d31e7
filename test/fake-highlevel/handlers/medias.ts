import type { LocationStore } from '../store';
import { newId } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, textQuery, unprocessable } from './listing';
import { altStore } from './money';

type Rec = Record<string, unknown>;

/** Files and folders of a location's media library: one collection, told apart by `type`. */
const MEDIA = 'media';

/**
 * How the fake's library list ends, which HighLevel does not document (medias.json gives no total
 * and no largest `limit`); tests set each in turn and the node must read the whole list on all:
 * - `short`: pages of `limit` records, the last one shorter (or empty past the end);
 * - `capped`: at most CAPPED_PAGE records a page whatever `limit` asks, without saying so;
 * - `total`: as `short`, with the number of matching records in `total`.
 */
export type MediaListEnd = 'short' | 'capped' | 'total';
export const MEDIA_LIST_ENDS: readonly MediaListEnd[] = ['short', 'capped', 'total'];
export const CAPPED_PAGE = 7;
const listEnds = new WeakMap<LocationStore, MediaListEnd>();

export function setMediaListEnd(store: LocationStore, end: MediaListEnd): void {
	listEnds.set(store, end);
}

/** upload-media-content: "maximum allowed is 25 MB. For video files, the maximum allowed size is 500 MB." */
const MAX_BYTES = 25 * 1024 * 1024;
const MAX_VIDEO_BYTES = 500 * 1024 * 1024;

// The bytes of uploaded files, beside their records (which answers carry whole).
const fileData = new WeakMap<Rec, Buffer>();

/** The bytes HighLevel keeps for an uploaded file (tests read back what the node sent). */
export function mediaFileData(record: Rec): Buffer | undefined {
	return fileData.get(record);
}

const notFound = (what: string) =>
	new HttpError(404, { statusCode: 404, message: `${what} not found` });
const bad = (message: string) => new HttpError(400, { statusCode: 400, message });

function library(store: LocationStore): Map<string, Rec> {
	return store.collection(MEDIA);
}

function live(record: Rec | undefined): Rec | undefined {
	return record && !record.deleted && record.status !== 'trashed' ? record : undefined;
}

function folderIn(store: LocationStore, id: unknown): Rec {
	const folder = live(library(store).get(String(id)));
	if (!folder || folder.type !== 'folder') throw bad(`Folder ${String(id)} not found`);
	return folder;
}

/** A folder, and every file and folder inside it, deepest first. */
function withContents(store: LocationStore, record: Rec): Rec[] {
	const inside = [...library(store).values()].filter((r) => r.parentId === record._id);
	return [...inside.flatMap((r) => (r.type === 'folder' ? withContents(store, r) : [r])), record];
}

function isInside(store: LocationStore, folderId: unknown, ancestorId: unknown): boolean {
	let current = library(store).get(String(folderId));
	for (let depth = 0; current && depth < 100; depth++) {
		if (current._id === ancestorId) return true;
		current = current.parentId ? library(store).get(String(current.parentId)) : undefined;
	}
	return false;
}

export function addMediaFolder(store: LocationStore, name: string, parentId?: string): Rec {
	const now = store.now();
	const folder: Rec = {
		_id: newId(),
		altId: store.id,
		altType: 'location',
		name,
		type: 'folder',
		...(parentId ? { parentId } : {}),
		deleted: false,
		pendingUpload: false,
		isPrivate: false,
		appFolder: false,
		isEssential: false,
		createdAt: now,
		updatedAt: now,
	};
	library(store).set(String(folder._id), folder);
	return folder;
}

export function addMediaFile(
	store: LocationStore,
	file: { name: string; contentType: string; data: Buffer; parentId?: string; hosted?: boolean },
): Rec {
	const now = store.now();
	const id = newId();
	const path = `location/${store.id}/media/${id}/${file.name}`;
	const record: Rec = {
		_id: id,
		altId: store.id,
		altType: 'location',
		name: file.name,
		type: 'file',
		...(file.parentId ? { parentId: file.parentId } : {}),
		contentType: file.contentType,
		size: file.data.length,
		hosted: file.hosted === true,
		url: `https://storage.googleapis.com/msgsndr/${encodeURIComponent(store.id)}/media/${id}/${encodeURIComponent(file.name)}`,
		path,
		deleted: false,
		createdAt: now,
		updatedAt: now,
	};
	library(store).set(id, record);
	fileData.set(record, file.data);
	return record;
}

function sortValue(record: Rec, sortBy: string): string {
	return String(record[sortBy] ?? '').toLowerCase();
}

function listFiles(call: Call): Rec {
	const store = altStore(call, textQuery(call, 'altId'));
	const type = textQuery(call, 'type');
	if (type !== 'file' && type !== 'folder') throw unprocessable('type must be one of file, folder');
	const sortBy = textQuery(call, 'sortBy') ?? '';
	if (!['createdAt', 'updatedAt', 'name'].includes(sortBy))
		throw unprocessable('sortBy must be one of createdAt, updatedAt, name');
	const sortOrder = textQuery(call, 'sortOrder');
	if (sortOrder !== 'asc' && sortOrder !== 'desc')
		throw unprocessable('sortOrder must be one of asc, desc');
	const parentId = textQuery(call, 'parentId');
	const query = textQuery(call, 'query')?.toLowerCase();
	const hits = [...library(store).values()]
		.filter(
			(r) =>
				live(r) &&
				r.type === type &&
				(parentId ? r.parentId === parentId : !r.parentId) &&
				(!query || String(r.name).toLowerCase().includes(query)),
		)
		.sort((a, b) => {
			const order = sortValue(a, sortBy).localeCompare(sortValue(b, sortBy));
			return (sortOrder === 'asc' ? order : -order) || String(a._id).localeCompare(String(b._id));
		});
	const end = listEnds.get(store) ?? 'short';
	const offset = intQuery(call, 'offset', 0);
	const asked = intQuery(call, 'limit', 10, { min: 1 });
	const limit = end === 'capped' ? Math.min(asked, CAPPED_PAGE) : asked;
	const files = hits.slice(offset, offset + limit);
	return end === 'total' ? { files, total: hits.length } : { files };
}

function upload(call: Call): Rec {
	if (!call.locationId) throw bad('This endpoint needs a sub-account token');
	const store = call.location(call.locationId);
	const hosted = call.body.hosted === 'true' || call.body.hosted === true;
	const parentId = call.body.parentId === undefined ? undefined : String(call.body.parentId);
	if (parentId) folderIn(store, parentId);
	const named =
		typeof call.body.name === 'string' && call.body.name.trim() ? call.body.name.trim() : undefined;
	if (hosted) {
		if (call.files.length) throw bad('Send either a file or hosted with a fileUrl, not both');
		const fileUrl = typeof call.body.fileUrl === 'string' ? call.body.fileUrl : '';
		let url: URL;
		try {
			url = new URL(fileUrl);
		} catch {
			throw bad('fileUrl is required when hosted is true');
		}
		const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '') || 'file';
		const record = addMediaFile(store, {
			name: named ?? last,
			contentType: 'application/octet-stream',
			data: Buffer.alloc(0),
			parentId,
			hosted: true,
		});
		record.url = fileUrl;
		return { fileId: record._id, url: record.url };
	}
	if (call.body.fileUrl !== undefined) throw bad('fileUrl is only taken with hosted true');
	const [file, ...more] = call.files;
	if (!file) throw bad('file is required when hosted is not true');
	if (more.length) throw bad('One file at a time');
	if (file.data.length === 0) throw bad(`${file.fileName} is empty`);
	const max = file.mimeType.startsWith('video/') ? MAX_VIDEO_BYTES : MAX_BYTES;
	if (file.data.length > max)
		throw new HttpError(413, { statusCode: 413, message: 'File too large' });
	const record = addMediaFile(store, {
		name: named ?? file.fileName,
		contentType: file.mimeType,
		data: file.data,
		parentId,
	});
	return { fileId: record._id, url: record.url };
}

/** The media library (medias.json): files and folders per location, soft-deleted or trashed by bulk. */
export const MEDIA_HANDLERS: Record<string, Handler> = {
	'medias/fetch-media-content': (call) => ({ body: listFiles(call) }),
	'medias/upload-media-content': (call) => ({ body: upload(call) }),
	'medias/update-media-object': (call) => {
		const store = altStore(call, call.body.altId);
		const record = live(library(store).get(call.params.id));
		if (!record) throw notFound('File or folder');
		const name = String(call.body.name).trim();
		if (!name) throw bad('name should not be empty');
		record.name = name;
		record.updatedAt = store.now();
		return { body: { updated: true, traceId: newId() } };
	},
	'medias/delete-media-content': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const record = live(library(store).get(call.params.id));
		if (!record) throw notFound('File or folder');
		for (const r of withContents(store, record)) library(store).delete(String(r._id));
		// medias.json documents no content for this answer.
		return { body: undefined };
	},
	'medias/create-media-folder': (call) => {
		const store = altStore(call, call.body.altId);
		const name = String(call.body.name).trim();
		if (!name) throw bad('name should not be empty');
		const parentId = call.body.parentId === undefined ? undefined : String(call.body.parentId);
		if (parentId) folderIn(store, parentId);
		return { body: addMediaFolder(store, name, parentId) };
	},
	'medias/bulk-update-media-objects': (call) => {
		const store = altStore(call, call.body.altId);
		const entries = call.body.filesToBeUpdated as Rec[];
		// Every destination is checked before anything moves.
		for (const entry of entries) {
			if (entry.parentId === undefined) continue;
			folderIn(store, entry.parentId);
			if (isInside(store, entry.parentId, entry.id))
				throw bad(`Folder ${String(entry.id)} cannot be moved into itself`);
		}
		const results = entries.map((entry) => {
			const record = live(library(store).get(String(entry.id)));
			if (!record) return { id: entry.id, updated: false };
			if (typeof entry.name === 'string' && entry.name.trim()) record.name = entry.name.trim();
			if (entry.parentId !== undefined) record.parentId = entry.parentId;
			record.updatedAt = store.now();
			return { id: entry.id, updated: true };
		});
		return { body: results };
	},
	'medias/bulk-delete-media-objects': (call) => {
		const store = altStore(call, call.body.altId);
		const results = (call.body.filesToBeDeleted as Rec[]).map((entry) => {
			const record = library(store).get(String(entry._id));
			if (!record) return { id: entry._id, deleted: false };
			for (const r of withContents(store, record)) {
				if (call.body.status === 'deleted') library(store).delete(String(r._id));
				else r.status = 'trashed';
			}
			return { id: entry._id, deleted: true };
		});
		return { body: results };
	},
};

/** The demo's media library: folders two levels deep and a few files, for the dropdown and the lists. */
export function addDemoMedia(store: LocationStore): void {
	const brand = addMediaFolder(store, 'Brand assets');
	const logos = addMediaFolder(store, 'Logos', String(brand._id));
	addMediaFolder(store, 'Social posts');
	const png = Buffer.from('89504e470d0a1a0a', 'hex');
	addMediaFile(store, {
		name: 'logo.png',
		contentType: 'image/png',
		data: png,
		parentId: String(logos._id),
	});
	addMediaFile(store, {
		name: 'team-photo.png',
		contentType: 'image/png',
		data: png,
		parentId: String(brand._id),
	});
	addMediaFile(store, {
		name: 'brochure.pdf',
		contentType: 'application/pdf',
		data: Buffer.from('%PDF-1.4\n%demo\n'),
	});
}
