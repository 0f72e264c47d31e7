import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError, isoDate, text } from './validate';

const HAS_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DAY_MS = 86_400_000;

/** An IANA time zone name the runtime knows, e.g. America/New_York. */
export function timezone(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const name = text(ctx, itemIndex, field, value, 64);
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: name });
	} catch {
		throw inputError(
			ctx,
			itemIndex,
			field,
			'an IANA time zone such as America/New_York or Europe/London',
			value,
		);
	}
	return name;
}

/** Milliseconds to add to UTC to get the wall-clock time of `zone` at `ms`. */
function zoneOffset(zone: string, ms: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(ms));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time of `zone` names. A time a clock change skips or repeats gets one
 * of its possible readings: the zone's rules leave no better answer.
 */
function fromWallClock(wall: number, zone: string): number {
	// The offset at the wall time read as UTC is a first guess; the offset at that guess is right
	// unless a clock change lies between them.
	const guess = wall - zoneOffset(zone, wall);
	return wall - zoneOffset(zone, guess);
}

export interface InstantOptions {
	/** Zone of a value that names no offset: n8n's convention is the workflow's time zone. */
	zone: string;
	/** Whether a date without a time may be given. */
	allowDateOnly?: boolean;
	/** A date without a time means the end of that day rather than its start. */
	endOfDay?: boolean;
}

/**
 * The moment an ISO 8601 value or an n8n DateTime names, in epoch milliseconds. Text with an
 * offset means exactly that moment; text without one is a wall-clock time in `zone`, as n8n's
 * date pickers produce it.
 */
export function instant(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	options: InstantOptions,
): number {
	const iso = isoDate(ctx, itemIndex, field, value).replace(' ', 'T');
	if (!HAS_TIME.test(iso)) {
		if (!options.allowDateOnly) {
			throw inputError(
				ctx,
				itemIndex,
				field,
				'a date and time such as 2026-01-31T09:30:00-05:00',
				value,
			);
		}
		const [y, m, d] = iso.split('-').map(Number);
		const start = fromWallClock(Date.UTC(y, m - 1, d), options.zone);
		return options.endOfDay
			? fromWallClock(Date.UTC(y, m - 1, d) + DAY_MS, options.zone) - 1
			: start;
	}
	if (HAS_OFFSET.test(iso)) return Date.parse(iso);
	const [date, time] = iso.split('T');
	const [y, m, d] = date.split('-').map(Number);
	const [clock, fraction = '0'] = time.split('.');
	const [hh, mm, ss = 0] = clock.split(':').map(Number);
	const ms = Math.round(Number(`0.${fraction}`) * 1000);
	return fromWallClock(Date.UTC(y, m - 1, d, hh, mm, ss, ms), options.zone);
}

/** Fails the item unless `end` comes after `start`; both name the fields the user filled in. */
export function assertAfter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	start: { field: string; ms: number },
	end: { field: string; ms: number; value: unknown },
): void {
	if (end.ms <= start.ms) {
		throw inputError(ctx, itemIndex, end.field, `a moment after '${start.field}'`, end.value);
	}
}
