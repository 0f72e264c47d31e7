import {
	addOpportunity,
	addPipeline,
	opportunitiesOf,
} from '../fake-highlevel/handlers/opportunities';
import { LOCATION_ID } from '../harness/run';
import { requestsTo } from '../nodes/setup';
import { at, ids, location, T0, usePolling } from './setup';

const { state, poller } = usePolling();
const usDate = (ms: number) => {
	const d = new Date(ms);
	return `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}-${d.getUTCFullYear()}`;
};
const searches = () => requestsTo(state.fake, 'GET', /^\/opportunities\/search$/);

function setup() {
	const store = location(state.fake);
	const pipeline = addPipeline(store, 'Sales', ['New', 'Qualified', 'Won']);
	const [s1, s2] = pipeline.stages.map((stage) => String(stage.id));
	const contact = store.addContact({ email: 'buyer@example.com' });
	const add = (name: string, ms: number, extra: Record<string, unknown> = {}) =>
		addOpportunity(store, {
			name,
			pipelineId: String(pipeline.id),
			pipelineStageId: s1,
			contactId: contact.id,
			createdAt: at(ms),
			...extra,
		});
	return { store, pipeline, s1, s2, add };
}

describe('Polling trigger › New Opportunity (GET /opportunities/search, order=added_asc)', () => {
	it('records the newest on activation, then reads from the position on and emits each new one once', async () => {
		const { add, pipeline } = setup();
		const old = add('old', T0);
		const p = poller({ event: 'opportunityCreated', pipelineId: String(pipeline.id) });
		expect((await p.tick()).items).toEqual([]);
		expect(searches().map((r) => r.query)).toEqual([
			{ location_id: LOCATION_ID, pipeline_id: String(pipeline.id), limit: '1' },
		]);
		state.fake.requests.length = 0;
		expect((await p.tick()).items).toEqual([]);
		expect(searches().map((r) => r.query)).toEqual([
			{
				location_id: LOCATION_ID,
				pipeline_id: String(pipeline.id),
				order: 'added_asc',
				date: usDate(T0 - 86_400_000),
				startAfter: String(T0 - 1),
				// The cursor names an opportunity HighLevel returned before.
				startAfterId: old.id,
				limit: '100',
			},
		]);
		const a = add('a', T0 + 1000);
		const b = add('b', T0 + 2000);
		const fired = await p.tick();
		expect(fired.items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				id: a.id,
				name: 'a',
				contact: expect.objectContaining({ email: 'buyer@example.com' }),
			}),
			expect.objectContaining({ id: b.id, name: 'b' }),
		]);
		expect(ids((await p.tick()).items)).toEqual([]);
	});

	it('pages a burst of 250 oldest first, 100 per poll, with one request per page', async () => {
		const { add } = setup();
		const p = poller({ event: 'opportunityCreated', options: { maxItems: 100 } });
		await p.tick();
		const burst = Array.from({ length: 250 }, (_, i) => add(`o${i}`, T0 + i * 1000));
		const counts: number[] = [];
		const emitted: unknown[] = [];
		const firstPages: Array<Record<string, unknown>> = [];
		for (let i = 0; i < 4; i++) {
			state.fake.requests.length = 0;
			const r = await p.tick();
			emitted.push(...ids(r.items));
			counts.push(searches().length);
			firstPages.push(searches()[0].query);
		}
		expect(emitted).toEqual(burst.map((o) => o.id));
		// With nothing seen at activation there is no real ID for a cursor: the day filter alone;
		// later polls start at a cursor naming an opportunity already read.
		expect(firstPages[0].startAfter).toBeUndefined();
		expect(burst.map((o) => o.id)).toContain(firstPages[1].startAfterId);
		// A poll reads again the two minutes before its mark, skipping what it emitted there: here
		// 100 to 121 opportunities a second apart, so later polls need a second page, even the idle
		// fourth. Quieter minutes cost one page (see the first test).
		expect(counts).toEqual([1, 2, 2, 2]);
	});
});

describe('Polling trigger › Opportunity Stage Changed and Status Changed', () => {
	it('emits an opportunity that moved stage since the last poll, once, and not one only created', async () => {
		const { add, pipeline, s2 } = setup();
		const moved = add('moved', T0);
		const p = poller({ event: 'opportunityStageChanged', pipelineId: String(pipeline.id) });
		await p.tick();
		add('fresh', T0 + 5000);
		Object.assign(opportunitiesOf(location(state.fake)).get(String(moved.id))!, {
			pipelineStageId: s2,
			lastStageChangeAt: at(T0 + 6000),
		});
		state.fake.requests.length = 0;
		const fired = await p.tick();
		expect(fired.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: moved.id, pipelineStageId: s2 }),
		]);
		expect(searches().map((r) => r.query)).toEqual([
			{ location_id: LOCATION_ID, pipeline_id: String(pipeline.id), limit: '100' },
		]);
		expect((await p.tick()).items).toEqual([]);
	});

	it('emits an opportunity marked won, filtering by status in the request', async () => {
		const { add } = setup();
		const deal = add('deal', T0);
		const p = poller({ event: 'opportunityStatusChanged', status: 'won' });
		await p.tick();
		state.fake.requests.length = 0;
		expect((await p.tick()).items).toEqual([]);
		expect(searches().map((r) => r.query)).toEqual([
			{ location_id: LOCATION_ID, status: 'won', limit: '100' },
		]);
		Object.assign(opportunitiesOf(location(state.fake)).get(String(deal.id))!, {
			status: 'won',
			lastStatusChangeAt: at(T0 + 60_000),
		});
		expect(ids((await p.tick()).items)).toEqual([deal.id]);
		expect(ids((await p.tick()).items)).toEqual([]);
	});
});
