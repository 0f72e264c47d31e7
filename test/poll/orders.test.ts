import { addOrder } from '../fake-highlevel/handlers/payments';
import { LOCATION_ID } from '../harness/run';
import { requestsTo } from '../nodes/setup';
import { at, location, T0, usePolling } from './setup';

const { state, poller } = usePolling();
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const orderIds = (items: Array<{ json: Record<string, unknown> }>) => items.map((i) => i.json._id);

describe('Polling trigger › New Order (GET /payments/orders)', () => {
	it('reads every order from the day before the position and emits new ones once, oldest first', async () => {
		const store = location(state.fake);
		addOrder(store, { createdAt: at(T0 - 60_000) });
		const p = poller({ event: 'orderCreated' });
		await p.tick();
		state.fake.requests.length = 0;
		expect((await p.tick()).items).toEqual([]);
		expect(requestsTo(state.fake, 'GET', /^\/payments\/orders$/).map((r) => r.query)).toEqual([
			{
				altId: LOCATION_ID,
				locationId: LOCATION_ID,
				startAt: day(T0 - 60_000 - DAY),
				endAt: day(Date.now() + DAY),
				offset: '0',
				limit: '100',
			},
		]);
		const second = addOrder(store, { createdAt: at(T0 + 2000) });
		const first = addOrder(store, { createdAt: at(T0 + 1000) });
		const fired = await p.tick();
		expect(orderIds(fired.items)).toEqual([first._id, second._id]);
		expect(fired.items[0].json).toEqual(
			expect.objectContaining({ amount: 100, currency: 'USD', altId: LOCATION_ID }),
		);
		expect((await p.tick()).items).toEqual([]);
	});

	it('pages through a busy day with offset and stops at the total', async () => {
		const store = location(state.fake);
		const p = poller({ event: 'orderCreated', options: { maxItems: 1000 } });
		await p.tick();
		const made = Array.from({ length: 230 }, (_, i) =>
			addOrder(store, { createdAt: at(T0 + i * 1000) }),
		);
		state.fake.requests.length = 0;
		expect(orderIds((await p.tick()).items)).toEqual(made.map((o) => o._id));
		expect(
			requestsTo(state.fake, 'GET', /^\/payments\/orders$/).map((r) => r.query.offset),
		).toEqual(['0', '100', '200']);
	});
});
