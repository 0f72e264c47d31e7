import { LOCATION_ID } from '../harness/run';
import { addProduct } from '../fake-highlevel/handlers/products';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();
const alt = { altId: LOCATION_ID, altType: 'location' };

describe('Product Collection', () => {
	it('creates a collection with a slug made from its name, lists, renames and deletes it', async () => {
		const { fake, seed } = state;
		const made = await run({
			resource: 'productCollection',
			operation: 'create',
			name: 'Starter Kits',
			additionalFields: { seoTitle: 'Kits to start with' },
		});
		expect(made.error).toBeUndefined();
		expect(fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/products/collections',
			body: {
				...alt,
				name: 'Starter Kits',
				slug: 'starter-kits',
				seo: { title: 'Kits to start with' },
			},
		});
		const id = made.items[0].json._id;
		const listed = await run({
			resource: 'productCollection',
			operation: 'getAll',
			returnAll: true,
			filters: { name: 'kits' },
		});
		expect(fake.requests[1].query).toEqual({ ...alt, name: 'kits', offset: '0', limit: '100' });
		expect(listed.items.map((i) => i.json._id)).toEqual([id]);
		const updated = await run({
			resource: 'productCollection',
			operation: 'update',
			productCollectionId: id,
			updateFields: { name: 'Kits', slug: 'Kits 2026' },
		});
		expect(fake.requests[2]).toMatchObject({
			method: 'PUT',
			path: `/products/collections/${String(id)}`,
			body: { ...alt, name: 'Kits', slug: 'kits-2026' },
		});
		expect(updated.items[0].json).toEqual({ id, name: 'Kits', slug: 'kits-2026', updated: true });
		const deleted = await run({
			resource: 'productCollection',
			operation: 'delete',
			productCollectionId: id,
		});
		expect(fake.requests[3]).toMatchObject({ method: 'DELETE', query: alt });
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
		expect(seed.location.collection('productCollections').size).toBe(0);
	});

	it('refuses an image that is not a web address, before any request', async () => {
		const result = await run({
			resource: 'productCollection',
			operation: 'create',
			name: 'Kits',
			additionalFields: { image: 'kits.png' },
		});
		expect(result.error?.message).toMatch(
			/^Product Collection › Create: Invalid 'Image URL' in item 0: expected a web address/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Inventory', () => {
	it('sets the stock of a price and lists the inventory', async () => {
		const { fake } = state;
		const { prices } = addProduct(
			state.seed.location,
			{ name: 'Starter kit', productType: 'PHYSICAL' },
			[{ name: 'Single', amount: 49.99, sku: 'KIT-1' }],
		);
		const updated = await run({
			resource: 'inventory',
			operation: 'update',
			priceId: prices[0]._id,
			availableQuantity: 12,
			allowOutOfStockPurchases: true,
		});
		expect(fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/products/inventory',
			body: {
				...alt,
				items: [{ priceId: prices[0]._id, availableQuantity: 12, allowOutOfStockPurchases: true }],
			},
		});
		expect(updated.items[0].json).toMatchObject({ updated: true });
		const listed = await run({
			resource: 'inventory',
			operation: 'getAll',
			returnAll: true,
			filters: { search: 'kit' },
		});
		expect(fake.requests[1].query).toEqual({ ...alt, search: 'kit', offset: '0', limit: '100' });
		expect(listed.items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				_id: prices[0]._id,
				availableQuantity: 12,
				sku: 'KIT-1',
				productName: 'Starter kit',
			}),
		]);
	});

	it('refuses a fractional quantity, before any request', async () => {
		const result = await run({
			resource: 'inventory',
			operation: 'update',
			priceId: 'somePrice',
			availableQuantity: 1.5,
		});
		expect(result.error?.message).toMatch(
			/^Inventory › Update: Invalid 'Available Quantity' in item 0: expected a whole number of 0 or more/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});
