import { LOCATION_ID, loadOptions } from '../harness/run';
import { addCheckoutOrder as addOrder, addSubscription } from '../fake-highlevel/handlers/payments';
import { addProduct } from '../fake-highlevel/handlers/products';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;
const alt = { altId: LOCATION_ID, altType: 'location' };

/** A contact who bought two kits and an hour, and subscribed monthly. */
function seedSales() {
	const { location } = state.seed;
	const grace = location.addContact({
		firstName: 'Grace',
		lastName: 'Hopper',
		email: 'grace@example.com',
	});
	const kit = addProduct(location, { name: 'Starter kit', productType: 'PHYSICAL' }, [
		{ name: 'Single', amount: 49.99 },
	]);
	const hour = addProduct(location, { name: 'Consulting hour', productType: 'SERVICE' }, [
		{ name: 'Standard', amount: 150 },
	]);
	const monthly = addProduct(location, { name: 'Membership' }, [
		{
			name: 'Monthly',
			type: 'recurring',
			amount: 29,
			recurring: { interval: 'month', intervalCount: 1 },
		},
	]);
	const order = addOrder(location, {
		contactId: String(grace.id),
		lines: [
			{ priceId: String(kit.prices[0]._id), qty: 2 },
			{ priceId: String(hour.prices[0]._id), qty: 1 },
		],
	});
	const subscription = addSubscription(location, {
		contactId: String(grace.id),
		priceId: String(monthly.prices[0]._id),
	});
	const [transaction] = [...location.collection('transactions').values()];
	return { grace, order, subscription, transaction };
}

describe('Order', () => {
	it('gets an order by ID with the sub-account as altId only (the endpoint declares no altType)', async () => {
		const { order } = seedSales();
		const result = await run({ resource: 'order', operation: 'get', orderId: order._id });
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/payments/orders/${String(order._id)}`, { altId: LOCATION_ID }],
		]);
		expect(result.items[0].json).toMatchObject({
			_id: order._id,
			amount: 249.98,
			currency: 'USD',
			fulfillmentStatus: 'unfulfilled',
		});
	});

	it('returns every order with Return All, 100 a page, with the filters on every page', async () => {
		const { fake } = state;
		const { grace, order } = seedSales();
		for (let i = 0; i < 120; i++)
			addOrder(state.seed.location, {
				contactId: String(grace.id),
				lines: [{ priceId: String(((order.items as Rec[])[0].price as Rec)._id), qty: 1 }],
			});
		const result = await run({
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: { contactId: grace.id, paymentStatus: 'paid', startAt: '2020-01-01' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(121);
		expect(requestsTo(fake, 'GET', /^\/payments\/orders$/).map((r) => r.query)).toEqual([
			{
				altId: LOCATION_ID,
				contactId: String(grace.id),
				paymentStatus: 'paid',
				startAt: '2020-01-01',
				offset: '0',
				limit: '100',
			},
			{
				altId: LOCATION_ID,
				contactId: String(grace.id),
				paymentStatus: 'paid',
				startAt: '2020-01-01',
				offset: '100',
				limit: '100',
			},
		]);
	});

	it('lists an order’s fulfillments', async () => {
		const { order } = seedSales();
		const result = await run({
			resource: 'order',
			operation: 'getFulfillments',
			orderId: order._id,
		});
		expect(state.fake.requests.map((r) => [r.path, r.query])).toEqual([
			[`/payments/orders/${String(order._id)}/fulfillments`, alt],
		]);
		expect(result.items).toEqual([]);
	});

	it('refuses a date range that ends before it starts, before any request', async () => {
		const result = await run({
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: { startAt: '2026-02-01', endAt: '2026-01-01' },
		});
		expect(result.error?.message).toMatch(
			/^Order › Get Many: Invalid 'Created Before' in item 0: expected a day on or after Created After/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('offers the latest orders, transactions and subscriptions by contact, amount and day', async () => {
		const { order, subscription, transaction } = seedSales();
		const parameters = { resource: 'order', operation: 'get' };
		const day = String(order.createdAt).slice(0, 10);
		expect(
			await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getOrders' }),
		).toEqual([
			{
				name: `Grace Hopper – 249.98 USD – ${day}`,
				value: order._id,
				description: 'Status: completed',
			},
		]);
		expect(
			(
				await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getTransactions' })
			).map((o) => o.value),
		).toEqual([transaction._id]);
		expect(
			(
				await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getSubscriptions' })
			).map((o) => o.value),
		).toEqual([subscription._id]);
	});
});

describe('Order › Create Fulfillment', () => {
	const priceOf = (order: Rec, n: number) => String(((order.items as Rec[])[n].price as Rec)._id);

	it('ships items of an order with tracking, as typed fields, and outputs the fulfillment', async () => {
		const { fake } = state;
		const { order } = seedSales();
		const [kit, hour] = [priceOf(order, 0), priceOf(order, 1)];
		const result = await run({
			resource: 'order',
			operation: 'createFulfillment',
			orderId: order._id,
			items: {
				item: [
					{ priceId: kit, qty: 2 },
					{ priceId: hour, qty: 1 },
				],
			},
			trackings: {
				tracking: [
					{
						trackingNumber: ' 40012345678 ',
						shippingCarrier: 'FedEx',
						trackingUrl: 'https://www.fedex.com/wtrk/track/?trknbr=40012345678',
					},
					{ trackingNumber: '1Z999' },
				],
			},
			notifyCustomer: true,
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			[
				'POST',
				`/payments/orders/${String(order._id)}/fulfillments`,
				{},
				{
					...alt,
					trackings: [
						{
							trackingNumber: '40012345678',
							shippingCarrier: 'FedEx',
							trackingUrl: 'https://www.fedex.com/wtrk/track/?trknbr=40012345678',
						},
						{ trackingNumber: '1Z999' },
					],
					items: [
						{ priceId: kit, qty: 2 },
						{ priceId: hour, qty: 1 },
					],
					notifyCustomer: true,
				},
			],
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			_id: expect.any(String),
			altId: LOCATION_ID,
			items: [
				{ _id: kit, name: 'Starter kit', qty: 2 },
				{ _id: hour, name: 'Consulting hour', qty: 1 },
			],
		});
		expect(state.seed.location.collection('orders').get(String(order._id))).toMatchObject({
			fulfillmentStatus: 'fulfilled',
		});
	});

	it('sends no tracking and no notification unless asked, and offers the order’s items', async () => {
		const { fake } = state;
		const { order } = seedSales();
		const result = await run({
			resource: 'order',
			operation: 'createFulfillment',
			orderId: order._id,
			items: { item: [{ priceId: priceOf(order, 0), qty: 1 }] },
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests[0].body).toEqual({
			...alt,
			trackings: [],
			items: [{ priceId: priceOf(order, 0), qty: 1 }],
			notifyCustomer: false,
		});
		const options = await loadOptions({
			baseUrl: fake.baseUrl,
			parameters: { resource: 'order', operation: 'createFulfillment', orderId: String(order._id) },
			method: 'getOrderItems',
		});
		expect(options.map((o) => [o.name, o.value])).toEqual([
			['Starter kit (2 ordered)', priceOf(order, 0)],
			['Consulting hour (1 ordered)', priceOf(order, 1)],
		]);
	});

	it('refuses missing items, a quantity of 0 and a tracking URL that is no web address, before any request', async () => {
		const { order } = seedSales();
		const empty = await run({
			resource: 'order',
			operation: 'createFulfillment',
			orderId: order._id,
			items: {},
		});
		expect(empty.error?.message).toMatch(
			/^Order › Create Fulfillment: Invalid 'Items' in item 0: expected at least one item of the order/,
		);
		const result = await run(
			{
				resource: 'order',
				operation: 'createFulfillment',
				orderId: order._id,
				items: { item: [{ priceId: priceOf(order, 0), qty: '={{ $json.qty }}' }] },
				trackings: {
					tracking: [{ trackingNumber: '={{ $json.number }}', trackingUrl: '={{ $json.url }}' }],
				},
			},
			{
				onError: 'continueRegularOutput',
				items: [
					{ qty: 0, number: '1Z999', url: '' },
					{ qty: 1, number: '', url: 'ftp://example.com/1Z999' },
					{ qty: 1, number: '', url: '' },
				],
			},
		);
		expect(result.items.map((i) => [i.pairedItem, i.json.error])).toEqual([
			[
				{ item: 0 },
				expect.stringMatching(
					/^Order › Create Fulfillment: Invalid 'Items › Quantity \(line 1\)' in item 0: expected a quantity above 0/,
				),
			],
			[
				{ item: 1 },
				expect.stringMatching(
					/^Order › Create Fulfillment: Invalid 'Tracking › Tracking URL \(line 1\)' in item 1: expected a web address/,
				),
			],
			[
				{ item: 2 },
				expect.stringMatching(
					/^Order › Create Fulfillment: Invalid 'Tracking › Tracking Number \(line 1\)' in item 2: expected a tracking number or a tracking URL/,
				),
			],
		]);
		expect(state.fake.requests).toEqual([]);
	});

	it('shows HighLevel’s refusal of more than is left to ship', async () => {
		const { order } = seedSales();
		const result = await run({
			resource: 'order',
			operation: 'createFulfillment',
			orderId: order._id,
			items: { item: [{ priceId: priceOf(order, 0), qty: 3 }] },
		});
		expect(result.error?.message).toMatch(
			/^Order › Create Fulfillment: Only 2 of Starter kit left to fulfil/,
		);
	});

	it('reports a fulfillment whose answer was lost as possibly made, and never sends it again', async () => {
		const { fake } = state;
		const { order } = seedSales();
		fake.injectFault({
			operationKey: 'payments/create-order-fulfillment',
			fault: { kind: 'reset-after' },
		});
		const result = await run({
			resource: 'order',
			operation: 'createFulfillment',
			orderId: order._id,
			items: { item: [{ priceId: priceOf(order, 0), qty: 1 }] },
		});
		expect(result.error?.message).toMatch(/may have been applied and was not resent/);
		expect(requestsTo(fake, 'POST', /\/fulfillments$/)).toHaveLength(1);
		const stored = state.seed.location.collection('orders').get(String(order._id));
		expect(stored?.fulfillments).toHaveLength(1);
	});
});

describe('Transaction and Subscription', () => {
	it('gets a transaction and lists transactions of an order', async () => {
		const { order, transaction } = seedSales();
		const got = await run({
			resource: 'transaction',
			operation: 'get',
			transactionId: transaction._id,
		});
		expect(state.fake.requests[0]).toMatchObject({
			path: `/payments/transactions/${String(transaction._id)}`,
			query: alt,
		});
		expect(got.items[0].json).toMatchObject({ amount: 249.98, entityId: order._id });
		const listed = await run({
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { entityId: order._id, paymentMode: 'live' },
		});
		expect(state.fake.requests[1].query).toEqual({
			...alt,
			entityId: String(order._id),
			paymentMode: 'live',
			offset: '0',
			limit: '5',
		});
		expect(listed.items.map((i) => i.json._id)).toEqual([transaction._id]);
	});

	it('gets a subscription and lists a contact’s subscriptions', async () => {
		const { grace, subscription } = seedSales();
		const got = await run({
			resource: 'subscription',
			operation: 'get',
			subscriptionId: subscription._id,
		});
		expect(state.fake.requests[0]).toMatchObject({
			path: `/payments/subscriptions/${String(subscription._id)}`,
			query: alt,
		});
		expect(got.items[0].json).toMatchObject({ amount: 29, status: 'active' });
		const listed = await run({
			resource: 'subscription',
			operation: 'getAll',
			returnAll: true,
			filters: { contactId: grace.id, search: 'grace' },
		});
		expect(state.fake.requests[1].query).toEqual({
			...alt,
			contactId: String(grace.id),
			search: 'grace',
			offset: '0',
			limit: '100',
		});
		expect(listed.items).toHaveLength(1);
	});
});

describe('Coupon', () => {
	const couponParameters = (extra: Rec = {}) => ({
		resource: 'coupon',
		operation: 'create',
		name: 'Spring sale',
		code: 'SPRING10',
		discountType: 'percentage',
		discountValue: 10,
		startDate: '2026-03-01T00:00:00.000Z',
		...extra,
	});

	it('creates a coupon for some products, for the first 3 months of a subscription', async () => {
		const { fake } = state;
		const product = addProduct(state.seed.location, { name: 'Membership' }, []).product;
		const result = await run(
			couponParameters({
				additionalFields: {
					endDate: '2026-04-01T00:00:00Z',
					usageLimit: 50,
					productIds: [product._id],
					futureMonths: 3,
					limitPerCustomer: true,
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/payments/coupon' });
		expect(fake.requests[0].body).toEqual({
			...alt,
			name: 'Spring sale',
			code: 'SPRING10',
			discountType: 'percentage',
			discountValue: 10,
			startDate: '2026-03-01T00:00:00.000Z',
			endDate: '2026-04-01T00:00:00.000Z',
			usageLimit: 50,
			productIds: [product._id],
			limitPerCustomer: true,
			applyToFuturePaymentsConfig: { type: 'fixed', duration: 3, durationType: 'months' },
		});
		expect(result.items[0].json).toMatchObject({
			code: 'SPRING10',
			limitPerCustomer: 1,
			_id: expect.any(String),
		});
	});

	it('gets a coupon by code only, replaces it whole on update, lists and deletes it', async () => {
		const { fake } = state;
		const made = (await run(couponParameters())).items[0].json;
		fake.requests.length = 0;
		const byCode = await run({
			resource: 'coupon',
			operation: 'get',
			findBy: 'code',
			code: 'SPRING10',
		});
		expect(fake.requests[0].query).toEqual({ ...alt, code: 'SPRING10' });
		expect(byCode.items[0].json).toMatchObject({ _id: made._id });
		const updated = await run({
			...couponParameters({ discountType: 'amount', discountValue: 5.5 }),
			operation: 'update',
			couponId: made._id,
		});
		expect(fake.requests[1]).toMatchObject({
			method: 'PUT',
			body: { ...alt, id: made._id, discountType: 'amount', discountValue: 5.5, code: 'SPRING10' },
		});
		expect(updated.items[0].json).toMatchObject({ discountType: 'amount', discountValue: 5.5 });
		const listed = await run({
			resource: 'coupon',
			operation: 'getAll',
			returnAll: true,
			filters: { search: 'spring' },
		});
		expect(fake.requests[2].query).toEqual({ ...alt, search: 'spring', offset: '0', limit: '100' });
		expect(listed.items).toHaveLength(1);
		const deleted = await run({ resource: 'coupon', operation: 'delete', couponId: made._id });
		expect(fake.requests[3]).toMatchObject({
			method: 'DELETE',
			path: '/payments/coupon',
			body: { ...alt, id: made._id },
		});
		expect(deleted.items[0].json).toMatchObject({ success: true });
		expect(state.seed.location.collection('coupons').size).toBe(0);
	});

	it('refuses a percentage above 100 and an end before the start, before any request', async () => {
		const over = await run(couponParameters({ discountValue: 150 }));
		expect(over.error?.message).toMatch(
			/^Coupon › Create: Invalid 'Discount Value' in item 0: expected a percentage above 0, at most 100/,
		);
		const backwards = await run(
			couponParameters({ additionalFields: { endDate: '2026-02-01T00:00:00Z' } }),
		);
		expect(backwards.error?.message).toMatch(
			/Invalid 'End Date' in item 0: expected a moment after the Start Date/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('shows HighLevel’s refusal of a code already in use', async () => {
		await run(couponParameters());
		const again = await run(couponParameters({ name: 'Other' }));
		expect(again.error?.message).toMatch(
			/^Coupon › Create: A coupon with the code SPRING10 already exists/,
		);
	});
});
