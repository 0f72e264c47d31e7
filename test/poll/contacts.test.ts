import { LOCATION_ID } from '../harness/run';
import { requestsTo } from '../nodes/setup';
import { addContacts, at, ids, idsOf, location, T0, usePolling } from './setup';

const { state, poller } = usePolling();
const searches = () => requestsTo(state.fake, 'POST', /^\/contacts\/search$/);
const NEW_CONTACT = { event: 'contactCreated' };

describe('Polling trigger › New Contact (POST /contacts/search by dateAdded)', () => {
	it('emits nothing old on first activation: one request records where HighLevel stands', async () => {
		addContacts(state.fake, 3, T0);
		const p = poller(NEW_CONTACT);
		const first = await p.tick();
		expect(first.error).toBeUndefined();
		expect(first.items).toEqual([]);
		expect(searches().map((r) => r.body)).toEqual([
			{ locationId: LOCATION_ID, sort: [{ field: 'dateAdded', direction: 'desc' }], pageLimit: 1 },
		]);
		expect(searches()[0].headers.authorization).toBe('Bearer pit-test-7c1d5f0e-secret');
		expect(p.saved).toEqual({
			'node:Poller': {
				positions: {
					[`contactCreated|${LOCATION_ID}`]: {
						mark: T0 + 2000,
						floor: T0 + 2000,
						walked: [[expect.any(String), T0 + 2000]],
					},
				},
			},
		});
	});

	it('costs one request when idle, and emits a new contact once', async () => {
		addContacts(state.fake, 3, T0);
		const p = poller(NEW_CONTACT);
		await p.tick();
		state.fake.requests.length = 0;
		const idle = await p.tick();
		expect(idle.items).toEqual([]);
		expect(searches().map((r) => r.body)).toEqual([
			{
				locationId: LOCATION_ID,
				sort: [{ field: 'dateAdded', direction: 'asc' }],
				filters: [{ field: 'dateAdded', operator: 'range', value: { gte: at(T0 + 2000) } }],
				pageLimit: 500,
			},
		]);
		const [grace] = addContacts(state.fake, 1, T0 + 60_000, 1000, 'grace');
		const fired = await p.tick();
		expect(fired.items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				id: grace.id,
				email: 'grace0@example.com',
				locationId: LOCATION_ID,
			}),
		]);
		const again = await p.tick();
		expect(again.items).toEqual([]);
	});

	it('drains a burst of 1,200 contacts oldest first across pages, up to Max Items per Poll each time', async () => {
		addContacts(state.fake, 1, T0 - 60_000, 1000, 'old');
		const p = poller(NEW_CONTACT);
		await p.tick();
		const burst = addContacts(state.fake, 1200, T0, 1000, 'burst');
		const emitted: unknown[] = [];
		const requestsPerPoll: number[] = [];
		for (let i = 0; i < 4; i++) {
			state.fake.requests.length = 0;
			const result = await p.tick();
			expect(result.error).toBeUndefined();
			emitted.push(...ids(result.items));
			requestsPerPoll.push(searches().length);
			if (i < 2) expect(result.items).toHaveLength(500);
		}
		expect(emitted).toEqual(idsOf(burst));
		// 501 wanted (500 plus the one already emitted at the mark): a page of 500 and one of 1;
		// then the last 200 in one page; then an idle poll.
		expect(requestsPerPoll).toEqual([2, 2, 1, 1]);
	});

	it('stops reading when n8n’s poll budget is spent and leaves the rest to the next poll', async () => {
		const p = poller({ ...NEW_CONTACT, options: { maxItems: 2000 } }, { budgetMs: 0 });
		await p.tick();
		const burst = addContacts(state.fake, 1200, T0, 1000, 'burst');
		state.fake.requests.length = 0;
		const first = await p.tick();
		// One page is always read; with no budget left, no second.
		expect(searches()).toHaveLength(1);
		expect(first.items).toHaveLength(500);
		const rest = [await p.tick(), await p.tick()];
		expect([...ids(first.items), ...rest.flatMap((r) => ids(r.items))]).toEqual(idsOf(burst));
	});

	it('splits contacts that share a timestamp across polls without losing or repeating one', async () => {
		const p = poller({ ...NEW_CONTACT, options: { maxItems: 2 } });
		await p.tick();
		const same = addContacts(state.fake, 5, T0, 0, 'same');
		const polls = [await p.tick(), await p.tick(), await p.tick(), await p.tick()];
		expect(polls.map((r) => r.items.length)).toEqual([2, 2, 1, 0]);
		expect(polls.flatMap((r) => ids(r.items)).sort()).toEqual(idsOf(same).sort());
	});

	it('keeps its position when a poll fails, so the next poll emits what the failed one missed', async () => {
		const p = poller(NEW_CONTACT);
		await p.tick();
		const before = JSON.stringify(p.saved);
		const [ada] = addContacts(state.fake, 1, T0, 1000, 'ada');
		state.fake.injectFault({
			operationKey: 'contacts/search-contacts-advanced',
			fault: {
				kind: 'status',
				status: 403,
				body: { statusCode: 403, message: 'The token is not authorized for this scope.' },
			},
		});
		const failed = await p.tick();
		expect(failed.error?.message).toMatch(/403|not authorized|permission/i);
		expect(failed.error?.description).toMatch(`While polling sub-account ${LOCATION_ID}`);
		expect(JSON.stringify(p.saved)).toBe(before);
		const good = await p.tick();
		expect(ids(good.items)).toEqual([ada.id]);
	});

	it('after a day of downtime emits that day oldest first, the rest on the next polls', async () => {
		const p = poller({ ...NEW_CONTACT, options: { maxItems: 100 } });
		await p.tick();
		// 250 contacts spread over the 24 hours n8n was down.
		const day = addContacts(state.fake, 250, T0, 345_600, 'day');
		const polls = [await p.tick(), await p.tick(), await p.tick(), await p.tick()];
		expect(polls.map((r) => r.items.length)).toEqual([100, 100, 50, 0]);
		expect(polls.flatMap((r) => ids(r.items))).toEqual(idsOf(day));
	});

	it('is not thrown by deletes between polls, of emitted or of unseen contacts', async () => {
		const p = poller(NEW_CONTACT);
		await p.tick();
		const [a, b, c] = addContacts(state.fake, 3, T0, 1000, 'abc');
		expect(ids((await p.tick()).items)).toEqual([a.id, b.id, c.id]);
		const store = location(state.fake);
		store.contacts.delete(String(c.id)); // the contact the position stands on
		store.contacts.delete(String(a.id));
		store.touch();
		const [d, e] = addContacts(state.fake, 2, T0 + 10_000, 1000, 'de');
		store.contacts.delete(String(d.id)); // gone before any poll saw it
		store.touch();
		expect(ids((await p.tick()).items)).toEqual([e.id]);
		expect(ids((await p.tick()).items)).toEqual([]);
	});

	it('emits a contact the search index shows late, within two minutes of the mark, and only once', async () => {
		const p = poller(NEW_CONTACT);
		await p.tick();
		const [first] = addContacts(state.fake, 1, T0 + 200_000, 1000, 'first');
		expect(ids((await p.tick()).items)).toEqual([first.id]);
		state.fake.requests.length = 0;
		// Added before the contact already emitted, but only now in the search results.
		const [late] = addContacts(state.fake, 1, T0 + 200_000 - 90_000, 1000, 'late');
		addContacts(state.fake, 1, T0 + 200_000 - 150_000, 1000, 'tooLate');
		expect(ids((await p.tick()).items)).toEqual([late.id]);
		expect((searches()[0].body as { filters: unknown[] }).filters).toEqual([
			{ field: 'dateAdded', operator: 'range', value: { gte: at(T0 + 200_000 - 120_000) } },
		]);
		expect(ids((await p.tick()).items)).toEqual([]);
	});

	it('with nothing to stand on at activation starts from the clock: an old contact tagged later is not new', async () => {
		const store = location(state.fake);
		const old = store.addContact({
			email: 'old@example.com',
			tags: [],
			dateAdded: at(Date.now() - 86_400_000),
			dateUpdated: at(Date.now() - 86_400_000),
		});
		const p = poller({ ...NEW_CONTACT, tag: 'vip' });
		await p.tick();
		old.tags = ['vip'];
		store.touch();
		expect((await p.tick()).items).toEqual([]);
		const [fresh] = addContacts(state.fake, 1, T0, 1000, 'fresh');
		fresh.tags = ['vip'];
		store.touch();
		expect(ids((await p.tick()).items)).toEqual([fresh.id]);
	});

	it('starts afresh when the event is changed, keeping no position of the old one', async () => {
		const p = poller(NEW_CONTACT);
		await p.tick();
		addContacts(state.fake, 2, T0);
		const switched = poller({ event: 'contactUpdated' });
		switched.saved = p.saved;
		expect((await switched.tick()).items).toEqual([]);
		const positions = (switched.saved['node:Poller'] as { positions: Record<string, unknown> })
			.positions;
		expect(Object.keys(positions)).toEqual([`contactUpdated|${LOCATION_ID}`]);
	});

	it('Fetch Test Event returns the most recent contact and moves no position', async () => {
		const made = addContacts(state.fake, 3, T0);
		const p = poller(NEW_CONTACT);
		const manual = await p.tick('manual');
		expect(manual.items.map((i) => i.json.id)).toEqual([made[2].id]);
		expect(p.saved).toEqual({});
	});

	it('with Start From emits the contacts from that date on at the first poll', async () => {
		const made = addContacts(state.fake, 5, T0, 60_000);
		const p = poller({ ...NEW_CONTACT, options: { startFrom: at(T0 + 120_000) } });
		expect(ids((await p.tick()).items)).toEqual(idsOf(made.slice(2)));
		expect(ids((await p.tick()).items)).toEqual([]);
	});

	it('refuses bad options before any request', async () => {
		const noItems = await poller({ ...NEW_CONTACT, options: { maxItems: 0 } }).tick();
		expect(noItems.error?.message).toBe(
			"'Max Items per Poll' must be a whole number of at least 1",
		);
		const badDate = await poller({ ...NEW_CONTACT, options: { startFrom: 'yesterday' } }).tick();
		expect(badDate.error?.message).toMatch(/Start From.*expected an ISO 8601 date/);
		expect(state.fake.requests).toHaveLength(0);
	});

	it('filters by tag and assigned user in the search', async () => {
		const p = poller({ ...NEW_CONTACT, tag: 'vip', assignedTo: 'user1' });
		await p.tick();
		const store = location(state.fake);
		const vip = store.addContact({
			email: 'vip@example.com',
			tags: ['vip'],
			assignedTo: 'user1',
			dateAdded: at(T0),
			dateUpdated: at(T0),
		});
		store.addContact({
			email: 'plain@example.com',
			tags: [],
			assignedTo: 'user1',
			dateAdded: at(T0),
			dateUpdated: at(T0),
		});
		state.fake.requests.length = 0;
		expect(ids((await p.tick()).items)).toEqual([vip.id]);
		expect((searches()[0].body as { filters: unknown[] }).filters).toEqual([
			{ field: 'dateAdded', operator: 'range', value: { gte: expect.any(String) } },
			{ field: 'tags', operator: 'eq', value: 'vip' },
			{ field: 'assignedTo', operator: 'eq', value: 'user1' },
		]);
	});
});

describe('Polling trigger › Contact Updated (POST /contacts/search by dateUpdated)', () => {
	it('emits a changed contact once per change, and not a contact only added', async () => {
		const [kept] = addContacts(state.fake, 1, T0);
		const p = poller({ event: 'contactUpdated' });
		await p.tick();
		addContacts(state.fake, 1, T0 + 5000, 1000, 'fresh');
		kept.dateUpdated = at(T0 + 9000);
		kept.city = 'Paris';
		location(state.fake).touch();
		state.fake.requests.length = 0;
		const first = await p.tick();
		expect(first.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: kept.id, city: 'Paris' }),
		]);
		expect((searches()[0].body as { sort: unknown }).sort).toEqual([
			{ field: 'dateUpdated', direction: 'asc' },
		]);
		expect((await p.tick()).items).toEqual([]);
		kept.dateUpdated = at(T0 + 20_000);
		location(state.fake).touch();
		expect(ids((await p.tick()).items)).toEqual([kept.id]);
	});
});
