import { LOCATION_ID } from '../harness/run';
import { newId } from '../fake-highlevel/store';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;

/** Products straight into the fake's store; `i` runs oldest to newest. */
function seedProducts(n: number, make: (i: number) => Rec = () => ({})): Rec[] {
	const products = state.seed.location.collection('products');
	const made: Rec[] = [];
	for (let i = 0; i < n; i++) {
		const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
		const product = {
			_id: newId(),
			name: `Product ${i}`,
			productType: 'DIGITAL',
			locationId: LOCATION_ID,
			createdAt: at,
			updatedAt: at,
			...make(i),
		};
		products.set(product._id, product);
		made.push(product);
	}
	return made;
}

function seedPrices(productId: string, n: number): Rec[] {
	const prices = state.seed.location.collection('prices');
	const made: Rec[] = [];
	for (let i = 0; i < n; i++) {
		const price = {
			_id: newId(),
			product: productId,
			name: `Price ${i}`,
			type: 'one_time',
			currency: 'USD',
			amount: i,
			locationId: LOCATION_ID,
		};
		prices.set(price._id, price);
		made.push(price);
	}
	return made;
}

const ids = (list: Array<{ json: Rec } | Rec>) =>
	list.map((x) => ('json' in x ? (x.json as Rec)._id : x._id));

describe('Product › Create, Get, Update, Delete', () => {
	it('creates a product in the location and outputs it', async () => {
		const { fake, seed } = state;
		const result = await run({
			resource: 'product',
			operation: 'create',
			name: 'Anvil',
			productType: 'PHYSICAL',
			additionalFields: {
				description: 'Heavy',
				availableInStore: true,
				collectionIds: 'col1, col2',
				slug: 'anvil',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/products\/$/);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.body).toEqual({
			name: 'Anvil',
			productType: 'PHYSICAL',
			description: 'Heavy',
			availableInStore: true,
			collectionIds: ['col1', 'col2'],
			slug: 'anvil',
			locationId: LOCATION_ID,
		});
		expect(result.items).toHaveLength(1);
		const product = result.items[0].json;
		expect(product).toMatchObject({
			_id: expect.any(String),
			name: 'Anvil',
			productType: 'PHYSICAL',
			locationId: LOCATION_ID,
		});
		expect(seed.location.collection('products').get(product._id as string)).toMatchObject({
			slug: 'anvil',
		});
	});

	it('gets a product with the location in the query', async () => {
		const { fake } = state;
		const [product] = seedProducts(1);
		const result = await run({ resource: 'product', operation: 'get', productId: product._id });
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/products/${String(product._id)}`, { locationId: LOCATION_ID }],
		]);
		expect(result.items.map((i) => i.json)).toEqual([product]);
	});

	it('fills the name and type HighLevel requires on update from the product itself', async () => {
		const { fake, seed } = state;
		const [product] = seedProducts(1, () => ({ name: 'Anvil', productType: 'PHYSICAL' }));
		const path = `/products/${String(product._id)}`;
		const result = await run({
			resource: 'product',
			operation: 'update',
			productId: product._id,
			updateFields: { description: 'Now lighter' },
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', path],
			['PUT', path],
		]);
		expect(fake.requests[1].body).toEqual({
			name: 'Anvil',
			productType: 'PHYSICAL',
			description: 'Now lighter',
			locationId: LOCATION_ID,
		});
		expect(result.items[0].json).toMatchObject({ _id: product._id, description: 'Now lighter' });
		expect(seed.location.collection('products').get(product._id as string)).toMatchObject({
			description: 'Now lighter',
		});
	});

	it('updates with a single request when the item gives name and type', async () => {
		const { fake } = state;
		const [product] = seedProducts(1);
		const result = await run({
			resource: 'product',
			operation: 'update',
			productId: product._id,
			updateFields: { name: 'Renamed', productType: 'SERVICE' },
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => r.method)).toEqual(['PUT']);
		expect(fake.requests[0].body).toEqual({
			name: 'Renamed',
			productType: 'SERVICE',
			locationId: LOCATION_ID,
		});
		expect(result.items[0].json).toMatchObject({ name: 'Renamed', productType: 'SERVICE' });
	});

	it('deletes a product', async () => {
		const { fake, seed } = state;
		const [product] = seedProducts(1);
		const result = await run({ resource: 'product', operation: 'delete', productId: product._id });
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['DELETE', `/products/${String(product._id)}`, { locationId: LOCATION_ID }],
		]);
		expect(result.items.map((i) => i.json)).toEqual([{ id: product._id, deleted: true }]);
		expect(seed.location.collection('products').size).toBe(0);
	});

	it('fails the item with HighLevel’s message for an unknown product', async () => {
		const result = await run({ resource: 'product', operation: 'get', productId: 'noSuchProduct' });
		expect(result.error?.message).toMatch(/Product › Get: Product not found/);
	});
});

describe('Product › Get Many (offset + limit, total as [{ total }])', () => {
	it('returns every matching product, 100 per page, with the filters on every page', async () => {
		const { fake } = state;
		const made = seedProducts(300, (i) => ({
			name: i % 6 === 5 ? `Gadget ${i}` : `Widget ${i}`,
			collectionIds: i % 2 === 0 ? ['tools'] : ['toys'],
			availableInStore: true,
		}));
		const expected = made
			.filter(
				(p) =>
					String(p.name).startsWith('Widget') && (p.collectionIds as string[]).includes('tools'),
			)
			.reverse();
		expect(expected).toHaveLength(150);
		const result = await run({
			resource: 'product',
			operation: 'getAll',
			returnAll: true,
			filters: {
				search: 'widget',
				collectionIds: 'tools',
				availableInStore: true,
				sortOrder: 'desc',
			},
		});
		expect(result.error).toBeUndefined();
		expect(ids(result.items)).toEqual(ids(expected));
		const pages = requestsTo(fake, 'GET', /^\/products\/$/);
		const filters = {
			locationId: LOCATION_ID,
			search: 'widget',
			collectionIds: 'tools',
			availableInStore: 'true',
			sortOrder: 'desc',
			limit: '100',
		};
		expect(pages.map((r) => r.query)).toEqual([
			{ ...filters, offset: '0' },
			{ ...filters, offset: '100' },
		]);
	});

	it('stops at the total HighLevel gives, so a full last page costs no extra request', async () => {
		const { fake } = state;
		const made = seedProducts(200);
		const result = await run({
			resource: 'product',
			operation: 'getAll',
			returnAll: true,
			filters: { sortOrder: 'asc' },
		});
		expect(ids(result.items)).toEqual(ids(made));
		expect(requestsTo(fake, 'GET', /^\/products\/$/).map((r) => r.query.offset)).toEqual([
			'0',
			'100',
		]);
	});

	it('stops at the limit with one request of that size', async () => {
		const { fake } = state;
		const made = seedProducts(80);
		const result = await run({
			resource: 'product',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
		});
		expect(ids(result.items)).toEqual(ids(made.slice(-30).reverse()));
		expect(requestsTo(fake, 'GET', /^\/products\/$/).map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, offset: '0', limit: '30' },
		]);
	});
});

describe('Product › prices', () => {
	it('creates a one-time and a recurring price', async () => {
		const { fake, seed } = state;
		const [product] = seedProducts(1);
		const productId = product._id as string;
		const once = await run({
			resource: 'product',
			operation: 'createPrice',
			productId,
			name: 'Single',
			currency: 'eur',
			amount: 19.99,
			additionalFields: { compareAtPrice: 25, sku: 'ANV-1' },
		});
		expect(once.error).toBeUndefined();
		const monthly = await run({
			resource: 'product',
			operation: 'createPrice',
			productId,
			name: 'Quarterly',
			priceType: 'recurring',
			interval: 'month',
			intervalCount: 3,
			amount: 50,
			additionalFields: { trialPeriod: 7 },
		});
		expect(monthly.error).toBeUndefined();
		const posts = requestsTo(fake, 'POST', /^\/products\/[^/]+\/price$/);
		expect(posts.map((r) => r.path)).toEqual([
			`/products/${productId}/price`,
			`/products/${productId}/price`,
		]);
		expect(posts[0].body).toEqual({
			name: 'Single',
			type: 'one_time',
			currency: 'EUR',
			amount: 19.99,
			locationId: LOCATION_ID,
			compareAtPrice: 25,
			sku: 'ANV-1',
		});
		expect(posts[1].body).toEqual({
			name: 'Quarterly',
			type: 'recurring',
			currency: 'USD',
			amount: 50,
			locationId: LOCATION_ID,
			recurring: { interval: 'month', intervalCount: 3 },
			trialPeriod: 7,
		});
		expect(once.items[0].json).toMatchObject({
			_id: expect.any(String),
			product: productId,
			name: 'Single',
			amount: 19.99,
		});
		expect(seed.location.collection('prices').size).toBe(2);
	});

	it('lists all prices of a product in pages of 100 and stops at the total', async () => {
		const { fake } = state;
		const [product, other] = seedProducts(2);
		const made = seedPrices(product._id as string, 200);
		seedPrices(other._id as string, 5);
		const result = await run({
			resource: 'product',
			operation: 'getAllPrices',
			productId: product._id,
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(ids(result.items)).toEqual(ids(made));
		const pages = requestsTo(fake, 'GET', /\/price$/);
		expect(pages.map((r) => [r.path, r.query])).toEqual([
			[
				`/products/${String(product._id)}/price`,
				{ locationId: LOCATION_ID, offset: '0', limit: '100' },
			],
			[
				`/products/${String(product._id)}/price`,
				{ locationId: LOCATION_ID, offset: '100', limit: '100' },
			],
		]);
	});

	it('filters prices by ID and stops at the limit', async () => {
		const { fake } = state;
		const [product] = seedProducts(1);
		const made = seedPrices(product._id as string, 10);
		const wanted = [made[2], made[5], made[7]];
		const result = await run({
			resource: 'product',
			operation: 'getAllPrices',
			productId: product._id,
			returnAll: false,
			limit: 2,
			filters: { ids: ids(wanted).join(', ') },
		});
		expect(ids(result.items)).toEqual(ids(wanted.slice(0, 2)));
		expect(fake.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, ids: ids(wanted).join(','), offset: '0', limit: '2' },
		]);
	});
});

describe('Product › reliability and input checks', () => {
	it('does not resend a product or price create that met a server error', async () => {
		const { fake, seed } = state;
		fake.injectFault({
			method: 'POST',
			path: '/products/',
			fault: { kind: 'status', status: 500 },
		});
		const product = await run({ resource: 'product', operation: 'create', name: 'Once' });
		expect(product.error?.message).toMatch(/Product › Create: Internal Server Error/);
		expect(requestsTo(fake, 'POST', /^\/products\/$/)).toHaveLength(1);
		expect(seed.location.collection('products').size).toBe(0);

		const [existing] = seedProducts(1);
		const pricePath = `/products/${String(existing._id)}/price`;
		fake.injectFault({ method: 'POST', path: pricePath, fault: { kind: 'status', status: 503 } });
		const price = await run({
			resource: 'product',
			operation: 'createPrice',
			productId: existing._id,
			name: 'Once',
			amount: 1,
		});
		expect(price.error?.message).toMatch(/Product › Create Price: Service Unavailable/);
		expect(requestsTo(fake, 'POST', /\/price$/)).toHaveLength(1);
		expect(seed.location.collection('prices').size).toBe(0);
	});

	it('retries an update and a delete after a 503', async () => {
		const { fake, seed } = state;
		const [product] = seedProducts(1);
		const path = `/products/${String(product._id)}`;
		fake.injectFault({ method: 'PUT', path, fault: { kind: 'status', status: 503 } });
		const updated = await run({
			resource: 'product',
			operation: 'update',
			productId: product._id,
			updateFields: { name: 'Retried', productType: 'SERVICE' },
		});
		expect(updated.error).toBeUndefined();
		expect(requestsTo(fake, 'PUT', /^\/products\//).map((r) => r.status)).toEqual([503, 200]);
		expect(updated.items[0].json).toMatchObject({ name: 'Retried' });

		fake.injectFault({ method: 'DELETE', path, fault: { kind: 'status', status: 503 } });
		const deleted = await run({ resource: 'product', operation: 'delete', productId: product._id });
		expect(deleted.error).toBeUndefined();
		expect(requestsTo(fake, 'DELETE', /^\/products\//).map((r) => r.status)).toEqual([503, 200]);
		expect(seed.location.collection('products').size).toBe(0);
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		['an empty name', { operation: 'create', name: '={{ "" }}' }, /Invalid 'Name' in item 0/],
		[
			'an unknown product type',
			{ operation: 'create', name: 'X', productType: '={{ "FOOD" }}' },
			/Invalid 'Product Type' in item 0: expected one of DIGITAL/,
		],
		[
			'an update with nothing to change',
			{ operation: 'update', productId: 'p1', updateFields: {} },
			/Invalid 'Update Fields' in item 0/,
		],
		[
			'an update that empties the name',
			{ operation: 'update', productId: 'p1', updateFields: { name: '' } },
			/Invalid 'Name' in item 0: expected a new name/,
		],
		[
			'a missing product ID',
			{ operation: 'get', productId: '={{ $json.none }}' },
			/Invalid 'Product ID' in item 0/,
		],
		[
			'a currency that is not a code',
			{ operation: 'createPrice', productId: 'p1', name: 'X', currency: 'dollars' },
			/Invalid 'Currency' in item 0/,
		],
		[
			'a negative amount',
			{ operation: 'createPrice', productId: 'p1', name: 'X', amount: -1 },
			/Invalid 'Amount' in item 0: expected a number of 0 or more/,
		],
		[
			'an interval count of 0',
			{
				operation: 'createPrice',
				productId: 'p1',
				name: 'X',
				priceType: 'recurring',
				intervalCount: 0,
			},
			/Invalid 'Interval Count' in item 0/,
		],
		[
			'a collection ID with a slash',
			{ operation: 'getAll', filters: { collectionIds: 'a/b' } },
			/Invalid 'Collection IDs' in item 0/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const { fake } = state;
		const result = await run({ resource: 'product', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(fake.requests).toHaveLength(0);
	});
});
