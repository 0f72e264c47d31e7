import type { IExecuteFunctions } from 'n8n-workflow';
import * as validate from './validate';

// Node 18+ has Intl.supportedValuesOf; the project's TypeScript lib predates it.
const CURRENCIES = new Set(
	(Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('currency'),
);

/** Digits after the decimal point in a currency's main unit: 2 for USD, 0 for JPY, 3 for KWD. */
export function fractionDigits(currency: string): number {
	return (
		new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
			.maximumFractionDigits ?? 2
	);
}

/** An ISO 4217 currency code such as USD; lower case is accepted and sent upper case. */
export function currency(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): string {
	const code = validate.text(ctx, itemIndex, field, value, 10).toUpperCase();
	if (!CURRENCIES.has(code))
		throw validate.inputError(
			ctx,
			itemIndex,
			field,
			'a three-letter ISO 4217 currency code such as USD or EUR',
			value,
		);
	return code;
}

/**
 * An amount in a currency's main unit (19.99 dollars, not 1999 cents), as HighLevel's invoice and
 * payment APIs take it: a finite number, not negative (or above zero when `positive`), with no more
 * decimals than the currency has, so nothing is rounded away on HighLevel's side.
 */
export function amount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	currencyCode: string | undefined,
	options: { positive?: boolean } = {},
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || (options.positive && n === 0)) {
		throw validate.inputError(
			ctx,
			itemIndex,
			field,
			options.positive ? 'an amount above 0' : 'an amount of 0 or more',
			value,
		);
	}
	// Without the currency (a payment on an invoice the node has not read), 3 decimals is the most any currency has.
	const digits = currencyCode ? fractionDigits(currencyCode) : 3;
	const scaled = n * 10 ** digits;
	if (Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled))) {
		const unit = currencyCode ? `${currencyCode} ` : '';
		throw validate.inputError(
			ctx,
			itemIndex,
			field,
			`an amount in ${unit}main units with at most ${digits} decimals (19.99, not 1999 cents)`,
			value,
		);
	}
	return n;
}

/** A number of units, above zero (fractions allowed: 1.5 hours). */
export function quantity(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0)
		throw validate.inputError(ctx, itemIndex, field, 'a quantity above 0', value);
	return n;
}
