import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks run before any request, so a bad item costs no API call. Each error names the
 * item, the field and what was expected.
 */
export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	expected: string,
	got?: unknown,
): NodeOperationError {
	const shown = describeValue(got);
	return new NodeOperationError(
		ctx.getNode(),
		`Invalid '${field}' in item ${itemIndex}: expected ${expected}`,
		{
			itemIndex,
			description: shown === undefined ? undefined : `Got ${shown}.`,
		},
	);
}

function describeValue(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (value === null) return 'null';
	if (typeof value === 'string') {
		if (value === '') return 'an empty value';
		return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
	}
	if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
	return String(value);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const ISO_DATE =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MAX_TEXT = 5000;

/** A text parameter: trimmed, and never an object an expression resolved to. */
export function text(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	maxLength = MAX_TEXT,
): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string') throw inputError(ctx, itemIndex, field, 'text', value);
	if (value.length > maxLength) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			`at most ${maxLength} characters`,
			`${value.length} characters`,
		);
	}
	return value.trim();
}

/** An ID that goes into a URL path or a body: non-empty text without spaces or slashes. */
export function id(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const raw = typeof value === 'number' ? String(value) : value;
	if (typeof raw !== 'string' || raw.trim() === '') {
		throw inputError(ctx, itemIndex, field, 'an ID such as sx6wyHhbFdRXh302Lunr', raw);
	}
	const trimmed = raw.trim();
	if (/[\s/\\?#]/.test(trimmed) || trimmed === '.' || trimmed === '..' || trimmed.length > 128) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			'an ID such as sx6wyHhbFdRXh302Lunr (letters, digits, - and _)',
			raw,
		);
	}
	return trimmed;
}

export function email(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const candidate = text(ctx, itemIndex, field, value, 320);
	if (!EMAIL.test(candidate)) {
		throw inputError(ctx, itemIndex, field, 'an email address such as name@example.com', value);
	}
	return candidate;
}

/**
 * HighLevel matches and messages contacts by E.164 numbers. Spaces, dashes, dots and
 * brackets people type are dropped; anything else must already be +<country code><number>.
 */
export function phone(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const candidate = text(ctx, itemIndex, field, value, 40).replace(/[\s().-]/g, '');
	const normalised = candidate.startsWith('00') ? `+${candidate.slice(2)}` : candidate;
	if (!E164.test(normalised)) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			'a phone number in E.164 format, with + and the country code, such as +14155550123',
			value,
		);
	}
	return normalised;
}

/** A date or date-time in ISO 8601 that exists on the calendar. */
export function isoDate(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	if (value instanceof Date) return value.toISOString();
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		return (value as { toISO: () => string }).toISO();
	}
	const candidate = typeof value === 'string' ? value.trim() : value;
	if (
		typeof candidate !== 'string' ||
		!ISO_DATE.test(candidate) ||
		Number.isNaN(Date.parse(candidate))
	) {
		throw inputError(
			ctx,
			itemIndex,
			field,
			'an ISO 8601 date such as 2026-01-31 or 2026-01-31T09:30:00Z',
			value,
		);
	}
	const [y, m, d] = candidate.slice(0, 10).split('-').map(Number);
	const check = new Date(Date.UTC(y, m - 1, d));
	if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
		throw inputError(ctx, itemIndex, field, 'a date that exists on the calendar', value);
	}
	return candidate;
}

/** A list of strings from a multi-select, a comma-separated string, or a JSON array. */
export function stringList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string[] {
	let list: unknown = value;
	if (typeof value === 'string') {
		const trimmed = value.trim();
		if (trimmed.startsWith('[')) {
			try {
				list = JSON.parse(trimmed);
			} catch {
				throw inputError(
					ctx,
					itemIndex,
					field,
					'a JSON array of text, or values separated by commas',
					value,
				);
			}
		} else {
			list = trimmed === '' ? [] : trimmed.split(',');
		}
	}
	if (!Array.isArray(list)) throw inputError(ctx, itemIndex, field, 'a list of values', value);
	return list
		.map((entry) => {
			if (typeof entry !== 'string' && typeof entry !== 'number') {
				throw inputError(ctx, itemIndex, field, 'a list of text values', entry);
			}
			return String(entry).trim();
		})
		.filter((entry) => entry !== '');
}

export function boolean(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true') return true;
	if (value === 'false') return false;
	throw inputError(ctx, itemIndex, field, 'true or false', value);
}

export function positiveInteger(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	max: number,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
		throw inputError(ctx, itemIndex, field, `a whole number from 1 to ${max}`, value);
	}
	return n;
}

/** A value that must be one of a fixed list (an options parameter, perhaps set by an expression). */
export function oneOf<T extends string>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	allowed: readonly T[],
): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		throw inputError(ctx, itemIndex, field, `one of ${allowed.join(', ')}`, value);
	}
	return value as T;
}
