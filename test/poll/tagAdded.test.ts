import { LOCATION_ID } from '../harness/run';
import { requestsTo } from '../nodes/setup';
import { at, ids, location, T0, usePolling } from './setup';

const { state, poller } = usePolling();
const searches = () => requestsTo(state.fake, 'POST', /^\/contacts\/search$/);

describe('Polling trigger › Contact Tag Added (POST /contacts/search by dateUpdated, tagged IDs in static data)', () => {
	it('emits a contact when the tag is added, once, and again only after it was removed and added back', async () => {
		const store = location(state.fake);
		const stamp = (ms: number) => ({ dateAdded: at(T0 - 3_600_000), dateUpdated: at(ms) });
		const a = store.addContact({ email: 'a@example.com', tags: ['vip'], ...stamp(T0 - 60_000) });
		const b = store.addContact({ email: 'b@example.com', tags: [], ...stamp(T0 - 50_000) });
		const p = poller({ event: 'contactTagAdded', tag: 'vip' });
		expect((await p.tick()).items).toEqual([]);
		// Where HighLevel stands, and who carries the tag now.
		expect(searches().map((r) => r.body)).toEqual([
			{
				locationId: LOCATION_ID,
				sort: [{ field: 'dateUpdated', direction: 'desc' }],
				pageLimit: 1,
			},
			{
				locationId: LOCATION_ID,
				sort: [{ field: 'dateUpdated', direction: 'asc' }],
				filters: [{ field: 'tags', operator: 'eq', value: 'vip' }],
				pageLimit: 500,
			},
		]);

		const edit = (
			contact: Record<string, unknown>,
			ms: number,
			changes: Record<string, unknown>,
		) => {
			Object.assign(contact, changes, { dateUpdated: at(ms) });
			store.touch();
		};
		edit(a, T0 + 1000, { city: 'Oslo' }); // already tagged: no event
		edit(b, T0 + 2000, { tags: ['vip'] });
		const c = store.addContact({
			email: 'c@example.com',
			tags: ['VIP'],
			dateAdded: at(T0 + 3000),
			dateUpdated: at(T0 + 3000),
		});
		state.fake.requests.length = 0;
		expect(ids((await p.tick()).items)).toEqual([b.id, c.id]);
		expect(searches()).toHaveLength(1);
		expect((searches()[0].body as { filters: unknown[] }).filters).toEqual([
			{ field: 'dateUpdated', operator: 'range', value: { gte: at(T0 - 50_000) } },
		]);

		state.fake.requests.length = 0;
		expect((await p.tick()).items).toEqual([]);
		expect(searches()).toHaveLength(1);

		edit(b, T0 + 10_000, { tags: [] });
		expect((await p.tick()).items).toEqual([]);
		edit(b, T0 + 20_000, { tags: ['vip'] });
		expect(ids((await p.tick()).items)).toEqual([b.id]);
	});

	it('asks for the tag at activation', async () => {
		const result = await poller({ event: 'contactTagAdded' }).tick();
		expect(result.error?.message).toBe('Choose the tag to watch for');
	});
});
