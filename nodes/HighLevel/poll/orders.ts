import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { getMany, offsetLimitPager } from '../transport/paginate';
import { DAY_MS, latestOf, millisOf, type EventSource } from './source';

/** The spec names no largest `limit`; 100 is HighLevel's usual. */
const PAGE_SIZE = 100;
/** How far back Fetch Test Event and the first activation look for the latest order. */
const NEWEST_WINDOW_DAYS = 31;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const createdAt = (record: IDataObject) => millisOf(record.createdAt);

async function ordersBetween(
	ctx: IPollFunctions,
	locationId: string,
	from: number,
): Promise<IDataObject[]> {
	const qs: IDataObject = {
		altId: locationId,
		locationId,
		startAt: day(from),
		endAt: day(Date.now() + DAY_MS),
	};
	const total = (body: IDataObject) =>
		typeof body.totalCount === 'number' ? body.totalCount : undefined;
	return await getMany(
		ctx,
		{ returnAll: true, limit: 0 },
		offsetLimitPager(
			{ operation: 'payments/list-orders', qs, locationId },
			'data',
			PAGE_SIZE,
			total,
		),
	);
}

/**
 * New orders: `GET /payments/orders` takes whole days (`startAt`, `endAt`) and documents no
 * order, so every order from the day before the position (HighLevel's day may be in another
 * time zone) to tomorrow is read each poll and compared here.
 */
export const newOrder: EventSource = {
	operations: ['payments/list-orders'],
	filters: [],
	timeOf: createdAt,
	async read(ctx, query, since) {
		return await ordersBetween(ctx, query.locationId, since - DAY_MS);
	},
	async newest(ctx, query) {
		return latestOf(
			await ordersBetween(ctx, query.locationId, Date.now() - NEWEST_WINDOW_DAYS * DAY_MS),
			createdAt,
		);
	},
};
