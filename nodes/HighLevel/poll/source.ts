import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { getMany, type HowMany, type Pager } from '../transport/paginate';

/** What a poll asks one sub-account for: its ID and the node's filters for the event. */
export interface SourceQuery {
	locationId: string;
	filters: PollFilters;
	/** Time after which no further page is read where the source can stop early. */
	deadline: number;
	/** The ID of a record this event's list returned before, for cursors that must name a real one. */
	knownId?: string;
}

/** The event's filters as the node read them: every value trimmed, empty ones left out. */
export type PollFilters = Partial<Record<FilterName, string>>;

export type FilterName =
	| 'tag'
	| 'assignedTo'
	| 'pipelineId'
	| 'pipelineStageId'
	| 'status'
	| 'formId'
	| 'surveyId'
	| 'channel'
	| 'calendarId'
	| 'userId';

/**
 * One event's way of reading HighLevel. `read` returns the records whose event time is at or
 * after `since`, complete up to its newest record (see `advance`); it may return more (records
 * before `since`, repeats), never fewer.
 */
export interface EventSource {
	/** The list endpoints read, for the README and the scopes they need. */
	operations: OperationKey[];
	/** Filters this event takes. */
	filters: FilterName[];
	/** When the event happened for this record, in epoch milliseconds. */
	timeOf(record: IDataObject): number | undefined;
	/** Whether a record read is this event; the others are stepped over. */
	wanted?(record: IDataObject): boolean;
	/** `enough`: a source reading oldest first may stop once it holds this many records. */
	read(
		ctx: IPollFunctions,
		query: SourceQuery,
		since: number,
		enough: number,
	): Promise<IDataObject[]>;
	/** The most recent record of this event, for Fetch Test Event and the first position. */
	newest(
		ctx: IPollFunctions,
		query: Omit<SourceQuery, 'deadline'>,
	): Promise<IDataObject | undefined>;
	/**
	 * For events a record's current state cannot tell (a tag added): a set of IDs kept beside the
	 * position. `initial` fills it at first activation; `step` sees each record the poll walks,
	 * oldest first, says whether it is the event and updates the set. Replaces `wanted`.
	 */
	memory?: {
		initial(ctx: IPollFunctions, query: Omit<SourceQuery, 'deadline'>): Promise<string[]>;
		step(record: IDataObject, seen: Set<string>, filters: PollFilters): boolean;
	};
}

/** A date field of a record as epoch milliseconds (HighLevel sends ISO text or numbers). */
export function millisOf(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const n = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
	return Number.isFinite(n) ? n : undefined;
}

/**
 * Pages of a list through the transport's paginator, reading the next page only while `more`
 * says the page just read leaves something needed beyond it.
 */
export async function readWhile<Cursor>(
	ctx: IPollFunctions,
	howMany: HowMany,
	pager: Pager<Cursor>,
	more: (items: IDataObject[]) => boolean,
): Promise<IDataObject[]> {
	return await getMany(ctx, howMany, {
		...pager,
		next: (body, items, pageSize, collected) =>
			more(items) ? pager.next(body, items, pageSize, collected) : undefined,
	});
}

/** The record with the latest event time. */
export function latestOf(
	records: IDataObject[],
	timeOf: (record: IDataObject) => number | undefined,
): IDataObject | undefined {
	let best: IDataObject | undefined;
	let bestAt = -Infinity;
	for (const record of records) {
		const at = timeOf(record);
		if (at !== undefined && at > bestAt) {
			best = record;
			bestAt = at;
		}
	}
	return best;
}

export const DAY_MS = 86_400_000;
