import type { IDataObject } from 'n8n-workflow';
import { getMany, startAfterPager, type Pager, type StartAfterCursor } from '../transport/paginate';
import type { ApiRequest } from '../transport/request';
import {
	DAY_MS,
	latestOf,
	millisOf,
	readWhile,
	type EventSource,
	type PollFilters,
} from './source';

/** `GET /opportunities/search` takes its dates as mm-dd-yyyy. */
function usDate(ms: number): string {
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${d.getUTCFullYear()}`;
}

function searchRequest(
	locationId: string,
	filters: PollFilters,
	extra: IDataObject = {},
): ApiRequest {
	const qs: IDataObject = { location_id: locationId, ...extra };
	if (filters.pipelineId) qs.pipeline_id = filters.pipelineId;
	if (filters.pipelineStageId) qs.pipeline_stage_id = filters.pipelineStageId;
	if (filters.status) qs.status = filters.status;
	if (filters.assignedTo) qs.assigned_to = filters.assignedTo;
	return { operation: 'opportunities/search-opportunity', qs, locationId };
}

/** A pager whose first page already starts at a cursor. */
function startingFrom(
	pager: Pager<StartAfterCursor>,
	first: StartAfterCursor,
): Pager<StartAfterCursor> {
	return { ...pager, request: (cursor, pageSize) => pager.request(cursor ?? first, pageSize) };
}

const createdAt = (record: IDataObject) => millisOf(record.createdAt ?? record.dateAdded);

/**
 * New opportunities, oldest first (`order=added_asc`). The `date` filter (whole days, so from
 * the day before the position whatever HighLevel's time zone) bounds the read. Where an earlier
 * poll saw an opportunity, the first page also starts at the position with the `startAfter` +
 * `startAfterId` cursor HighLevel pages with (its ID a real one), so an idle poll reads one page
 * however many opportunities the day holds.
 */
export const newOpportunity: EventSource = {
	operations: ['opportunities/search-opportunity'],
	filters: ['pipelineId', 'pipelineStageId', 'assignedTo'],
	timeOf: createdAt,
	async read(ctx, query, since, enough) {
		const request = searchRequest(query.locationId, query.filters, {
			order: 'added_asc',
			date: usDate(since - DAY_MS),
		});
		const pager = startAfterPager(request, 'opportunities');
		const first = query.knownId
			? startingFrom(pager, { startAfter: String(since - 1), startAfterId: query.knownId })
			: pager;
		return await readWhile(
			ctx,
			{ returnAll: false, limit: enough },
			first,
			() => Date.now() < query.deadline,
		);
	},
	async newest(ctx, query) {
		const [latest] = await getMany(
			ctx,
			{ returnAll: false, limit: 1 },
			startAfterPager(searchRequest(query.locationId, query.filters), 'opportunities'),
		);
		return latest;
	},
};

/**
 * Changes HighLevel stamps on the opportunity (`lastStageChangeAt`, `lastStatusChangeAt`) but
 * offers no filter or order for: every opportunity the filters select is read each poll, and
 * those changed since the position are emitted. An opportunity that never changed since it was
 * created is New Opportunity's.
 */
function changeSource(
	field: 'lastStageChangeAt' | 'lastStatusChangeAt',
	filters: EventSource['filters'],
): EventSource {
	const timeOf = (record: IDataObject) => millisOf(record[field]);
	const readAll = async (
		ctx: Parameters<EventSource['read']>[0],
		locationId: string,
		pollFilters: PollFilters,
	) =>
		await getMany(
			ctx,
			{ returnAll: true, limit: 0 },
			startAfterPager(searchRequest(locationId, pollFilters), 'opportunities'),
		);
	return {
		operations: ['opportunities/search-opportunity'],
		filters,
		timeOf,
		wanted: (record) => timeOf(record) !== createdAt(record),
		async read(ctx, query) {
			return await readAll(ctx, query.locationId, query.filters);
		},
		async newest(ctx, query) {
			return latestOf(await readAll(ctx, query.locationId, query.filters), timeOf);
		},
	};
}

export const opportunityStageChanged = changeSource('lastStageChangeAt', [
	'pipelineId',
	'pipelineStageId',
	'assignedTo',
]);
export const opportunityStatusChanged = changeSource('lastStatusChangeAt', [
	'status',
	'pipelineId',
	'pipelineStageId',
	'assignedTo',
]);
