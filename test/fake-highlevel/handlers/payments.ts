import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { notFound, recordIn, textQuery, unprocessable } from './listing';
import { altStore, offsetPage, roundMoney } from './money';

type Rec = Record<string, unknown>;

const bad = (message: string) => new HttpError(400, { statusCode: 400, message });

const ORDERS = 'orders';
const TRANSACTIONS = 'transactions';
const SUBSCRIPTIONS = 'subscriptions';
const COUPONS = 'coupons';

/**
 * A payments list (payments.json's `{ data, totalCount }`): the records whose fields equal the
 * query's (`fields`: query parameter → record field), of the query's mode, made in its range and
 * matching its search; newest first, offset-paged, each shaped by `map`.
 */
function paymentsList(
	collection: string,
	fields: Record<string, string>,
	map = (r: Rec) => r,
): Handler {
	return (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const hits = newestFirst(
			[...store.collection(collection).values()].filter(
				(r) =>
					Object.entries(fields).every(([param, field]) => {
						const wanted = textQuery(call, param);
						return !wanted || r[field] === wanted;
					}) &&
					mode(r, call) &&
					inRange(r.createdAt, call) &&
					searched(r, call, ['contactName', 'contactEmail', '_id']),
			),
		);
		return { body: { data: offsetPage(hits, call).map(map), totalCount: hits.length } };
	};
}

/** A payments record by the ID in the path, of the sub-account in the query. */
function paymentsRecord(collection: string, param: string, label: string): Handler {
	return (call) => ({
		body: recordIn(
			altStore(call, textQuery(call, 'altId')).collection(collection),
			call.params[param],
			label,
		),
	});
}

/**
 * An order as a checkout leaves it (payments.json has no endpoint that makes one): a contact buying
 * quantities of product prices, paid by one transaction. `lines` name prices the store already has.
 */
export function addCheckoutOrder(
	store: LocationStore,
	order: {
		contactId: string;
		lines: Array<{ priceId: string; qty: number }>;
		liveMode?: boolean;
		sourceType?: string;
	},
): Rec {
	const contact = store.contacts.get(order.contactId);
	if (!contact) throw new Error(`addCheckoutOrder: no contact ${order.contactId}`);
	const items = order.lines.map((line) => {
		const price = store.collection('prices').get(line.priceId);
		if (!price) throw new Error(`addCheckoutOrder: no price ${line.priceId}`);
		const product = store.collection('products').get(String(price.product));
		return {
			_id: newId(),
			name: String(product?.name ?? price.name),
			qty: line.qty,
			price,
			product,
		};
	});
	const currency = String(items[0]?.price.currency ?? 'USD');
	const subtotal = roundMoney(
		items.reduce((sum, i) => sum + Number(i.price.amount) * i.qty, 0),
		currency,
	);
	const now = store.now();
	const id = newId();
	const record: Rec = {
		_id: id,
		altId: store.id,
		altType: 'location',
		contactId: contact.id,
		contactName: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
		contactEmail: contact.email,
		contactSnapshot: {
			id: contact.id,
			firstName: contact.firstName,
			lastName: contact.lastName,
			email: contact.email,
		},
		currency,
		amount: subtotal,
		subtotal,
		discount: 0,
		amountSummary: { subtotal, discount: 0 },
		status: 'completed',
		paymentStatus: 'paid',
		liveMode: order.liveMode ?? true,
		totalProducts: items.length,
		sourceType: order.sourceType ?? 'funnel',
		sourceName: 'Spring sale checkout',
		sourceId: newId(),
		source: {
			type: order.sourceType ?? 'funnel',
			subType: 'one_step_order_form',
			id: newId(),
			name: 'Spring sale checkout',
		},
		items,
		fulfillmentStatus: 'unfulfilled',
		fulfillments: [],
		createdAt: now,
		updatedAt: now,
	};
	store.collection(ORDERS).set(id, record);
	const txn = newId();
	store.collection(TRANSACTIONS).set(txn, {
		_id: txn,
		altId: store.id,
		altType: 'location',
		contactId: contact.id,
		contactName: record.contactName,
		contactEmail: contact.email,
		currency,
		amount: subtotal,
		amountRefunded: 0,
		status: 'succeeded',
		liveMode: record.liveMode,
		entityType: 'order',
		entityId: id,
		entitySourceType: record.sourceType,
		entitySourceSubType: 'one_step_order_form',
		entitySourceName: record.sourceName,
		entitySourceId: record.sourceId,
		paymentProviderType: 'stripe',
		createdAt: now,
		updatedAt: now,
		fulfilledAt: now,
	});
	return record;
}

/** An order as `GET /payments/orders` lists it, without items; `createdAt` may be given to seed a history. */
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
		items: [],
		fulfillments: [],
		createdAt: at,
		updatedAt: at,
		...fields,
	};
	store.collection(ORDERS).set(String(order._id), order);
	return order;
}

/** A recurring payment as a checkout of a recurring price leaves it. */
export function addSubscription(
	store: LocationStore,
	s: { contactId: string; priceId: string; liveMode?: boolean },
): Rec {
	const contact = store.contacts.get(s.contactId);
	const price = store.collection('prices').get(s.priceId);
	if (!contact || !price) throw new Error('addSubscription: unknown contact or price');
	const now = store.now();
	const id = newId();
	const subscription = {
		_id: id,
		altId: store.id,
		altType: 'location',
		contactId: contact.id,
		contactName: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
		contactEmail: contact.email,
		currency: price.currency,
		amount: price.amount,
		status: 'active',
		liveMode: s.liveMode ?? true,
		entityType: 'order',
		entityId: newId(),
		entitySourceType: 'funnel',
		entitySourceName: 'Membership checkout',
		entitySourceId: newId(),
		subscriptionId: `sub_${newId()}`,
		recurringProduct: { price, product: store.collection('products').get(String(price.product)) },
		paymentProviderType: 'stripe',
		createdAt: now,
		updatedAt: now,
	};
	store.collection(SUBSCRIPTIONS).set(id, subscription);
	return subscription;
}

const DAY_MS = 86_400_000;

/** `startAt` / `endAt` as whole days (YYYY-MM-DD), both included, as the payments lists take them. */
function inRange(value: unknown, call: Call): boolean {
	const at = Date.parse(String(value));
	const from = day(call, 'startAt');
	const to = day(call, 'endAt');
	return (from === undefined || at >= from) && (to === undefined || at < to + DAY_MS);
}

/** `YYYY-MM-DD` → the first millisecond of that day (UTC). */
function day(call: Call, name: string): number | undefined {
	const value = textQuery(call, name);
	if (value === undefined) return undefined;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
		throw unprocessable(`${name} must be a date as YYYY-MM-DD`);
	return Date.parse(`${value}T00:00:00Z`);
}

function mode(record: Rec, call: Call): boolean {
	const m = textQuery(call, 'paymentMode');
	return !m || Boolean(record.liveMode) === (m === 'live');
}

function searched(record: Rec, call: Call, fields: string[]): boolean {
	const q = textQuery(call, 'search')?.toLowerCase();
	return (
		!q ||
		fields.some((f) =>
			String(record[f] ?? '')
				.toLowerCase()
				.includes(q),
		)
	);
}

function newestFirst(list: Rec[]): Rec[] {
	return list.sort(
		(a, b) =>
			String(b.createdAt).localeCompare(String(a.createdAt)) ||
			String(b._id).localeCompare(String(a._id)),
	);
}

/** Without the fulfilment list: HighLevel answers it on its own endpoint. */
function publicOrder(order: Rec): Rec {
	const rest = { ...order };
	delete rest.fulfillments;
	return rest;
}

function orderOf(call: Call, altId: unknown): { store: LocationStore; order: Rec } {
	const store = altStore(call, altId);
	const order = store.collection(ORDERS).get(call.params.orderId);
	if (!order) throw notFound('Order');
	return { store, order };
}

function couponStatus(c: Rec, now: string): string {
	if (String(c.startDate) > now) return 'scheduled';
	if (c.endDate && String(c.endDate) < now) return 'expired';
	return 'active';
}

/** Checks a coupon body as HighLevel does beyond its DTO: codes unique per location, a percentage at most 100. */
function checkCoupon(store: LocationStore, body: Rec, self?: string): void {
	const value = Number(body.discountValue);
	if (!(value > 0)) throw bad('discountValue must be greater than 0');
	if (body.discountType === 'percentage' && value > 100)
		throw bad('discountValue must not be greater than 100 for a percentage');
	if (Number.isNaN(Date.parse(String(body.startDate)))) throw bad('startDate must be a date');
	if (
		body.endDate !== undefined &&
		!(Date.parse(String(body.endDate)) > Date.parse(String(body.startDate)))
	)
		throw bad('endDate must be after startDate');
	for (const id of (body.productIds as string[] | undefined) ?? []) {
		if (!store.collection('products').has(id)) throw bad(`Product ${id} not found`);
	}
	const code = String(body.code).toUpperCase();
	for (const c of store.collection(COUPONS).values()) {
		if (c._id !== self && String(c.code).toUpperCase() === code)
			throw bad(`A coupon with the code ${String(body.code)} already exists`);
	}
}

function couponOut(c: Rec): Rec {
	return { ...c, status: couponStatus(c, new Date().toISOString()), traceId: newId() };
}

/** Orders, fulfilments, transactions, subscriptions and coupons (payments.json): lists page with offset + limit and give `totalCount`. */
export const PAYMENT_HANDLERS: Record<string, Handler> = {
	'payments/list-orders': paymentsList(
		ORDERS,
		{
			status: 'status',
			paymentStatus: 'paymentStatus',
			contactId: 'contactId',
			sourceId: 'sourceId',
		},
		publicOrder,
	),
	'payments/get-order-by-id': (call) => ({
		body: publicOrder(orderOf(call, textQuery(call, 'altId')).order),
	}),
	'payments/list-order-fulfillment': (call) => ({
		body: { status: true, data: orderOf(call, textQuery(call, 'altId')).order.fulfillments ?? [] },
	}),
	'payments/create-order-fulfillment': (call) => {
		const { store, order } = orderOf(call, call.body.altId);
		const items = order.items as Rec[];
		const done = new Map<string, number>();
		for (const f of (order.fulfillments as Rec[] | undefined) ?? [])
			for (const i of f.items as Rec[])
				done.set(String(i._id), (done.get(String(i._id)) ?? 0) + Number(i.qty));
		const fulfilled = (call.body.items as Rec[]).map((want) => {
			const item = items.find((i) => (i.price as Rec)._id === want.priceId);
			if (!item) throw bad(`Price ${String(want.priceId)} is not in this order`);
			const left = Number(item.qty) - (done.get(String((item.price as Rec)._id)) ?? 0);
			if (!(Number(want.qty) > 0) || Number(want.qty) > left)
				throw bad(`Only ${left} of ${String(item.name)} left to fulfil`);
			done.set(
				String((item.price as Rec)._id),
				(done.get(String((item.price as Rec)._id)) ?? 0) + Number(want.qty),
			);
			return {
				_id: (item.price as Rec)._id,
				name: item.name,
				product: item.product,
				price: item.price,
				qty: Number(want.qty),
			};
		});
		const now = store.now();
		const fulfillment = {
			_id: newId(),
			altId: store.id,
			altType: 'location',
			trackings: call.body.trackings,
			items: fulfilled,
			createdAt: now,
			updatedAt: now,
		};
		order.fulfillments = [...((order.fulfillments as Rec[] | undefined) ?? []), fulfillment];
		const complete = items.every(
			(i) => (done.get(String((i.price as Rec)._id)) ?? 0) >= Number(i.qty),
		);
		order.fulfillmentStatus = complete ? 'fulfilled' : 'partially_fulfilled';
		order.updatedAt = now;
		return { body: { status: true, data: fulfillment } };
	},
	'payments/list-transactions': paymentsList(TRANSACTIONS, {
		contactId: 'contactId',
		entityId: 'entityId',
		subscriptionId: 'subscriptionId',
		entitySourceType: 'entitySourceType',
		entitySourceSubType: 'entitySourceSubType',
	}),
	'payments/get-transaction-by-id': paymentsRecord(TRANSACTIONS, 'transactionId', 'Transaction'),
	'payments/list-subscriptions': paymentsList(SUBSCRIPTIONS, {
		contactId: 'contactId',
		entityId: 'entityId',
		id: '_id',
		entitySourceType: 'entitySourceType',
	}),
	'payments/get-subscription-by-id': paymentsRecord(
		SUBSCRIPTIONS,
		'subscriptionId',
		'Subscription',
	),

	'payments/create-coupon': (call) => {
		const store = altStore(call, call.body.altId);
		checkCoupon(store, call.body);
		const now = store.now();
		const coupon: Rec = {
			_id: newId(),
			usageCount: 0,
			applyToFuturePayments: true,
			applyToFuturePaymentsConfig: { type: 'forever' },
			...call.body,
			limitPerCustomer: call.body.limitPerCustomer ? 1 : 0,
			createdAt: now,
			updatedAt: now,
		};
		store.collection(COUPONS).set(String(coupon._id), coupon);
		return { status: 201, body: couponOut(coupon) };
	},
	'payments/get-coupon': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const id = textQuery(call, 'id');
		const code = textQuery(call, 'code')?.toUpperCase();
		const coupon = [...store.collection(COUPONS).values()].find((c) =>
			id ? c._id === id : String(c.code).toUpperCase() === code,
		);
		if (!coupon) throw notFound('Coupon');
		return { body: couponOut(coupon) };
	},
	'payments/list-coupons': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const status = textQuery(call, 'status');
		const now = new Date().toISOString();
		const hits = newestFirst(
			[...store.collection(COUPONS).values()].filter(
				(c) => (!status || couponStatus(c, now) === status) && searched(c, call, ['name', 'code']),
			),
		);
		return {
			body: {
				data: offsetPage(hits, call).map(couponOut),
				totalCount: hits.length,
				traceId: newId(),
			},
		};
	},
	'payments/update-coupon': (call) => {
		const store = altStore(call, call.body.altId);
		const coupon = recordIn(store.collection(COUPONS), String(call.body.id), 'Coupon');
		checkCoupon(store, call.body, String(coupon._id));
		const rest = { ...call.body };
		delete rest.id;
		Object.assign(coupon, rest, {
			limitPerCustomer: call.body.limitPerCustomer ? 1 : 0,
			updatedAt: store.now(),
		});
		return { body: couponOut(coupon) };
	},
	'payments/delete-coupon': (call) => {
		const coupons = altStore(call, call.body.altId).collection(COUPONS);
		recordIn(coupons, String(call.body.id), 'Coupon');
		coupons.delete(String(call.body.id));
		return { body: { success: true, traceId: newId() } };
	},
};
