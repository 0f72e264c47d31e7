import type { IDataObject } from 'n8n-workflow';

/**
 * Where a poll stands in one sub-account's stream of events: the time of the last event
 * handed on (epoch milliseconds) and the IDs handed on at exactly that time, since several
 * records can share a timestamp and a page can end between them.
 */
export interface Position {
	mark: number;
	ids: string[];
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

/**
 * Whether a record read from HighLevel belongs after the position: later than the mark, or at
 * the mark and not yet handed on.
 */
export function isAfter(position: Position, at: number, id: string): boolean {
	return at > position.mark || (at === position.mark && !position.ids.includes(id));
}

function byTimeThenId(a: Stamped, b: Stamped): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * One poll's step forward. `read` holds every record the source read at or after the mark
 * (repeats, and records before the position, are dropped here), and it must be complete up to its
 * newest record: an ascending read that stopped early is a prefix, a descending read went
 * down to the mark. Records are walked oldest first; `wanted` says which of them are this
 * event (the others are stepped over, so they are not read again). At most `max` are emitted;
 * the position moves to the last record walked.
 */
export function advance(
	position: Position,
	read: Stamped[],
	max: number,
	wanted: (record: IDataObject) => boolean = () => true,
): Step {
	// A record read twice (pages shifted, or it changed while the poll read) counts once, at its
	// latest time.
	const latest = new Map<string, Stamped>();
	for (const r of read) {
		if (!isAfter(position, r.at, r.id)) continue;
		const known = latest.get(r.id);
		if (!known || r.at > known.at) latest.set(r.id, r);
	}
	const ahead = [...latest.values()].sort(byTimeThenId);
	const emit: IDataObject[] = [];
	let mark = position.mark;
	let ids = position.ids;
	for (const entry of ahead) {
		if (emit.length >= max) break;
		if (entry.at !== mark) {
			mark = entry.at;
			ids = [];
		}
		ids = [...ids, entry.id];
		if (wanted(entry.record)) emit.push(entry.record);
	}
	return { emit, position: { mark, ids } };
}

/** The position just before a date: everything at or after it is still to come. */
export function startingAt(date: number): Position {
	return { mark: date, ids: [] };
}

/** Reads a position back from static data, refusing anything that is not one. */
export function readPosition(value: unknown): Position | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const { mark, ids, seen } = value as IDataObject;
	if (typeof mark !== 'number' || !Number.isFinite(mark) || !Array.isArray(ids)) return undefined;
	const strings = (list: unknown[]) => list.filter((id): id is string => typeof id === 'string');
	return { mark, ids: strings(ids), ...(Array.isArray(seen) ? { seen: strings(seen) } : {}) };
}
