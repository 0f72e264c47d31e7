import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { resolveLocationId } from '../shared/location';
import { getMany, offsetLimitPager, skipLimitPager, totalNumber, type Pager } from '../transport/paginate';

/** What the content dropdowns (documents, blogs, funnels…) call, for the scope test with shared/lists.ts's. */
export const CONTENT_LIST_CALLS: readonly OperationKey[] = ['proposals/list-documents-contracts', 'funnels/getFunnels'];

/** funnels.json names no largest `limit`; 50 funnels a page answers quickly. */
const FUNNELS_PAGE_SIZE = 50;

/**
 * The location's funnels (offset + limit, `count` in the answer), for Funnel › Get Many and the
 * Funnel dropdown. The spec types `funnels` as one object; HighLevel sends the list.
 */
export function funnelsPager(locationId: string, filters: IDataObject = {}, itemIndex?: number): Pager<number> {
	return offsetLimitPager(
		{ operation: 'funnels/getFunnels', qs: { locationId, ...filters }, itemIndex, locationId },
		'funnels',
		FUNNELS_PAGE_SIZE,
		(body) => (typeof body.count === 'number' ? body.count : undefined),
	);
}

const everything = { returnAll: true, limit: 0 };
const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Dropdowns of the content resources: documents and contracts, blogs and their posts, authors and categories, funnels. */
export const contentOptions = {
	async getDocuments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const documents = await getMany(
			this,
			everything,
			skipLimitPager({ operation: 'proposals/list-documents-contracts', qs: { locationId }, locationId }, 'documents', 100, totalNumber),
		);
		return documents
			.map((d: IDataObject) => {
				const status = Array.isArray(d.status) ? d.status.join(', ') : d.status;
				return { name: String(d.name ?? d.documentId), value: String(d.documentId ?? d._id), description: status ? `Status: ${String(status)}` : undefined };
			})
			.sort(byName);
	},
	async getFunnels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const funnels = await getMany(this, everything, funnelsPager(locationId));
		return funnels
			.map((f: IDataObject) => ({ name: String(f.name ?? f._id), value: String(f._id ?? f.id), description: f.type === 'website' ? 'Website' : undefined }))
			.sort(byName);
	},
};
