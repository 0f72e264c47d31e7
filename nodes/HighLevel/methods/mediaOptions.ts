import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { alt } from '../shared/commerce';
import { resolveLocationId } from '../shared/location';
import { getMany, offsetLimitPager, totalNumber, type Pager } from '../transport/paginate';

/** What the media folder dropdown calls, for the scope test with shared/lists.ts's. */
export const MEDIA_LIST_CALLS: readonly OperationKey[] = ['medias/fetch-media-content'];

/** medias.json names no largest `limit`; 100 a page is asked for. */
export const MEDIA_PAGE_SIZE = 100;

/** What a listing of the media library asks for; HighLevel requires the type and the order. */
export interface MediaQuery {
	type: 'file' | 'folder';
	sortBy: string;
	sortOrder: 'asc' | 'desc';
	/** The folder listed; its top level without one. */
	parentId?: string;
	/** Text the names contain. */
	query?: string;
}

/**
 * The media library's files or folders (offset + limit under `files`). HighLevel documents no
 * total and no largest page, so only an empty page ends the list (a `total`, where one comes,
 * saves that last request): a short page may be a page size HighLevel applies without saying.
 */
export function mediaPager(
	locationId: string,
	query: MediaQuery,
	itemIndex?: number,
): Pager<number> {
	const qs: IDataObject = {
		...alt(locationId),
		type: query.type,
		sortBy: query.sortBy,
		sortOrder: query.sortOrder,
	};
	if (query.parentId) qs.parentId = query.parentId;
	if (query.query) qs.query = query.query;
	return offsetLimitPager(
		{ operation: 'medias/fetch-media-content', qs, itemIndex, locationId },
		'files',
		MEDIA_PAGE_SIZE,
		totalNumber,
		'empty page',
	);
}

/**
 * Folders listed by the dropdown, at most: each folder's subfolders take a listing of their own,
 * so a library with very many folders shows the upper levels (deeper ones by ID in an expression).
 */
const MAX_FOLDER_LISTINGS = 25;
/** Deepest parent chain a folder's name is made from (a cycle in the answer cannot loop). */
const MAX_DEPTH = 20;

const everything = { returnAll: true, limit: 0 };

export const mediaOptions = {
	/** The library's folders, level by level from the top, named with their parents ("Brand › Logos"). */
	async getMediaFolders(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const folders = new Map<string, IDataObject>();
		const queue: Array<string | undefined> = [undefined];
		for (let listings = 0; queue.length && listings < MAX_FOLDER_LISTINGS; listings++) {
			const parentId = queue.shift();
			const page = await getMany(
				this,
				everything,
				mediaPager(locationId, { type: 'folder', sortBy: 'name', sortOrder: 'asc', parentId }),
			);
			for (const folder of page) {
				const id = String(folder._id ?? folder.id ?? '');
				if (!id || folders.has(id)) continue;
				folders.set(id, folder);
				queue.push(id);
			}
		}
		const nameOf = (folder: IDataObject, depth: number): string => {
			const own = String(folder.name ?? folder._id);
			const parent = folder.parentId ? folders.get(String(folder.parentId)) : undefined;
			return parent && depth < MAX_DEPTH ? `${nameOf(parent, depth + 1)} › ${own}` : own;
		};
		return [...folders.entries()]
			.map(([id, folder]) => ({ name: nameOf(folder, 0), value: id }))
			.sort((a, b) => a.name.localeCompare(b.name));
	},
};
