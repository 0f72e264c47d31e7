import type { LocationStore } from '../store';
import { HttpError, type Call } from './framework';
import { intQuery } from './listing';

/** What HighLevel refuses beyond its DTOs' validation: a 400, as a 422 here means the request broke the spec. */
const refused = (message: string) => new HttpError(400, { statusCode: 400, message });

type Rec = Record<string, unknown>;

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

/** An ISO 4217 code HighLevel takes; anything else is a 422, as its validation answers. */
export function checkCurrency(currency: unknown, field = 'currency'): string {
	if (typeof currency !== 'string' || !CURRENCIES.has(currency))
		throw refused(`${field} is no ISO 4217 currency code`);
	return currency;
}

/** Rounds to the currency's smallest unit, computing in whole units of it so 0.1 + 0.2 stays 0.3. */
export function roundMoney(value: number, currency: string): number {
	const scale = 10 ** fractionDigits(currency);
	return Math.round(value * scale + Number.EPSILON) / scale;
}

/**
 * The sub-account an `altId`/`altType` pair names (invoices.json, payments.json). A location token
 * reaches its own sub-account only, as `locationId` elsewhere.
 */
export function altStore(call: Call, altId: unknown): LocationStore {
	if (typeof altId !== 'string' || !altId)
		throw new HttpError(400, { statusCode: 400, message: 'altId is required' });
	if (call.locationId && altId !== call.locationId) {
		throw new HttpError(403, {
			statusCode: 403,
			message: 'The token does not have access to this location',
		});
	}
	return call.location(altId);
}

/** Offset + limit paging as invoices.json and payments.json answer it. */
export function offsetPage<T>(list: T[], call: Call, fallbackLimit = 10): T[] {
	const offset = intQuery(call, 'offset', 0);
	const limit = intQuery(call, 'limit', fallbackLimit, { min: 1, max: 100 });
	return list.slice(offset, offset + limit);
}

/**
 * What invoice-like documents (invoices, templates, schedules, estimates) add up to: each item's
 * amount × quantity in the currency's main unit, exclusive taxes by rate (percent), a percentage or
 * fixed discount (on the listed products only when `validOnProductIds` names some).
 */
export function totals(
	store: LocationStore,
	currency: string,
	items: Rec[],
	discount: Rec | undefined,
): { subTotal: number; discount: number; tax: number; total: number } {
	let subTotal = 0;
	let tax = 0;
	let discountable = 0;
	const on = (discount?.validOnProductIds as string[] | undefined)?.filter(Boolean);
	for (const item of items) {
		checkCurrency(item.currency, 'items.currency');
		if (item.currency !== currency)
			throw new HttpError(400, {
				statusCode: 400,
				message: `Item ${String(item.name)} is in ${String(item.currency)}, the document in ${currency}`,
			});
		const amount = Number(item.amount);
		const qty = Number(item.qty);
		if (!(amount >= 0)) throw refused('items.amount must not be less than 0');
		if (!(qty > 0)) throw refused('items.qty is not above 0');
		if (item.productId !== undefined && !store.collection('products').has(String(item.productId))) {
			throw new HttpError(400, {
				statusCode: 400,
				message: `Product ${String(item.productId)} not found`,
			});
		}
		if (item.priceId !== undefined) {
			const price = store.collection('prices').get(String(item.priceId));
			if (!price || (item.productId !== undefined && price.product !== item.productId)) {
				throw new HttpError(400, {
					statusCode: 400,
					message: `Price ${String(item.priceId)} not found for this product`,
				});
			}
		}
		const line = amount * qty;
		subTotal += line;
		if (!on?.length || on.includes(String(item.productId))) discountable += line;
		if (!item.taxInclusive)
			for (const t of (item.taxes as Rec[] | undefined) ?? []) tax += (line * Number(t.rate)) / 100;
	}
	const value = Number(discount?.value ?? 0);
	if (!(value >= 0)) throw refused('discount.value must not be less than 0');
	if (discount?.type === 'percentage' && value > 100)
		throw refused('discount.value must not be greater than 100 for a percentage');
	const off =
		discount?.type === 'fixed' ? Math.min(value, discountable) : (discountable * value) / 100;
	const round = (n: number) => roundMoney(n, currency);
	return {
		subTotal: round(subTotal),
		discount: round(off),
		tax: round(tax),
		total: round(subTotal - off + tax),
	};
}
