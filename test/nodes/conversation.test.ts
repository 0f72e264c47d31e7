import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { addConversation, addMessage } from '../fake-highlevel/handlers/conversations';
import { startAfterDatePager } from '../../nodes/HighLevel/transport/paginate';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const BASE = Date.UTC(2026, 5, 1);

/** `n` contacts with a conversation each; the conversation's last message is `i` minutes after BASE. */
function seedConversations(n: number, fields: (i: number) => Record<string, unknown> = () => ({})) {
	const { location } = state.seed;
	const made = [];
	for (let i = 0; i < n; i++) {
		const contact = location.addContact({
			firstName: `Person${i}`,
			email: `p${i}@example.com`,
			phone: `+1415555${String(i).padStart(4, '0')}`,
		});
		const at = BASE + i * 60_000;
		made.push(
			addConversation(location, contact, {
				dateAdded: at,
				dateUpdated: at,
				lastMessageDate: at,
				...fields(i),
			}),
		);
	}
	return made;
}

describe('Conversation › Create', () => {
	it('starts a conversation for the contact, and HighLevel refuses a second one', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'c@example.com', firstName: 'Cleo' });
		const result = await run({
			resource: 'conversation',
			operation: 'create',
			contactId: contact.id,
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/conversations\/$/);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.body).toEqual({ locationId: LOCATION_ID, contactId: contact.id });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			contactId: contact.id,
			locationId: LOCATION_ID,
			deleted: false,
			id: expect.any(String),
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(seed.location.collection('conversations').has(result.items[0].json.id as string)).toBe(
			true,
		);

		const again = await run({
			resource: 'conversation',
			operation: 'create',
			contactId: contact.id,
		});
		expect(again.error?.message).toMatch(/Conversation › Create: Conversation already exists/);
		expect(requestsTo(fake, 'POST', /^\/conversations\/$/)).toHaveLength(2);
		expect(seed.location.collection('conversations').size).toBe(1);
	});

	it('needs a contact before it sends anything', async () => {
		const { fake } = state;
		const result = await run(
			{ resource: 'conversation', operation: 'create', contactId: '={{ $json.contact }}' },
			{ items: [{ contact: '' }] },
		);
		expect(result.error?.message).toMatch(/Conversation › Create: Invalid 'Contact ID' in item 0/);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Conversation › Get, Update, Delete', () => {
	it('gets a conversation, stars it and marks it read, then deletes it with its messages', async () => {
		const { fake, seed } = state;
		const [conversation] = seedConversations(1, () => ({ unreadCount: 3 }));
		const id = conversation.id as string;
		const note = addMessage(seed.location, conversation, { body: 'Hello', direction: 'inbound' });

		const got = await run({ resource: 'conversation', operation: 'get', conversationId: id });
		expect(got.error).toBeUndefined();
		expect(requestsTo(fake, 'GET', /^\/conversations\//)[0]).toMatchObject({
			path: `/conversations/${id}`,
			query: {},
		});
		expect(requestsTo(fake, 'GET', /^\/conversations\//)[0].headers.version).toBe('2021-04-15');
		expect(got.items[0].json).toMatchObject({
			id,
			contactId: conversation.contactId,
			unreadCount: 4,
			starred: false,
			lastMessageBody: 'Hello',
		});

		const updated = await run({
			resource: 'conversation',
			operation: 'update',
			conversationId: id,
			updateFields: { starred: true, unreadCount: 0 },
		});
		expect(updated.error).toBeUndefined();
		const put = requestsTo(fake, 'PUT', /^\/conversations\//)[0];
		expect(put.path).toBe(`/conversations/${id}`);
		expect(put.headers.version).toBe('2021-04-15');
		expect(put.body).toEqual({ locationId: LOCATION_ID, starred: true, unreadCount: 0 });
		expect(updated.items[0].json).toMatchObject({ id, starred: true, unreadCount: 0 });

		const deleted = await run({
			resource: 'conversation',
			operation: 'delete',
			conversationId: id,
		});
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
		expect(requestsTo(fake, 'DELETE', /^\/conversations\//)[0]).toMatchObject({
			path: `/conversations/${id}`,
			headers: { version: '2021-04-15' },
		});
		expect(seed.location.collection('conversations').has(id)).toBe(false);
		expect(seed.location.collection('messages').has(note.id as string)).toBe(false);
	});

	it('fails with HighLevel’s message for an unknown conversation', async () => {
		const result = await run({
			resource: 'conversation',
			operation: 'get',
			conversationId: 'nope123',
		});
		expect(result.error?.message).toMatch(
			/Conversation › Get: Conversation with id nope123 not found/,
		);
	});

	it('refuses an update with nothing to change, and a negative unread count, before sending', async () => {
		const { fake } = state;
		const empty = await run({
			resource: 'conversation',
			operation: 'update',
			conversationId: 'abc',
			updateFields: {},
		});
		expect(empty.error?.message).toMatch(
			/Invalid 'Update Fields' in item 0: expected at least one field to change/,
		);
		const negative = await run({
			resource: 'conversation',
			operation: 'update',
			conversationId: 'abc',
			updateFields: { unreadCount: -1 },
		});
		expect(negative.error?.message).toMatch(
			/Invalid 'Unread Count' in item 0: expected a whole number of 0 or more/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Conversation › Get Many', () => {
	it('returns all matches, 100 a page, with the last sort value as cursor and every filter on every page', async () => {
		const { fake, seed } = state;
		const ada = seed.ada.id as string;
		// 300 conversations; every one with i % 3 !== 0 matches: 200 in all.
		seedConversations(300, (i) => ({
			assignedTo: i % 3 === 0 ? seed.alan.id : ada,
			lastMessageDirection: 'inbound',
			lastMessageType: 'TYPE_SMS',
			unreadCount: 1,
		}));
		seedConversations(5, () => ({
			assignedTo: ada,
			lastMessageDirection: 'outbound',
			lastMessageType: 'TYPE_SMS',
			unreadCount: 1,
		}));
		const result = await run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			filters: {
				assignedTo: [ada],
				lastMessageDirection: 'inbound',
				lastMessageType: 'TYPE_SMS',
				status: 'unread',
				query: 'example.com',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(200);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(200);
		expect(
			result.items.every(
				(i) => i.json.assignedTo === ada && i.json.lastMessageDirection === 'inbound',
			),
		).toBe(true);
		const dates = result.items.map((i) => i.json.lastMessageDate as number);
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);

		// 200 matches, 100 a page: the total ends the list without asking for an empty third page.
		const pages = requestsTo(fake, 'GET', /^\/conversations\/search$/);
		expect(pages).toHaveLength(2);
		for (const page of pages) {
			expect(page.headers.version).toBe('2021-04-15');
			expect(page.query).toMatchObject({
				locationId: LOCATION_ID,
				limit: '100',
				assignedTo: ada,
				lastMessageDirection: 'inbound',
				lastMessageType: 'TYPE_SMS',
				status: 'unread',
				query: 'example.com',
			});
		}
		expect(pages[0].query.startAfterDate).toBeUndefined();
		expect(pages[1].query.startAfterDate).toBe(String(result.items[99].json.lastMessageDate));
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('pages a partial last page, ascending by the last manual message date', async () => {
		const { fake } = state;
		seedConversations(230, (i) => ({ lastManualMessageDate: BASE + (230 - i) * 1000 }));
		const result = await run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			sort: { sortBy: 'last_manual_message_date', direction: 'asc' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(230);
		const dates = result.items.map((i) => i.json.lastManualMessageDate as number);
		expect([...dates].sort((a, b) => a - b)).toEqual(dates);
		const pages = requestsTo(fake, 'GET', /^\/conversations\/search$/);
		expect(pages.map((p) => p.query.startAfterDate)).toEqual([
			undefined,
			String(dates[99]),
			String(dates[199]),
		]);
		for (const page of pages)
			expect(page.query).toMatchObject({
				sortBy: 'last_manual_message_date',
				sort: 'asc',
				limit: '100',
			});
	});

	it('stops at the limit with one request of that size', async () => {
		const { fake, seed } = state;
		const conversations = seedConversations(40);
		const result = await run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: false,
			limit: 15,
			filters: { startDate: new Date(BASE).toISOString() },
		});
		expect(result.items).toHaveLength(15);
		expect(result.items[0].json.id).toBe(conversations[39].id);
		const pages = requestsTo(fake, 'GET', /^\/conversations\/search$/);
		expect(pages).toHaveLength(1);
		expect(pages[0].query).toEqual({
			locationId: LOCATION_ID,
			limit: '15',
			startDate: String(BASE),
		});
		expect(seed.location.collection('conversations').size).toBe(40);
	});

	it('filters one contact’s conversations', async () => {
		const { fake } = state;
		const [, second] = seedConversations(3);
		const result = await run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			filters: { contactId: second.contactId },
		});
		expect(result.items.map((i) => i.json.id)).toEqual([second.id]);
		expect(fake.requests[0].query).toMatchObject({ contactId: second.contactId });
	});

	it('reads dates without an offset in the workflow’s time zone, a date alone as the whole day', async () => {
		const { fake } = state;
		// No time zone set on the test workflow: n8n's default, America/New_York (UTC-5 in March).
		await run({
			resource: 'conversation',
			operation: 'getAll',
			limit: 5,
			filters: { startDate: '2026-03-01T09:00:00', endDate: '2026-03-02' },
		});
		expect(fake.requests[0].query).toMatchObject({
			startDate: String(Date.parse('2026-03-01T09:00:00-05:00')),
			endDate: String(Date.parse('2026-03-03T00:00:00-05:00') - 1),
		});
	});

	it('refuses an impossible date before sending', async () => {
		const { fake } = state;
		const result = await run({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			filters: { endDate: '2026-02-30' },
		});
		expect(result.error?.message).toMatch(/Invalid 'Added Before' in item 0/);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('startAfterDatePager', () => {
	const pager = () =>
		startAfterDatePager(
			{ operation: 'conversations/search-conversation', qs: { locationId: 'x' } },
			'conversations',
			'lastMessageDate',
			2,
		);

	it('falls back to the sort field when a hit carries no sort value, as an ISO date or a number', () => {
		expect(
			pager().next(
				{ total: 10 },
				[{ lastMessageDate: 5 }, { lastMessageDate: '2026-01-01T00:00:00Z' }],
				2,
				2,
			),
		).toBe(Date.UTC(2026, 0, 1));
		expect(
			pager().next(
				{ total: 10 },
				[{ lastMessageDate: 5 }, { lastMessageDate: '1700000000000' }],
				2,
				2,
			),
		).toBe(1_700_000_000_000);
		expect(
			pager().next(
				{ total: 10 },
				[{ lastMessageDate: 5 }, { sort: [7], lastMessageDate: 6 }],
				2,
				2,
			),
		).toBe(7);
	});

	it('ends at the first page’s total even when a later page counts only what is left', () => {
		const p = pager();
		expect(p.next({ total: 4 }, [{ sort: [9] }, { sort: [8] }], 2, 2)).toBe(8);
		expect(p.next({ total: 2 }, [{ sort: [7] }, { sort: [6] }], 2, 4)).toBeUndefined();
		const q = pager();
		expect(q.next({ total: 5 }, [{ sort: [9] }, { sort: [8] }], 2, 2)).toBe(8);
		expect(q.next({ total: 3 }, [{ sort: [7] }, { sort: [6] }], 2, 4)).toBe(6);
	});
});
