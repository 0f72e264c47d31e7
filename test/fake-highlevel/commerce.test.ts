import { FakeHighLevel } from './index';
import { createDemoData, DEMO_LOCATION_ID as LOC } from './demo';

const TOKEN = 'commerce-test-token';
const SCOPES = [
	'invoices.readonly',
	'invoices.write',
	'payments/orders.readonly',
	'payments/orders.write',
	'payments/coupons.readonly',
	'payments/coupons.write',
	'objects/schema.readonly',
	'objects/schema.write',
	'objects/record.readonly',
	'objects/record.write',
	'associations.readonly',
	'associations.write',
	'associations/relation.readonly',
	'associations/relation.write',
];

let fake: FakeHighLevel;

beforeAll(async () => {
	fake = await FakeHighLevel.start();
});
afterAll(async () => fake.stop());
beforeEach(() => {
	fake.reset();
	createDemoData(fake);
	fake.addToken(TOKEN, { locationId: LOC, userType: 'Location', scopes: SCOPES });
});

/** Answers are read field by field, as JSON.parse gives them. */
type Json = ReturnType<typeof JSON.parse>;

async function call(
	method: string,
	path: string,
	body?: unknown,
): Promise<{ status: number; body: Json }> {
	const response = await fetch(fake.baseUrl + path, {
		method,
		headers: {
			authorization: `Bearer ${TOKEN}`,
			version: '2021-07-28',
			'content-type': 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const alt = { altId: LOC, altType: 'location' };
const qs = new URLSearchParams(alt).toString();

function invoiceBody(overrides: Json = {}): Json {
	const contact = [...fake.location(LOC).contacts.values()][0];
	return {
		...alt,
		name: 'Test invoice',
		businessDetails: { name: 'Demo' },
		currency: 'USD',
		items: [
			{
				name: 'A',
				currency: 'USD',
				amount: 0.1,
				qty: 3,
				taxes: [{ _id: 't1', name: 'VAT', rate: 20 }],
			},
			{ name: 'B', currency: 'USD', amount: 19.99, qty: 1 },
		],
		discount: { type: 'fixed', value: 5 },
		contactDetails: {
			id: contact.id,
			name: 'Grace Hopper',
			email: 'grace@example.com',
			phoneNo: '',
		},
		issueDate: '2026-02-01',
		sentTo: { email: ['grace@example.com'] },
		liveMode: false,
		...overrides,
	};
}

describe('the fake HighLevel bills as HighLevel does', () => {
	it('adds up an invoice in the currency’s main unit without float drift, and numbers it', async () => {
		const next = await call('GET', `/invoices/generate-invoice-number?${qs}`);
		const made = await call('POST', '/invoices/', invoiceBody());
		expect(made.status).toBe(200);
		// 0.1 × 3 = 0.30 (+ 20 % tax 0.06) and 19.99, less a fixed 5.
		expect(made.body).toMatchObject({
			status: 'draft',
			total: 15.35,
			amountDue: 15.35,
			amountPaid: 0,
			invoiceNumber: next.body.invoiceNumber,
		});
		expect(made.body.totalSummary).toEqual({ subTotal: 20.29, discount: 5, tax: 0.06 });
	});

	it('refuses an unknown currency, a mismatched item currency and an unknown contact', async () => {
		expect((await call('POST', '/invoices/', invoiceBody({ currency: 'XYZ' }))).status).toBe(400);
		const mixed = invoiceBody();
		mixed.items[1].currency = 'EUR';
		expect((await call('POST', '/invoices/', mixed)).status).toBe(400);
		const stranger = invoiceBody();
		stranger.contactDetails.id = 'nobody';
		expect((await call('POST', '/invoices/', stranger)).status).toBe(400);
	});

	it('records partial and full manual payments, then refuses to void a paid invoice', async () => {
		const { body: invoice } = await call('POST', '/invoices/', invoiceBody());
		const path = `/invoices/${invoice._id}`;
		expect(
			(await call('POST', `${path}/record-payment`, { ...alt, mode: 'card', notes: '' })).status,
		).toBe(400);
		const part = await call('POST', `${path}/record-payment`, {
			...alt,
			mode: 'cash',
			notes: 'deposit',
			amount: 10,
		});
		expect(part.body.invoice).toMatchObject({
			status: 'partially_paid',
			amountPaid: 10,
			amountDue: 5.35,
		});
		expect(
			(await call('POST', `${path}/record-payment`, { ...alt, mode: 'cash', notes: '', amount: 6 }))
				.status,
		).toBe(400);
		const rest = await call('POST', `${path}/record-payment`, {
			...alt,
			mode: 'cheque',
			cheque: { number: '42' },
			notes: '',
		});
		expect(rest.body.invoice).toMatchObject({ status: 'paid', amountDue: 0 });
		expect((await call('POST', `${path}/void`, alt)).status).toBe(400);
	});

	it('lists invoices with offset, limit and total, and requires both', async () => {
		for (let i = 0; i < 3; i++)
			await call('POST', '/invoices/', invoiceBody({ name: `Bulk ${i}` }));
		expect((await call('GET', `/invoices/?${qs}`)).status).toBe(422);
		const page = await call('GET', `/invoices/?${qs}&limit=2&offset=2`);
		expect(page.body.total).toBe(4);
		expect(page.body.invoices).toHaveLength(2);
	});

	it('fulfils an order price by price, never more than was bought', async () => {
		const { body: orders } = await call('GET', `/payments/orders?altId=${LOC}`);
		expect(orders.totalCount).toBe(2);
		const order = orders.data.find((o: Json) => o.contactName === 'Grace Hopper');
		const { body: full } = await call('GET', `/payments/orders/${order._id}?altId=${LOC}`);
		const kit = full.items.find((i: Json) => i.qty === 2);
		const base = { ...alt, trackings: [{ trackingNumber: '1Z' }], notifyCustomer: false };
		expect(
			(
				await call('POST', `/payments/orders/${order._id}/fulfillments`, {
					...base,
					items: [{ priceId: kit.price._id, qty: 3 }],
				})
			).status,
		).toBe(400);
		const made = await call('POST', `/payments/orders/${order._id}/fulfillments`, {
			...base,
			items: [{ priceId: kit.price._id, qty: 2 }],
		});
		expect(made.body).toMatchObject({ status: true, data: { items: [{ qty: 2 }] } });
		const after = await call('GET', `/payments/orders/${order._id}?altId=${LOC}`);
		expect(after.body.fulfillmentStatus).toBe('partially_fulfilled');
	});

	it('keeps coupon codes unique and percentages at most 100', async () => {
		const coupon = {
			...alt,
			name: 'X',
			code: 'spring10',
			discountType: 'percentage',
			discountValue: 10,
			startDate: '2026-01-01T00:00:00.000Z',
		};
		expect((await call('POST', '/payments/coupon', coupon)).status).toBe(400);
		expect(
			(await call('POST', '/payments/coupon', { ...coupon, code: 'BIG', discountValue: 150 }))
				.status,
		).toBe(400);
		const made = await call('POST', '/payments/coupon', { ...coupon, code: 'SUMMER' });
		expect(made).toMatchObject({ status: 201, body: { code: 'SUMMER', status: 'active' } });
		const list = await call('GET', `/payments/coupon/list?${qs}&limit=1`);
		expect(list.body).toMatchObject({ totalCount: 2 });
		expect(
			(await call('DELETE', '/payments/coupon', { ...alt, id: made.body._id })).body,
		).toMatchObject({ success: true });
	});

	it('refuses a sub-account the token does not reach', async () => {
		expect(
			(await call('GET', `/invoices/generate-invoice-number?altId=elsewhere&altType=location`))
				.status,
		).toBe(403);
	});

	it('checks custom object records against the schema’s field types and pages the search with a cursor', async () => {
		const schema = await call(
			'GET',
			`/objects/custom_objects.pets?locationId=${LOC}&fetchProperties=true`,
		);
		expect(schema.body.fields.map((f: Json) => f.dataType)).toContain('MONETORY');
		const base = `/objects/custom_objects.pets/records`;
		expect(
			(await call('POST', base, { locationId: LOC, properties: { species: 'fish' } })).status,
		).toBe(400);
		expect((await call('POST', base, { locationId: LOC, properties: { age: '4' } })).status).toBe(
			400,
		);
		expect(
			(await call('POST', base, { locationId: LOC, properties: { colour: 'red' } })).status,
		).toBe(400);
		const made = await call('POST', base, {
			locationId: LOC,
			properties: { name: 'Rex', species: 'dog', vaccinated_on: '2026-01-02' },
		});
		expect(made.status).toBe(201);
		const first = await call('POST', `${base}/search`, { locationId: LOC, pageLimit: 2 });
		expect(first.body.total).toBe(3);
		const next = await call('POST', `${base}/search`, {
			locationId: LOC,
			pageLimit: 2,
			searchAfter: first.body.records[1].searchAfter,
		});
		expect(next.body.records.map((r: Json) => r.properties.name)).toEqual(['Buddy']);
		const found = await call('POST', `${base}/search`, {
			locationId: LOC,
			pageLimit: 10,
			query: 'name:whisk',
		});
		expect(found.body.records).toHaveLength(1);
	});

	it('relates records of an association’s two objects only, once', async () => {
		const { body: list } = await call('GET', `/associations/?locationId=${LOC}&skip=0&limit=10`);
		const petOwner = list.associations.find((a: Json) => a.key === 'pet_owner');
		const { body: pets } = await call('POST', '/objects/custom_objects.pets/records/search', {
			locationId: LOC,
			pageLimit: 1,
		});
		const contact = [...fake.location(LOC).contacts.values()][0];
		const relation = {
			locationId: LOC,
			associationId: petOwner.id,
			firstRecordId: pets.records[0].id,
			secondRecordId: contact.id,
		};
		expect(
			(await call('POST', '/associations/relations', { ...relation, secondRecordId: 'nobody' }))
				.status,
		).toBe(400);
		expect((await call('POST', '/associations/relations', relation)).status).toBe(201);
		expect((await call('POST', '/associations/relations', relation)).status).toBe(400);
		const { body } = await call(
			'GET',
			`/associations/relations/${String(contact.id)}?locationId=${LOC}&skip=0&limit=10`,
		);
		// The demo's Buddy is hers already; Whiskers (the newest pet) now too.
		expect(body.total).toBe(2);
	});
});
