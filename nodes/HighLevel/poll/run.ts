import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import type { PollEvent } from './events';
import {
	advance,
	readFrom,
	readPosition,
	startingAt,
	type Position,
	type Stamped,
	type Step,
} from './position';
import type { PollFilters } from './source';

export interface PollSettings {
	event: PollEvent;
	locationIds: string[];
	filters: PollFilters;
	maxItems: number;
	/** Epoch milliseconds; without it the first poll only records where HighLevel stands. */
	startFrom?: number;
}

/** Sub-accounts polled at once; each has its own rate-limit bucket in the transport. */
const CONCURRENT_LOCATIONS = 4;
/** Share of n8n's poll budget spent reading before a backlog is left to the next poll. */
const BUDGET_SHARE = 0.5;
const DEFAULT_BUDGET_MS = 5 * 60_000;
/**
 * With nothing to stand on yet, the first position is this long before n8n's clock: HighLevel's
 * clock may be behind, and a record made just before activation is better emitted than lost.
 */
const CLOCK_MARGIN_MS = 5 * 60_000;

async function eachLimited<T, R>(
	values: T[],
	limit: number,
	run: (value: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(values.length);
	let next = 0;
	const worker = async () => {
		while (next < values.length) {
			const index = next++;
			results[index] = await run(values[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
	return results;
}

function stamp(event: PollEvent, records: IDataObject[]): Stamped[] {
	const stamped: Stamped[] = [];
	for (const record of records) {
		const at = event.source.timeOf(record);
		const id = record.id ?? record._id;
		if (at === undefined || (typeof id !== 'string' && typeof id !== 'number')) continue;
		stamped.push({ record, at, id: String(id) });
	}
	return stamped;
}

/** Names the sub-account in an error, so a user polling many knows which one failed. */
function inSubAccount(error: unknown, locationId: string): unknown {
	if (error instanceof Error) {
		const withDescription = error as Error & { description?: string | null };
		const said = withDescription.description ? ` ${withDescription.description}` : '';
		withDescription.description = `While polling sub-account ${locationId}.${said}`;
	}
	return error;
}

function positionKey(event: PollEvent, locationId: string): string {
	return `${event.value}|${locationId}`;
}

async function pollLocation(
	ctx: IPollFunctions,
	settings: PollSettings,
	locationId: string,
	stored: Position | undefined,
	deadline: number,
): Promise<Step> {
	const { source } = settings.event;
	const query = { locationId, filters: settings.filters };
	let position = stored;
	if (!position) {
		if (settings.startFrom === undefined) {
			// First activation: remember where HighLevel stands now, by its own clock.
			const latest = await source.newest(ctx, query);
			const [entry] = latest ? stamp(settings.event, [latest]) : [];
			const start = entry
				? startingAt(entry.at, [[entry.id, entry.at]])
				: startingAt(Date.now() - CLOCK_MARGIN_MS);
			return {
				emit: [],
				position: source.memory
					? { ...start, seen: await source.memory.initial(ctx, query) }
					: start,
			};
		}
		position = { ...startingAt(settings.startFrom), ...(source.memory ? { seen: [] } : {}) };
	}
	// Records already walked in the overlap come back too: ask for enough beyond them.
	const knownId = position.walked[position.walked.length - 1]?.[0];
	const read = await source.read(
		ctx,
		{ ...query, deadline, knownId },
		readFrom(position),
		settings.maxItems + position.walked.length,
	);
	const stamped = stamp(settings.event, read);
	const { memory } = source;
	if (!memory) return advance(position, stamped, settings.maxItems, source.wanted);
	const seen = new Set(position.seen ?? []);
	const step = advance(position, stamped, settings.maxItems, (record) =>
		memory.step(record, seen, settings.filters),
	);
	return { ...step, position: { ...step.position, seen: [...seen] } };
}

/**
 * One scheduled poll: every sub-account from its own position, each emitting oldest first up to
 * Max Items per Poll. Positions are written only when every sub-account was read, so a failed
 * poll keeps them all and the next one reads the same events again.
 */
export async function poll(ctx: IPollFunctions, settings: PollSettings): Promise<IDataObject[]> {
	const state = ctx.getWorkflowStaticData('node');
	const positions = (state.positions ?? {}) as IDataObject;
	const budget =
		typeof ctx.getPollBudgetMs === 'function' ? ctx.getPollBudgetMs() : DEFAULT_BUDGET_MS;
	const deadline = Date.now() + budget * BUDGET_SHARE;
	const steps = await eachLimited(
		settings.locationIds,
		CONCURRENT_LOCATIONS,
		async (locationId) => {
			const key = positionKey(settings.event, locationId);
			try {
				return {
					key,
					step: await pollLocation(
						ctx,
						settings,
						locationId,
						readPosition(positions[key]),
						deadline,
					),
				};
			} catch (error) {
				throw inSubAccount(error, locationId);
			}
		},
	);
	// Only this event's sub-accounts are kept: another event, or a sub-account dropped and listed
	// again, starts afresh rather than from a position long past.
	const next: IDataObject = {};
	for (const { key, step } of steps) next[key] = { ...step.position };
	state.positions = next;
	return steps.flatMap(({ step }) => step.emit);
}

/** Fetch Test Event: the most recent record of the event across the sub-accounts; no position moves. */
export async function newest(
	ctx: IPollFunctions,
	settings: PollSettings,
): Promise<IDataObject | undefined> {
	const found = await eachLimited(
		settings.locationIds,
		CONCURRENT_LOCATIONS,
		async (locationId) => {
			try {
				return await settings.event.source.newest(ctx, { locationId, filters: settings.filters });
			} catch (error) {
				throw inSubAccount(error, locationId);
			}
		},
	);
	const stamped = stamp(
		settings.event,
		found.filter((record): record is IDataObject => record !== undefined),
	);
	stamped.sort((a, b) => b.at - a.at);
	return stamped[0]?.record;
}
