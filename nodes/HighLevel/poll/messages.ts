import type { IDataObject } from 'n8n-workflow';
import { getMany, nextCursorPager } from '../transport/paginate';
import type { ApiRequest } from '../transport/request';
import { millisOf, readWhile, type EventSource, type PollFilters } from './source';

/** conversations.json: `limit` from 10 to 500. */
const PAGE_SIZE = 500;
const MIN_PAGE_SIZE = 10;

const pager = (request: ApiRequest) =>
	nextCursorPager(request, 'messages', PAGE_SIZE, MIN_PAGE_SIZE);

function exportRequest(locationId: string, filters: PollFilters, extra: IDataObject): ApiRequest {
	const qs: IDataObject = { locationId, sortBy: 'createdAt', ...extra };
	// Without a channel HighLevel returns every kind of message but email.
	if (filters.channel) qs.channel = filters.channel;
	return { operation: 'conversations/export-messages-by-location', qs, locationId };
}

/**
 * Inbound messages: `GET /conversations/messages/export` from the position on (`startDate`),
 * oldest first (`sortBy=createdAt`, `sortOrder=asc`), `cursor` pages. Outbound messages are read
 * and stepped over.
 */
export const newInboundMessage: EventSource = {
	operations: ['conversations/export-messages-by-location'],
	filters: ['channel'],
	timeOf: (record) => millisOf(record.dateAdded),
	wanted: (record) => record.direction === 'inbound',
	async read(ctx, query, since, enough) {
		const request = exportRequest(query.locationId, query.filters, {
			sortOrder: 'asc',
			startDate: new Date(since).toISOString(),
		});
		return await readWhile(
			ctx,
			{ returnAll: false, limit: enough },
			pager(request),
			() => Date.now() < query.deadline,
		);
	},
	async newest(ctx, query) {
		const request = exportRequest(query.locationId, query.filters, { sortOrder: 'desc' });
		const latest = await getMany(ctx, { returnAll: false, limit: MIN_PAGE_SIZE }, pager(request));
		return latest.find((message) => message.direction === 'inbound') ?? latest[0];
	},
};
