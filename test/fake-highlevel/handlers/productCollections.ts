import { newId } from '../store';
import { HttpError, type Handler } from './framework';
import { notFound, recordIn, textQuery } from './listing';
import { altStore, offsetPage } from './money';

/** What HighLevel refuses beyond its DTOs' validation: a 400, as a 422 here means the request broke the spec. */
const refused = (message: string) => new HttpError(400, { statusCode: 400, message });

type Rec = Record<string, unknown>;

const COLLECTIONS = 'productCollections';
const bad = (message: string) => new HttpError(400, { statusCode: 400, message });

function checkSlug(collections: Map<string, Rec>, slug: unknown, self?: string): void {
	if (typeof slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
		throw refused('slug is not lower case letters and digits separated by hyphens');
	for (const c of collections.values())
		if (c._id !== self && c.slug === slug)
			throw bad(`A collection with the slug ${slug} already exists`);
}

/** Product collections (store categories) and price inventory (products.json): offset + limit lists. */
export const PRODUCT_COLLECTION_HANDLERS: Record<string, Handler> = {
	'products/create-product-collection': (call) => {
		const store = altStore(call, call.body.altId);
		const collections = store.collection(COLLECTIONS);
		checkSlug(collections, call.body.slug);
		const rest = { ...call.body };
		delete rest.altType;
		const collection: Rec = {
			_id: newId(),
			image: '',
			seo: {},
			...rest,
			altId: store.id,
			createdAt: store.now(),
		};
		collections.set(String(collection._id), collection);
		return { status: 201, body: { data: collection } };
	},
	'products/get-product-collection': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const name = textQuery(call, 'name')?.toLowerCase();
		const ids = textQuery(call, 'collectionIds')?.split(',');
		const hits = [...store.collection(COLLECTIONS).values()]
			.filter(
				(c) =>
					(!name || String(c.name).toLowerCase().includes(name)) &&
					(!ids || ids.includes(String(c._id))),
			)
			.sort((a, b) => String(a.name).localeCompare(String(b.name)));
		return { body: { data: offsetPage(hits, call), total: hits.length } };
	},
	'products/update-product-collection': (call) => {
		const store = altStore(call, call.body.altId);
		const collections = store.collection(COLLECTIONS);
		const collection = recordIn(collections, call.params.collectionId, 'Collection');
		if (call.body.slug !== undefined)
			checkSlug(collections, call.body.slug, String(collection._id));
		const rest = { ...call.body };
		delete rest.altType;
		Object.assign(collection, rest);
		return { body: { status: true, message: 'Collection updated' } };
	},
	'products/delete-product-collection': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const collections = store.collection(COLLECTIONS);
		if (!collections.has(call.params.collectionId)) throw notFound('Collection');
		collections.delete(call.params.collectionId);
		for (const p of store.collection('products').values()) {
			if (Array.isArray(p.collectionIds))
				p.collectionIds = (p.collectionIds as string[]).filter(
					(id) => id !== call.params.collectionId,
				);
		}
		return { body: { status: true, message: 'Collection deleted' } };
	},
	'products/get-list-inventory': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		const search = textQuery(call, 'search')?.toLowerCase();
		const products = store.collection('products');
		const hits = [...store.collection('prices').values()]
			.filter((p) => p.trackInventory)
			.map((p) => {
				const product = products.get(String(p.product));
				return {
					_id: p._id,
					name: p.name,
					availableQuantity: p.availableQuantity ?? 0,
					sku: p.sku ?? '',
					allowOutOfStockPurchases: Boolean(p.allowOutOfStockPurchases),
					product: p.product,
					productName: product?.name,
					updatedAt: p.updatedAt,
				};
			})
			.filter(
				(i) =>
					!search ||
					`${String(i.productName)} ${String(i.name)} ${i.sku}`.toLowerCase().includes(search),
			);
		return { body: { inventory: offsetPage(hits, call), total: { total: hits.length } } };
	},
	'products/update-inventory': (call) => {
		const store = altStore(call, call.body.altId);
		const prices = store.collection('prices');
		const items = call.body.items as Rec[];
		for (const item of items) {
			const price = prices.get(String(item.priceId));
			if (!price) throw bad(`Price ${String(item.priceId)} not found`);
			if (
				item.availableQuantity !== undefined &&
				!(Number.isInteger(item.availableQuantity) && Number(item.availableQuantity) >= 0)
			) {
				throw refused('availableQuantity is not a whole number of 0 or more');
			}
		}
		for (const item of items) {
			const price = prices.get(String(item.priceId)) as Rec;
			Object.assign(price, { trackInventory: true, updatedAt: store.now() });
			if (item.availableQuantity !== undefined) price.availableQuantity = item.availableQuantity;
			if (item.allowOutOfStockPurchases !== undefined)
				price.allowOutOfStockPurchases = item.allowOutOfStockPurchases;
		}
		return { status: 201, body: { status: true, message: 'Inventory updated' } };
	},
};
