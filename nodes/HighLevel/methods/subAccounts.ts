import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { isSubAccountToken } from '../transport/agency';
import { getConnection } from '../transport/connection';
import { apiRequest } from '../transport/request';

/** What the Location ID picker calls: the agency's search, or a sub-account token's own sub-account. */
export const SUB_ACCOUNT_LIST_CALLS: readonly OperationKey[] = [
	'locations/search-locations',
	'locations/get-location',
];

/** locations.json names no largest `limit` (default 10); 100 is the page asked for. */
const PAGE_SIZE = 100;
/**
 * HighLevel's search filters by email only, so a name is matched here, page by page; one search
 * reads at most this many pages before it hands back what it found and a token for the rest.
 */
const PAGES_PER_SEARCH = 5;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function matcher(filter: string | undefined): (location: IDataObject) => boolean {
	const words = (filter ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	return (location) => {
		const haystack = `${String(location.name ?? '')} ${idOf(location)}`.toLowerCase();
		return words.every((word) => haystack.includes(word));
	};
}

function idOf(location: IDataObject): string {
	return String(location.id ?? location._id ?? '');
}

function item(location: IDataObject, description?: string): INodeListSearchItems {
	const id = idOf(location);
	const name = String(location.name ?? '').trim() || id;
	const place = [location.city, location.country].filter((part) => part).join(', ');
	return {
		name,
		value: id,
		description: description ?? ([place, location.email].filter((p) => p).join(' · ') || id),
	};
}

/**
 * The Location ID picker: the agency's sub-accounts by name (or email, which HighLevel searches
 * itself), a page of HighLevel's search at a time. The pagination token is the `skip` of the
 * next page. A sub-account token cannot list its agency: it is offered its own sub-account.
 */
export async function searchSubAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const connection = await getConnection(this);
	const matches = matcher(filter);
	if (isSubAccountToken(connection) || !connection.companyId) {
		const locationId = connection.credentialLocationId;
		if (!locationId) {
			throw new NodeOperationError(this.getNode(), 'Listing sub-accounts needs an agency token', {
				description:
					'Connect the OAuth2 credential as the agency (Company) to pick from its sub-accounts, or switch Location ID to By ID and enter one.',
			});
		}
		const body = await apiRequest<IDataObject>(this, {
			operation: 'locations/get-location',
			path: { locationId },
			locationId,
		});
		const own = { id: locationId, ...((body.location as IDataObject | undefined) ?? {}) };
		const results = matches(own)
			? [
					item(
						own,
						'The credential’s own sub-account; an agency OAuth2 credential lists every sub-account',
					),
				]
			: [];
		return { results };
	}

	const query = (filter ?? '').trim();
	const byEmail = EMAIL.test(query);
	const results: INodeListSearchItems[] = [];
	let skip = Math.max(0, Number.parseInt(paginationToken ?? '0', 10) || 0);
	for (let page = 0; page < PAGES_PER_SEARCH; page++) {
		const qs: IDataObject = { companyId: connection.companyId, skip, limit: PAGE_SIZE };
		if (byEmail) qs.email = query;
		const body = await apiRequest<IDataObject>(this, {
			operation: 'locations/search-locations',
			qs,
		});
		const locations = Array.isArray(body.locations) ? (body.locations as IDataObject[]) : [];
		skip += locations.length;
		results.push(
			...locations.filter((location) => byEmail || matches(location)).map((l) => item(l)),
		);
		if (locations.length < PAGE_SIZE) return { results };
		if (results.length) break;
	}
	return { results, paginationToken: String(skip) };
}
