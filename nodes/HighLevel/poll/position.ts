import type { IDataObject } from 'n8n-workflow';

/**
 * How far behind the mark each poll reads again. HighLevel's lists come from a search index that
 * may show a record a moment after a later one; reading this window again (and skipping what was
 * already handed on in it) keeps such a record from being passed over for good.
 */
export const OVERLAP_MS = 120_000;

/**
 * Where a poll stands in one sub-account's stream of events: the time of the last event handed
 * on (epoch milliseconds, the high-water mark), and every record walked from OVERLAP_MS before it
 * as [ID, time], so records that share a timestamp, or show up late, are handed on exactly once.
 */
export interface Position {
	mark: number;
	/** Nothing before this time is handed on: where HighLevel stood at activation, or Start From. */
	floor: number;
	walked: Array<[string, number]>;
	/** For events that depend on what was seen before (a tag added): the IDs that have it now. */
	seen?: string[];
}

/** A record read from HighLevel, with the time of its event and its ID. */
export interface Stamped {
	record: IDataObject;
	at: number;
	id: string;
}

export interface Step {
	/** Records to emit, oldest first. */
	emit: IDataObject[];
	position: Position;
}

/** The earliest event time a poll from this position must read. */
export function readFrom(position: Position): number {
	return Math.max(position.floor, position.mark - OVERLAP_MS);
}

const key = (id: string, at: number) => `${at}|${id}`;

function byTimeThenId(a: Stamped, b: Stamped): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * One poll's step forward. `read` holds every record the source read from `readFrom(position)`
 * on (repeats, and records before it, are dropped here), and it must be complete up to its newest
 * record: an ascending read that stopped early is a prefix, a descending read went down to the
 * start. Records not yet walked are walked oldest first; `wanted` says which of them are this
 * event (the others are stepped over, so they are not read again). At most `max` are emitted.
 */
export function advance(
	position: Position,
	read: Stamped[],
	max: number,
	wanted: (record: IDataObject) => boolean = () => true,
): Step {
	const from = readFrom(position);
	const done = new Set(position.walked.map(([id, at]) => key(id, at)));
	// A record read twice (pages shifted, or it changed while the poll read) counts once, at its
	// latest time.
	const latest = new Map<string, Stamped>();
	for (const r of read) {
		if (r.at < from || done.has(key(r.id, r.at))) continue;
		const known = latest.get(r.id);
		if (!known || r.at > known.at) latest.set(r.id, r);
	}
	const ahead = [...latest.values()].sort(byTimeThenId);
	const emit: IDataObject[] = [];
	const walked = [...position.walked];
	let mark = position.mark;
	for (const entry of ahead) {
		if (emit.length >= max) break;
		walked.push([entry.id, entry.at]);
		mark = Math.max(mark, entry.at);
		if (wanted(entry.record)) emit.push(entry.record);
	}
	const keepFrom = Math.max(position.floor, mark - OVERLAP_MS);
	return {
		emit,
		position: {
			mark,
			floor: position.floor,
			walked: walked.filter(([, at]) => at >= keepFrom),
			...(position.seen ? { seen: position.seen } : {}),
		},
	};
}

/** The position at a moment: everything after it (and what shares it, but `handed`) is still to come. */
export function startingAt(date: number, handed: Array<[string, number]> = []): Position {
	return { mark: date, floor: date, walked: handed };
}

/** Reads a position back from static data, refusing anything that is not one. */
export function readPosition(value: unknown): Position | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const { mark, floor, walked, seen } = value as IDataObject;
	if (
		typeof mark !== 'number' ||
		!Number.isFinite(mark) ||
		typeof floor !== 'number' ||
		!Array.isArray(walked)
	)
		return undefined;
	const pairs = walked.filter(
		(pair): pair is [string, number] =>
			Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'number',
	);
	const strings = (list: unknown[]) => list.filter((id): id is string => typeof id === 'string');
	return { mark, floor, walked: pairs, ...(Array.isArray(seen) ? { seen: strings(seen) } : {}) };
}
