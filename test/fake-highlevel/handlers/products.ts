import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, notFound, textQuery, unprocessable } from './listing';

type Rec = Record<string, unknown>;

/** `productId` may be the product's ID or its slug (products.json). */
function productOf(store: LocationStore, idOrSlug: string): Rec {
	const products = store.collection('products');
	const product = products.get(idOrSlug) ?? [...products.values()].find((p) => p.slug === idOrSlug);
	if (!product) throw notFound('Product');
	return product;
}

function storeNamed(call: Call, locationId: unknown): LocationStore {
	return call.location(String(locationId));
}

function pageOf<T>(list: T[], call: Call): T[] {
	const offset = intQuery(call, 'offset', 0);
	// products.json gives `limit` a default of 0; HighLevel then answers with its default page.
	const limit = intQuery(call, 'limit', 0) || 20;
	return list.slice(offset, offset + limit);
}

function listProducts(call: Call): Rec {
	const store = storeNamed(call, call.query.locationId);
	const search = textQuery(call, 'search')?.toLowerCase();
	const collections = textQuery(call, 'collectionIds')?.split(',').filter(Boolean);
	const inStore = textQuery(call, 'availableInStore');
	const order = textQuery(call, 'sortOrder') ?? 'desc';
	if (inStore !== undefined && inStore !== 'true' && inStore !== 'false')
		throw unprocessable('availableInStore must be a boolean value');
	const hits = [...store.collection('products').values()]
		.filter((p) => !search || String(p.name).toLowerCase().includes(search))
		.filter(
			(p) =>
				!collections || ((p.collectionIds as string[]) ?? []).some((c) => collections.includes(c)),
		)
		.filter((p) => inStore === undefined || Boolean(p.availableInStore) === (inStore === 'true'))
		.sort((a, b) => {
			const byDate =
				String(a.createdAt).localeCompare(String(b.createdAt)) ||
				String(a._id).localeCompare(String(b._id));
			return order === 'asc' ? byDate : -byDate;
		});
	return { products: pageOf(hits, call), total: [{ total: hits.length }] };
}

/** Products and their prices (products.json): lists page with offset + limit. */
export const PRODUCT_HANDLERS: Record<string, Handler> = {
	'products/create-product': (call) => {
		const store = storeNamed(call, call.body.locationId);
		const products = store.collection('products');
		if (call.body.slug && [...products.values()].some((p) => p.slug === call.body.slug)) {
			throw new HttpError(400, {
				statusCode: 400,
				message: `A product with the slug ${String(call.body.slug)} already exists`,
			});
		}
		const now = store.now();
		const product = {
			_id: newId(),
			availableInStore: false,
			collectionIds: [],
			...call.body,
			locationId: store.id,
			createdAt: now,
			updatedAt: now,
		};
		products.set(product._id, product);
		return { status: 201, body: product };
	},
	'products/get-product-by-id': (call) => ({
		body: productOf(storeNamed(call, call.query.locationId), call.params.productId),
	}),
	'products/list-invoices': (call) => ({ body: listProducts(call) }),
	'products/update-product-by-id': (call) => {
		const store = storeNamed(call, call.body.locationId);
		const product = productOf(store, call.params.productId);
		Object.assign(product, call.body, { locationId: store.id, updatedAt: store.now() });
		return { body: product };
	},
	'products/delete-product-by-id': (call) => {
		const store = storeNamed(call, call.query.locationId);
		const product = productOf(store, call.params.productId);
		store.collection('products').delete(String(product._id));
		for (const [id, price] of store.collection('prices'))
			if (price.product === product._id) store.collection('prices').delete(id);
		return { body: { status: true } };
	},
	'products/create-price-for-product': (call) => {
		const store = storeNamed(call, call.body.locationId);
		const product = productOf(store, call.params.productId);
		if (call.body.type === 'recurring' && !call.body.recurring)
			throw unprocessable('recurring is required when type is recurring');
		const now = store.now();
		const price = {
			_id: newId(),
			...call.body,
			product: product._id,
			locationId: store.id,
			createdAt: now,
			updatedAt: now,
		};
		store.collection('prices').set(price._id, price);
		return { status: 201, body: price };
	},
	'products/list-prices-for-product': (call) => {
		const store = storeNamed(call, call.query.locationId);
		const product = productOf(store, call.params.productId);
		const ids = textQuery(call, 'ids')?.split(',').filter(Boolean);
		const hits = [...store.collection('prices').values()].filter(
			(p) => p.product === product._id && (!ids || ids.includes(String(p._id))),
		);
		return { body: { prices: pageOf(hits, call), total: hits.length } };
	},
};

/** A product with its prices, as the store's seed data and tests need them (`amount` in the currency's main unit). */
export function addProduct(
	store: LocationStore,
	product: Rec,
	prices: Rec[],
): { product: Rec; prices: Rec[] } {
	const now = store.now();
	const made: Rec = {
		_id: newId(),
		availableInStore: false,
		collectionIds: [],
		productType: 'DIGITAL',
		...product,
		locationId: store.id,
		createdAt: now,
		updatedAt: now,
	};
	store.collection('products').set(String(made._id), made);
	const priced = prices.map((p) => {
		const price: Rec = {
			_id: newId(),
			type: 'one_time',
			currency: 'USD',
			...p,
			product: made._id,
			locationId: store.id,
			createdAt: now,
			updatedAt: now,
		};
		store.collection('prices').set(String(price._id), price);
		return price;
	});
	return { product: made, prices: priced };
}
