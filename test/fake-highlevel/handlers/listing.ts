import type { LocationStore } from '../store';
import { HttpError, type Call } from './framework';

type Rec = Record<string, unknown>;

/** HighLevel's class-validator answer to a query it will not take. */
export function unprocessable(message: string): HttpError {
	return new HttpError(422, { statusCode: 422, message: [message], error: 'Unprocessable Entity' });
}

/** These modules declare 400 (not 404) for an ID that names nothing. */
export function notFound(what: string): HttpError {
	return new HttpError(400, { statusCode: 400, message: `${what} not found` });
}

/** A whole number from the query, as HighLevel reads `skip`, `offset`, `page` and `limit`. */
export function intQuery(
	call: Call,
	name: string,
	fallback: number,
	bounds: { min?: number; max?: number } = {},
): number {
	const raw = call.query[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(Array.isArray(raw) ? raw[0] : raw);
	const min = bounds.min ?? 0;
	if (!Number.isInteger(value) || value < min)
		throw unprocessable(`${name} must be an integer not less than ${min}`);
	if (bounds.max !== undefined && value > bounds.max)
		throw unprocessable(`${name} must not be greater than ${bounds.max}`);
	return value;
}

export function textQuery(call: Call, name: string): string | undefined {
	const raw = call.query[name];
	const value = Array.isArray(raw) ? raw.join(',') : raw;
	return value === undefined || value === '' ? undefined : value;
}

/** The sub-account an ID-addressed request works in: the token's, or the one the query names. */
export function storeOf(call: Call): LocationStore {
	const id = call.locationId ?? textQuery(call, 'locationId');
	if (!id) throw new HttpError(400, { statusCode: 400, message: 'locationId is required' });
	return call.location(id);
}

export function recordIn(map: Map<string, Rec>, id: string, what: string): Rec {
	const record = map.get(id);
	if (!record) throw notFound(what);
	return record;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → the first millisecond of that day (UTC). */
function dayQuery(call: Call, name: string, fallback: Date): number {
	const value = textQuery(call, name);
	if (value === undefined)
		return Date.UTC(fallback.getUTCFullYear(), fallback.getUTCMonth(), fallback.getUTCDate());
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
		throw unprocessable(`${name} must be a date as YYYY-MM-DD`);
	return Date.parse(`${value}T00:00:00Z`);
}

/**
 * Whether a submission's `createdAt` falls in the `startAt`…`endAt` days (both included). Without
 * dates HighLevel answers for the last month: from this day a month ago to today.
 */
export function submittedWithin(call: Call): (record: Rec) => boolean {
	const today = new Date();
	const monthAgo = new Date(today);
	monthAgo.setUTCMonth(monthAgo.getUTCMonth() - 1);
	const from = dayQuery(call, 'startAt', monthAgo);
	const to = dayQuery(call, 'endAt', today) + DAY_MS;
	return (record) => {
		const at = Date.parse(String(record.createdAt));
		return at >= from && at < to;
	};
}

/** One page of a page + limit list, with the `meta` HighLevel's submission lists carry. */
export function pageWithMeta(
	hits: Rec[],
	page: number,
	limit: number,
): { items: Rec[]; meta: Rec } {
	const pages = Math.ceil(hits.length / limit);
	return {
		items: hits.slice((page - 1) * limit, page * limit),
		meta: {
			total: hits.length,
			currentPage: page,
			nextPage: page < pages ? page + 1 : null,
			prevPage: page > 1 ? page - 1 : null,
		},
	};
}
