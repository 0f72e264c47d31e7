import { newId, type LocationStore } from '../store';
import type { Call, Handler } from './framework';
import { intQuery, textQuery, unprocessable } from './listing';

type Rec = Record<string, unknown>;

const DAY_MS = 86_400_000;
const orders = (store: LocationStore) => store.collection('orders');

/** An order as `GET /payments/orders` lists it; `createdAt` may be given to seed a history. */
export function addOrder(store: LocationStore, fields: Rec = {}): Rec {
	const at = (fields.createdAt as string) ?? store.now();
	const order: Rec = {
		_id: newId(),
		altId: store.id,
		altType: 'location',
		contactId: newId(),
		contactName: 'Ada Lovelace',
		contactEmail: 'ada@example.com',
		currency: 'USD',
		amount: 100,
		subtotal: 100,
		discount: 0,
		status: 'completed',
		liveMode: false,
		totalProducts: 1,
		sourceType: 'funnel',
		createdAt: at,
		updatedAt: at,
		...fields,
	};
	orders(store).set(String(order._id), order);
	return order;
}

/** `YYYY-MM-DD` → the first millisecond of that day (UTC). */
function day(call: Call, name: string): number | undefined {
	const value = textQuery(call, name);
	if (value === undefined) return undefined;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw unprocessable(`${name} must be a date as YYYY-MM-DD`);
	return Date.parse(`${value}T00:00:00Z`);
}

/** Payments (payments.json): orders, newest first, between whole days, `offset` + `limit`. */
export const PAYMENT_HANDLERS: Record<string, Handler> = {
	'payments/list-orders': (call) => {
		const store = call.location(String(textQuery(call, 'altId')));
		const offset = intQuery(call, 'offset', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1, max: 100 });
		const from = day(call, 'startAt');
		const to = day(call, 'endAt');
		const status = textQuery(call, 'status');
		const paymentStatus = textQuery(call, 'paymentStatus');
		const contactId = textQuery(call, 'contactId');
		const hits = [...orders(store).values()]
			.filter((o) => {
				const at = Date.parse(String(o.createdAt));
				return (from === undefined || at >= from) && (to === undefined || at < to + DAY_MS);
			})
			.filter((o) => (!status || o.status === status) && (!paymentStatus || o.paymentStatus === paymentStatus) && (!contactId || o.contactId === contactId))
			.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || String(b._id).localeCompare(String(a._id)));
		return { body: { data: hits.slice(offset, offset + limit), totalCount: hits.length } };
	},
};
