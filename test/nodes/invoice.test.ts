import type { INodePropertyCollection } from 'n8n-workflow';
import { LOCATION_ID, loadOptions } from '../harness/run';
import { lineItemsParameter } from '../../nodes/HighLevel/resources/invoice/fields';
import { addProduct } from '../fake-highlevel/handlers/products';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;
const alt = { altId: LOCATION_ID, altType: 'location' };

function seedShop() {
	const { location } = state.seed;
	const grace = location.addContact({
		firstName: 'Grace',
		lastName: 'Hopper',
		email: 'grace@example.com',
		phone: '+14155550100',
	});
	const kit = addProduct(location, { name: 'Starter kit', productType: 'PHYSICAL' }, [
		{ name: 'Single', amount: 49.99 },
	]);
	return { grace, kit, product: kit.product, price: kit.prices[0] };
}

/** Parameters of an invoice for Grace: 3 consulting hours at 150 and 2 kits at 49.99. */
function createParameters(contactId: unknown, extra: Rec = {}): Rec {
	return {
		resource: 'invoice',
		operation: 'create',
		contactId,
		name: 'Kick-off',
		currency: 'usd',
		issueDate: '2026-02-01T10:00:00.000Z',
		liveMode: false,
		lineItems: { item: [{ name: 'Consulting hour', amount: 150, qty: 3 }] },
		...extra,
	};
}

async function makeInvoice(contactId: unknown, extra: Rec = {}): Promise<Rec> {
	const result = await run(createParameters(contactId, extra));
	expect(result.error).toBeUndefined();
	state.fake.requests.length = 0;
	return result.items[0].json as Rec;
}

describe('Invoice › Create', () => {
	it('bills the contact as HighLevel knows them, with typed line items, product and price, in main units', async () => {
		const { fake } = state;
		const { grace, product, price } = seedShop();
		const result = await run(
			createParameters(grace.id, {
				lineItems: {
					item: [
						{ name: 'Consulting hour', amount: 150, qty: 3, description: 'Senior' },
						{
							name: 'Starter kit',
							amount: 49.99,
							qty: 2,
							productId: product._id,
							priceId: price._id,
							taxInclusive: true,
						},
					],
				},
				additionalFields: {
					discountType: 'fixed',
					discountValue: 10.5,
					dueDate: '2026-02-15',
					title: 'INVOICE',
					invoiceNumber: '2001',
					businessName: 'Demo LLC',
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/contacts/${String(grace.id)}`],
			['POST', '/invoices/'],
		]);
		const [request] = requestsTo(fake, 'POST', /^\/invoices\/$/);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.body).toEqual({
			...alt,
			name: 'Kick-off',
			currency: 'USD',
			items: [
				{ name: 'Consulting hour', currency: 'USD', amount: 150, qty: 3, description: 'Senior' },
				{
					name: 'Starter kit',
					currency: 'USD',
					amount: 49.99,
					qty: 2,
					productId: product._id,
					priceId: price._id,
					taxInclusive: true,
				},
			],
			discount: { type: 'fixed', value: 10.5 },
			contactDetails: {
				id: grace.id,
				name: 'Grace Hopper',
				email: 'grace@example.com',
				phoneNo: '+14155550100',
			},
			issueDate: '2026-02-01',
			dueDate: '2026-02-15',
			sentTo: { email: ['grace@example.com'] },
			liveMode: false,
			title: 'INVOICE',
			invoiceNumber: '2001',
			businessDetails: { name: 'Demo LLC' },
		});
		// 450 + 99.98 − 10.50
		expect(result.items[0].json).toMatchObject({
			status: 'draft',
			total: 539.48,
			amountDue: 539.48,
			invoiceNumber: 2001,
		});
	});

	it('refuses, before any request, an amount with more decimals than the currency has, naming the line', async () => {
		const { grace } = seedShop();
		const result = await run(
			createParameters(grace.id, {
				lineItems: { item: [{ name: 'Hour', amount: 19.999, qty: 1 }] },
			}),
		);
		expect(result.error?.message).toMatch(
			/^Invoice › Create: Invalid 'Line Items › Unit Price \(line 1\)' in item 0: expected an amount in USD main units with at most 2 decimals/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('refuses an unknown currency, an invoice without lines, and a percentage above 100', async () => {
		const { grace } = seedShop();
		const cases: Array<[Rec, RegExp]> = [
			[
				{ currency: 'DOLLARS' },
				/Invalid 'Currency' in item 0: expected a three-letter ISO 4217 currency code/,
			],
			[{ lineItems: {} }, /Invalid 'Line Items' in item 0: expected at least one line item/],
			[
				{ additionalFields: { discountType: 'percentage', discountValue: 120 } },
				/Invalid 'Discount Value' in item 0: expected a percentage from 0 to 100/,
			],
			[
				{ currency: 'JPY', lineItems: { item: [{ name: 'Hour', amount: 1500.5, qty: 1 }] } },
				/expected an amount in JPY main units with at most 0 decimals/,
			],
		];
		for (const [extra, message] of cases) {
			const result = await run(createParameters(grace.id, extra));
			expect(result.error?.message).toMatch(message);
		}
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Invoice › Get, Get Many, Generate Invoice Number', () => {
	it('gets an invoice by ID with the sub-account in the query', async () => {
		const { grace } = seedShop();
		const invoice = await makeInvoice(grace.id);
		const result = await run({ resource: 'invoice', operation: 'get', invoiceId: invoice._id });
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/invoices/${String(invoice._id)}`, alt],
		]);
		expect(result.items[0].json).toEqual(invoice);
	});

	it('returns every invoice with Return All, 100 a page with offset and limit, and the filters on every page', async () => {
		const { fake } = state;
		const { grace } = seedShop();
		const invoices = state.seed.location.collection('invoices');
		for (let i = 0; i < 150; i++) {
			const id = `inv${String(i).padStart(4, '0')}`;
			invoices.set(id, {
				_id: id,
				status: i % 2 ? 'sent' : 'draft',
				issueDate: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
				contactDetails: { id: grace.id },
				createdAt: '2026-01-01',
				name: `Invoice ${i}`,
			});
		}
		const result = await run({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'sent', contactId: grace.id, startAt: '2026-01-01', sortOrder: 'ascend' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(75);
		const pages = requestsTo(fake, 'GET', /^\/invoices\/$/);
		expect(pages.map((r) => r.query)).toEqual([
			{
				...alt,
				status: 'sent',
				contactId: String(grace.id),
				startAt: '2026-01-01',
				sortField: 'issueDate',
				sortOrder: 'ascend',
				offset: '0',
				limit: '100',
			},
		]);
		const limited = await run({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: false,
			limit: 120,
		});
		expect(limited.items).toHaveLength(120);
		expect(
			requestsTo(fake, 'GET', /^\/invoices\/$/)
				.slice(1)
				.map((r) => [r.query.offset, r.query.limit]),
		).toEqual([
			['0', '100'],
			['100', '20'],
		]);
	});

	it('gives the next free invoice number', async () => {
		const { grace } = seedShop();
		await makeInvoice(grace.id, { additionalFields: { invoiceNumber: '1500' } });
		const result = await run({ resource: 'invoice', operation: 'generateNumber' });
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/invoices/generate-invoice-number', alt],
		]);
		expect(result.items[0].json).toEqual({ invoiceNumber: 1501 });
	});
});

describe('Invoice › Update, Send, Record Manual Payment, Void, Delete', () => {
	it('updates by sending back what HighLevel has with the changes, replacing the lines when given', async () => {
		const { fake } = state;
		const { grace } = seedShop();
		const invoice = await makeInvoice(grace.id, { additionalFields: { title: 'INVOICE' } });
		const result = await run({
			resource: 'invoice',
			operation: 'update',
			invoiceId: invoice._id,
			lineItems: { item: [{ name: 'Workshop day', amount: 1200, qty: 1 }] },
			updateFields: { name: 'Kick-off (revised)', dueDate: '2026-03-01', discountValue: 5 },
		});
		expect(result.error).toBeUndefined();
		const path = `/invoices/${String(invoice._id)}`;
		expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', path],
			['PUT', path],
		]);
		expect(fake.requests[1].body).toEqual({
			...alt,
			name: 'Kick-off (revised)',
			currency: 'USD',
			invoiceItems: [{ name: 'Workshop day', currency: 'USD', amount: 1200, qty: 1 }],
			issueDate: '2026-02-01',
			dueDate: '2026-03-01',
			businessDetails: {},
			contactDetails: {
				id: grace.id,
				name: 'Grace Hopper',
				email: 'grace@example.com',
				phoneNo: '+14155550100',
			},
			liveMode: false,
			title: 'INVOICE',
			discount: { type: 'percentage', value: 5 },
		});
		expect(result.items[0].json).toMatchObject({ name: 'Kick-off (revised)', total: 1140 });
	});

	it('sends from a user by the chosen channel, never resending a send whose answer was lost', async () => {
		const { fake, seed } = state;
		const { grace } = seedShop();
		const invoice = await makeInvoice(grace.id);
		fake.injectFault({ operationKey: 'invoices/send-invoice', fault: { kind: 'reset-after' } });
		const parameters = {
			resource: 'invoice',
			operation: 'send',
			invoiceId: invoice._id,
			userId: seed.ada.id,
			action: 'sms_and_email',
			options: { fromName: 'Billing' },
		};
		const lost = await run(parameters);
		expect(lost.error?.message).toMatch(/^Invoice › Send: /);
		expect(requestsTo(fake, 'POST', /\/send$/)).toHaveLength(1);
		const result = await run(parameters);
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /\/send$/)[1].body).toEqual({
			...alt,
			userId: seed.ada.id,
			action: 'sms_and_email',
			liveMode: true,
			sentFrom: { fromName: 'Billing' },
		});
		expect(result.items[0].json).toMatchObject({
			invoice: { status: 'sent' },
			smsData: { sent: true },
			emailData: { sent: true },
		});
	});

	it('records a partial cheque payment, then the rest in cash, and refuses to void what was paid', async () => {
		const { fake } = state;
		const { grace } = seedShop();
		const invoice = await makeInvoice(grace.id);
		const base = { resource: 'invoice', operation: 'recordPayment', invoiceId: invoice._id };
		const part = await run({
			...base,
			mode: 'cheque',
			chequeNumber: '129-912',
			options: { amount: 100.25, notes: 'Deposit' },
		});
		expect(part.error).toBeUndefined();
		expect(fake.requests[0].body).toEqual({
			...alt,
			mode: 'cheque',
			notes: 'Deposit',
			cheque: { number: '129-912' },
			amount: 100.25,
		});
		expect(part.items[0].json).toMatchObject({
			success: true,
			invoice: { status: 'partially_paid', amountPaid: 100.25, amountDue: 349.75 },
		});
		const rest = await run({ ...base, mode: 'cash' });
		expect(rest.items[0].json).toMatchObject({ invoice: { status: 'paid', amountDue: 0 } });
		const voided = await run({ resource: 'invoice', operation: 'void', invoiceId: invoice._id });
		expect(voided.error?.message).toMatch(
			/^Invoice › Void: An invoice with payments cannot be voided/,
		);
	});

	it('asks for the card’s last four digits only, never more, for a card payment', async () => {
		const { grace } = seedShop();
		const invoice = await makeInvoice(grace.id);
		const result = await run({
			resource: 'invoice',
			operation: 'recordPayment',
			invoiceId: invoice._id,
			mode: 'card',
			cardBrand: 'Visa',
			cardLast4: '4242424242424242',
		});
		expect(result.error?.message).toMatch(
			/Invalid 'Card Last 4 Digits' in item 0: expected exactly four digits/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('voids and deletes an unpaid invoice', async () => {
		const { fake, seed } = state;
		const { grace } = seedShop();
		const invoice = await makeInvoice(grace.id);
		const voided = await run({ resource: 'invoice', operation: 'void', invoiceId: invoice._id });
		expect(fake.requests[0]).toMatchObject({
			method: 'POST',
			path: `/invoices/${String(invoice._id)}/void`,
			body: alt,
		});
		expect(voided.items[0].json).toMatchObject({ status: 'void' });
		const deleted = await run({ resource: 'invoice', operation: 'delete', invoiceId: invoice._id });
		expect(fake.requests[1]).toMatchObject({
			method: 'DELETE',
			path: `/invoices/${String(invoice._id)}`,
			query: alt,
		});
		expect(deleted.items[0].json).toMatchObject({ _id: invoice._id });
		expect(seed.location.collection('invoices').size).toBe(0);
	});
});

describe('Invoice › Create and Send (Text2Pay) and the dropdowns', () => {
	it('creates and sends in one request from the chosen user', async () => {
		const { fake, seed } = state;
		const { grace } = seedShop();
		const result = await run({
			...createParameters(grace.id),
			operation: 'text2pay',
			userId: seed.alan.id,
			sendNow: true,
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/invoices\/text2pay$/);
		expect(request.body).toMatchObject({
			...alt,
			userId: seed.alan.id,
			action: 'send',
			items: [{ name: 'Consulting hour', amount: 150, qty: 3, currency: 'USD' }],
		});
		expect(result.items[0].json).toMatchObject({
			invoice: { status: 'sent' },
			invoiceUrl: expect.stringContaining('https://'),
		});
	});

	it('wires the line items’ Product and Price fields to those dropdowns', () => {
		const [group] = lineItemsParameter(true, '').options as INodePropertyCollection[];
		const loaders = Object.fromEntries(
			group.values.map((v) => [v.name, v.typeOptions?.loadOptionsMethod]),
		);
		expect(loaders).toMatchObject({ productId: 'getProducts', priceId: 'getPrices' });
	});

	it('lists products, and every price named after its product with its amount', async () => {
		const { product, price } = seedShop();
		const parameters = { resource: 'invoice', operation: 'create' };
		expect(
			await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getProducts' }),
		).toEqual([{ name: 'Starter kit', value: product._id, description: 'Type: PHYSICAL' }]);
		expect(
			await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getPrices' }),
		).toEqual([{ name: 'Starter kit › Single', value: price._id, description: '49.99 USD' }]);
	});
});

describe('Invoice Template', () => {
	const templateParameters = (extra: Rec = {}) => ({
		resource: 'invoiceTemplate',
		operation: 'create',
		name: 'Retainer',
		currency: 'EUR',
		lineItems: { item: [{ name: 'Support hours', amount: 95.5, qty: 10 }] },
		...extra,
	});

	it('creates a template with lines in its currency, and lists it', async () => {
		const { fake } = state;
		const result = await run(
			templateParameters({
				additionalFields: { termsNotes: 'Net 30', discountType: 'fixed', discountValue: 55 },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/invoices/template' });
		expect(fake.requests[0].body).toEqual({
			...alt,
			name: 'Retainer',
			currency: 'EUR',
			items: [{ name: 'Support hours', currency: 'EUR', amount: 95.5, qty: 10 }],
			discount: { type: 'fixed', value: 55 },
			termsNotes: 'Net 30',
			businessDetails: {},
		});
		expect(result.items[0].json).toMatchObject({ total: 900 });
		const listed = await run({ resource: 'invoiceTemplate', operation: 'getAll', returnAll: true });
		expect(fake.requests[1].query).toEqual({ ...alt, offset: '0', limit: '100' });
		expect(listed.items.map((i) => i.json._id)).toEqual([result.items[0].json._id]);
	});

	it('updates a template keeping what does not change, gets and deletes it', async () => {
		const { fake } = state;
		const made = (await run(templateParameters({ additionalFields: { title: 'RETAINER' } })))
			.items[0].json;
		fake.requests.length = 0;
		const updated = await run({
			resource: 'invoiceTemplate',
			operation: 'update',
			invoiceTemplateId: made._id,
			updateFields: { name: 'Retainer 2026' },
		});
		expect(updated.error).toBeUndefined();
		expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
		expect(fake.requests[1].body).toEqual({
			...alt,
			name: 'Retainer 2026',
			currency: 'EUR',
			items: [{ name: 'Support hours', currency: 'EUR', amount: 95.5, qty: 10 }],
			businessDetails: {},
			title: 'RETAINER',
			discount: { type: 'percentage', value: 0 },
		});
		const got = await run({
			resource: 'invoiceTemplate',
			operation: 'get',
			invoiceTemplateId: made._id,
		});
		expect(got.items[0].json).toMatchObject({ name: 'Retainer 2026' });
		const deleted = await run({
			resource: 'invoiceTemplate',
			operation: 'delete',
			invoiceTemplateId: made._id,
		});
		expect(fake.requests[3]).toMatchObject({
			method: 'DELETE',
			path: `/invoices/template/${String(made._id)}`,
			query: alt,
		});
		expect(deleted.items[0].json).toEqual({ success: true });
	});

	it('refuses an amount finer than the currency, before any request', async () => {
		const result = await run(
			templateParameters({
				lineItems: { item: [{ name: 'Support hours', amount: 95.555, qty: 1 }] },
			}),
		);
		expect(result.error?.message).toMatch(
			/^Invoice Template › Create: Invalid 'Line Items › Unit Price \(line 1\)' in item 0: expected an amount in EUR main units with at most 2 decimals/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Estimate', () => {
	const estimateParameters = (contactId: unknown, extra: Rec = {}) => ({
		resource: 'estimate',
		operation: 'create',
		contactId,
		name: 'Kitchen remodel',
		currency: 'USD',
		liveMode: true,
		lineItems: {
			item: [
				{ name: 'Cabinets', amount: 2400, qty: 1 },
				{ name: 'Labour hour', amount: 85, qty: 16 },
			],
		},
		...extra,
	});

	it('creates an estimate for a contact, one-off, with its issue and expiry days', async () => {
		const { fake } = state;
		const { grace } = seedShop();
		const result = await run(
			estimateParameters(grace.id, {
				additionalFields: {
					issueDate: '2026-03-01',
					expiryDate: '2026-03-31',
					discountType: 'percentage',
					discountValue: 5,
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/contacts/${String(grace.id)}`],
			['POST', '/invoices/estimate'],
		]);
		expect(fake.requests[1].body).toEqual({
			...alt,
			name: 'Kitchen remodel',
			currency: 'USD',
			liveMode: true,
			items: [
				{ name: 'Cabinets', currency: 'USD', amount: 2400, qty: 1 },
				{ name: 'Labour hour', currency: 'USD', amount: 85, qty: 16 },
			],
			discount: { type: 'percentage', value: 5 },
			contactDetails: {
				id: grace.id,
				name: 'Grace Hopper',
				email: 'grace@example.com',
				phoneNo: '+14155550100',
			},
			sentTo: { email: ['grace@example.com'] },
			frequencySettings: { enabled: false },
			businessDetails: {},
			issueDate: '2026-03-01',
			expiryDate: '2026-03-31',
		});
		// (2400 + 1360) less 5 %
		expect(result.items[0].json).toMatchObject({ total: 3572, estimateStatus: 'draft' });
	});

	it('sends an estimate, turns it into an invoice, and lists it as invoiced', async () => {
		const { fake, seed } = state;
		const { grace } = seedShop();
		const made = (await run(estimateParameters(grace.id))).items[0].json;
		fake.requests.length = 0;
		const sent = await run({
			resource: 'estimate',
			operation: 'send',
			estimateId: made._id,
			userId: seed.ada.id,
			action: 'email',
		});
		expect(fake.requests[0]).toMatchObject({
			method: 'POST',
			path: `/invoices/estimate/${String(made._id)}/send`,
			body: { ...alt, userId: seed.ada.id, action: 'email', liveMode: true },
		});
		expect(sent.items[0].json).toMatchObject({ estimateStatus: 'sent' });
		const invoiced = await run({
			resource: 'estimate',
			operation: 'createInvoice',
			estimateId: made._id,
		});
		expect(fake.requests[1]).toMatchObject({
			path: `/invoices/estimate/${String(made._id)}/invoice`,
			body: { ...alt, markAsInvoiced: true },
		});
		expect(invoiced.items[0].json).toMatchObject({
			estimate: { estimateStatus: 'invoiced' },
			invoice: { status: 'draft', total: 3760 },
		});
		const listed = await run({
			resource: 'estimate',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'invoiced', contactId: grace.id },
		});
		expect(fake.requests[2].query).toEqual({
			...alt,
			contactId: String(grace.id),
			status: 'invoiced',
			offset: '0',
			limit: '100',
		});
		expect(listed.items.map((i) => i.json._id)).toEqual([made._id]);
		const again = await run({
			resource: 'estimate',
			operation: 'createInvoice',
			estimateId: made._id,
		});
		expect(again.error?.message).toMatch(
			/^Estimate › Create Invoice From Estimate: The estimate has already been invoiced/,
		);
	});

	it('replaces an estimate on update and deletes it', async () => {
		const { fake, seed } = state;
		const { grace } = seedShop();
		const made = (await run(estimateParameters(grace.id))).items[0].json;
		fake.requests.length = 0;
		const updated = await run({
			...estimateParameters(grace.id, { name: 'Kitchen remodel v2' }),
			operation: 'update',
			estimateId: made._id,
		});
		expect(fake.requests[1]).toMatchObject({
			method: 'PUT',
			path: `/invoices/estimate/${String(made._id)}`,
			body: { name: 'Kitchen remodel v2' },
		});
		expect(updated.items[0].json).toMatchObject({ name: 'Kitchen remodel v2' });
		const deleted = await run({ resource: 'estimate', operation: 'delete', estimateId: made._id });
		expect(fake.requests[2]).toMatchObject({ method: 'DELETE', body: alt });
		expect(deleted.items[0].json).toMatchObject({ _id: made._id });
		expect(seed.location.collection('estimates').size).toBe(0);
	});

	it('refuses an expiry before the issue day, before any request', async () => {
		const { grace } = seedShop();
		const result = await run(
			estimateParameters(grace.id, {
				additionalFields: { issueDate: '2026-03-01', expiryDate: '2026-02-01' },
			}),
		);
		expect(result.error?.message).toMatch(
			/^Estimate › Create: Invalid 'Expiry Date' in item 0: expected a day on or after the Issue Date/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Invoice Schedule', () => {
	const scheduleParameters = (contactId: unknown, extra: Rec = {}) => ({
		resource: 'invoiceSchedule',
		operation: 'create',
		contactId,
		name: 'Retainer',
		currency: 'GBP',
		liveMode: false,
		intervalType: 'monthly',
		interval: 1,
		startDate: '2026-04-01',
		lineItems: { item: [{ name: 'Retainer', amount: 1000, qty: 1 }] },
		...extra,
	});

	it('creates a monthly schedule for 12 invoices, starts it and cancels it', async () => {
		const { fake } = state;
		const { grace } = seedShop();
		const made = await run(
			scheduleParameters(grace.id, { additionalFields: { count: 12, title: 'RETAINER' } }),
		);
		expect(made.error).toBeUndefined();
		expect(fake.requests[1]).toMatchObject({ method: 'POST', path: '/invoices/schedule' });
		expect(fake.requests[1].body).toEqual({
			...alt,
			name: 'Retainer',
			currency: 'GBP',
			liveMode: false,
			items: [{ name: 'Retainer', currency: 'GBP', amount: 1000, qty: 1 }],
			discount: { type: 'percentage', value: 0 },
			contactDetails: {
				id: grace.id,
				name: 'Grace Hopper',
				email: 'grace@example.com',
				phoneNo: '+14155550100',
			},
			schedule: {
				rrule: { intervalType: 'monthly', interval: 1, startDate: '2026-04-01', count: 12 },
			},
			businessDetails: {},
			title: 'RETAINER',
		});
		const id = made.items[0].json._id;
		fake.requests.length = 0;
		const started = await run({
			resource: 'invoiceSchedule',
			operation: 'schedule',
			invoiceScheduleId: id,
			liveMode: false,
		});
		expect(fake.requests[0]).toMatchObject({
			method: 'POST',
			path: `/invoices/schedule/${String(id)}/schedule`,
			body: { ...alt, liveMode: false },
		});
		expect(started.items[0].json).toMatchObject({ status: 'active' });
		const cancelled = await run({
			resource: 'invoiceSchedule',
			operation: 'cancel',
			invoiceScheduleId: id,
		});
		expect(fake.requests[1]).toMatchObject({
			path: `/invoices/schedule/${String(id)}/cancel`,
			body: alt,
		});
		expect(cancelled.items[0].json).toMatchObject({ status: 'cancelled' });
	});

	it('gets, lists, replaces and deletes a schedule', async () => {
		const { fake } = state;
		const { grace } = seedShop();
		const id = (await run(scheduleParameters(grace.id))).items[0].json._id;
		fake.requests.length = 0;
		const got = await run({ resource: 'invoiceSchedule', operation: 'get', invoiceScheduleId: id });
		expect(fake.requests[0]).toMatchObject({
			method: 'GET',
			path: `/invoices/schedule/${String(id)}`,
			query: alt,
		});
		expect(got.items[0].json).toMatchObject({ name: 'Retainer', total: 1000 });
		const listed = await run({
			resource: 'invoiceSchedule',
			operation: 'getAll',
			returnAll: true,
			filters: { search: 'retain' },
		});
		expect(fake.requests[1].query).toEqual({ ...alt, search: 'retain', offset: '0', limit: '100' });
		expect(listed.items).toHaveLength(1);
		const updated = await run({
			...scheduleParameters(grace.id, { interval: 3 }),
			operation: 'update',
			invoiceScheduleId: id,
		});
		expect(fake.requests[3]).toMatchObject({
			method: 'PUT',
			body: {
				schedule: { rrule: { intervalType: 'monthly', interval: 3, startDate: '2026-04-01' } },
			},
		});
		expect(updated.error).toBeUndefined();
		const deleted = await run({
			resource: 'invoiceSchedule',
			operation: 'delete',
			invoiceScheduleId: id,
		});
		expect(fake.requests[4]).toMatchObject({ method: 'DELETE', query: alt });
		expect(deleted.items[0].json).toEqual({ success: true });
	});

	it('refuses an end before the start, before any request', async () => {
		const { grace } = seedShop();
		const result = await run(
			scheduleParameters(grace.id, { additionalFields: { endDate: '2026-03-01' } }),
		);
		expect(result.error?.message).toMatch(
			/^Invoice Schedule › Create: Invalid 'End Date' in item 0: expected a day on or after the Start Date/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});
