import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { apiRequest } from '../transport/request';
import { getMany, offsetLimitPager, totalNumber } from '../transport/paginate';
import { resolveLocationId } from '../shared/location';
import { currentParameter } from './currentParameter';

const everything = { returnAll: true, limit: 0 };

async function products(ctx: ILoadOptionsFunctions, locationId: string): Promise<IDataObject[]> {
	return await getMany(
		ctx,
		everything,
		offsetLimitPager(
			{ operation: 'products/list-invoices', qs: { locationId }, locationId },
			'products',
			100,
			(body) => {
				const [stats] = Array.isArray(body.total) ? (body.total as IDataObject[]) : [];
				return typeof stats?.total === 'number' ? stats.total : undefined;
			},
		),
	);
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** The latest 100 records of a payments list, newest first as HighLevel answers them. */
async function latest(
	ctx: ILoadOptionsFunctions,
	operation: OperationKey,
	altType: boolean,
): Promise<INodePropertyOptions[]> {
	const locationId = await resolveLocationId(ctx, 0);
	const qs: IDataObject = altType
		? { altId: locationId, altType: 'location', limit: 100, offset: 0 }
		: { altId: locationId, limit: 100, offset: 0 };
	const body = await apiRequest<IDataObject>(ctx, { operation, qs, locationId });
	const records = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	return records.map((r) => {
		const who = String(r.contactName ?? r.contactEmail ?? r.contactId ?? 'No contact');
		const when = typeof r.createdAt === 'string' ? r.createdAt.slice(0, 10) : '';
		return {
			name: `${who} – ${String(r.amount ?? '')} ${String(r.currency ?? '')} – ${when}`.replace(
				/\s+/g,
				' ',
			),
			value: String(r._id),
			description: r.status ? `Status: ${String(r.status)}` : undefined,
		};
	});
}

/** Dropdowns of the commerce resources: the catalogue's products and prices, the latest orders, transactions and subscriptions. */
export const commerceOptions = {
	async getProducts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		return (await products(this, locationId))
			.map((p) => ({
				name: String(p.name ?? p._id),
				value: String(p._id),
				description: p.productType ? `Type: ${String(p.productType)}` : undefined,
			}))
			.sort(byName);
	},
	async getOrders(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await latest(this, 'payments/list-orders', false);
	},
	/** The items of the order picked above, by the price they were bought at (what a fulfillment names). */
	async getOrderItems(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const orderId = currentParameter(this, 'orderId');
		if (!orderId) return [];
		const locationId = await resolveLocationId(this, 0);
		const order = await apiRequest<IDataObject>(this, {
			operation: 'payments/get-order-by-id',
			path: { orderId },
			qs: { altId: locationId },
			locationId,
		});
		const items = Array.isArray(order.items) ? (order.items as IDataObject[]) : [];
		return items
			.map((item) => ({ item, price: (item.price ?? {}) as IDataObject }))
			.filter(({ price }) => typeof price._id === 'string')
			.map(({ item, price }) => ({
				name: `${String(item.name ?? price.name ?? price._id)} (${String(item.qty ?? '?')} ordered)`,
				value: String(price._id),
				description: price.name ? `Price: ${String(price.name)}` : undefined,
			}));
	},
	async getTransactions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await latest(this, 'payments/list-transactions', true);
	},
	async getSubscriptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await latest(this, 'payments/list-subscriptions', true);
	},
	/** The location's objects, standard and custom, by their singular name; the value is the object's key. */
	async getObjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'objects/get-object-by-location-id',
			qs: { locationId },
			locationId,
		});
		const objects = Array.isArray(body.objects) ? (body.objects as IDataObject[]) : [];
		return objects
			.map((o) => ({
				name: String((o.labels as IDataObject | undefined)?.singular ?? o.key),
				value: String(o.key),
				description: o.standard ? 'Standard object' : 'Custom object',
			}))
			.sort(byName);
	},
	async getAssociationKeys(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'associations/find-associations',
			qs: { locationId, skip: 0, limit: 100 },
			locationId,
		});
		const list = Array.isArray(body.associations) ? (body.associations as IDataObject[]) : [];
		return list
			.map((a) => ({
				name: String(a.key),
				value: String(a.key),
				description: `${String(a.firstObjectLabel)} ↔ ${String(a.secondObjectLabel)}`,
			}))
			.sort(byName);
	},
	/** Every price of every product, named after its product, with its amount in the currency's main unit. */
	async getPrices(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const locationId = await resolveLocationId(this, 0);
		const options: INodePropertyOptions[] = [];
		for (const product of await products(this, locationId)) {
			const productId = String(product._id);
			const prices = await getMany(
				this,
				everything,
				offsetLimitPager(
					{
						operation: 'products/list-prices-for-product',
						path: { productId },
						qs: { locationId },
						locationId,
					},
					'prices',
					100,
					totalNumber,
				),
			);
			for (const price of prices) {
				const recurring = price.recurring as IDataObject | undefined;
				const every = recurring?.interval
					? ` every ${String(recurring.intervalCount ?? 1)} ${String(recurring.interval)}`
					: '';
				options.push({
					name: `${String(product.name)} › ${String(price.name ?? price._id)}`,
					value: String(price._id),
					description: `${String(price.amount)} ${String(price.currency ?? '')}${every}`.trim(),
				});
			}
		}
		return options.sort(byName);
	},
};
