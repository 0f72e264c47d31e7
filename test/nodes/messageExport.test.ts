import { addConversation, addMessage } from '../fake-highlevel/handlers/conversations';
import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const EXPORT = /^\/conversations\/messages\/export$/;
const MARCH = Date.UTC(2026, 2, 1);
const minute = (n: number) => new Date(MARCH + n * 60_000).toISOString();

/** `count` SMS of one contact a minute apart from March 1st, plus an email and a call in between. */
function seedMessages(count: number) {
	const { location } = state.seed;
	const contact = location.addContact({ firstName: 'Mia', phone: '+14155550111' });
	const conversation = addConversation(location, contact);
	const sms = Array.from({ length: count }, (_, i) =>
		addMessage(location, conversation, { body: `SMS ${i}`, dateAdded: minute(i) }),
	);
	addMessage(location, conversation, { messageType: 'TYPE_EMAIL', dateAdded: minute(1) });
	addMessage(location, conversation, { messageType: 'TYPE_CALL', dateAdded: minute(2) });
	return { contact, conversation, sms };
}

describe('Message › Export', () => {
	it('returns all of the sub-account’s messages over several pages, following the cursor', async () => {
		const { fake } = state;
		const { sms } = seedMessages(1_100);
		fake.requests.length = 0;
		const result = await run({
			resource: 'message',
			operation: 'export',
			returnAll: true,
			filters: { channel: 'SMS' },
			sort: { sortBy: 'createdAt', sortOrder: 'asc' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(sms.map((m) => m.id));
		expect(result.items[0].json).toMatchObject({ body: 'SMS 0', messageType: 'TYPE_SMS' });
		const requests = requestsTo(fake, 'GET', EXPORT);
		expect(requests).toHaveLength(3);
		const first = {
			locationId: LOCATION_ID,
			channel: 'SMS',
			sortBy: 'createdAt',
			sortOrder: 'asc',
		};
		expect(requests[0].query).toEqual({ ...first, limit: '500' });
		// Each later page asks with the cursor the page before answered, nothing else changed.
		for (const later of requests.slice(1)) {
			expect(later.query).toEqual({ ...first, limit: '500', cursor: expect.any(String) });
		}
		expect(new Set(requests.map((r) => r.query.cursor)).size).toBe(3);
		expect(requests[0].headers.version).toBe('2021-04-15');
		expect(requests[0].headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
	});

	it('sends the filters as HighLevel names them, times as ISO 8601 in UTC', async () => {
		const { fake } = state;
		const { contact, conversation, sms } = seedMessages(30);
		fake.requests.length = 0;
		const result = await run({
			resource: 'message',
			operation: 'export',
			returnAll: true,
			filters: {
				channel: 'SMS',
				contactId: contact.id,
				conversationId: conversation.id,
				startDate: '2026-03-01T01:10:00+01:00',
				endDate: minute(19),
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'GET', EXPORT);
		expect(request.query).toEqual({
			locationId: LOCATION_ID,
			channel: 'SMS',
			contactId: contact.id,
			conversationId: conversation.id,
			startDate: minute(10),
			endDate: minute(19),
			limit: '500',
		});
		// Newest first unless sorted otherwise: minutes 19 down to 10.
		expect(result.items.map((item) => item.json.id)).toEqual(
			sms
				.slice(10, 20)
				.map((m) => m.id)
				.reverse(),
		);
	});

	it('without a channel leaves out email, as HighLevel does', async () => {
		seedMessages(3);
		const result = await run({ resource: 'message', operation: 'export', returnAll: true });
		expect(result.items.map((item) => item.json.messageType).sort()).toEqual([
			'TYPE_CALL',
			'TYPE_SMS',
			'TYPE_SMS',
			'TYPE_SMS',
		]);
	});

	it.each([
		[11, '11'],
		[3, '10'],
	])('with a Limit of %d asks for a page of %s and stops there', async (limit, asked) => {
		const { fake } = state;
		const { sms } = seedMessages(40);
		fake.requests.length = 0;
		const result = await run({
			resource: 'message',
			operation: 'export',
			returnAll: false,
			limit,
			filters: { channel: 'SMS' },
		});
		expect(result.items.map((item) => item.json.id)).toEqual(
			sms
				.slice(-limit)
				.map((m) => m.id)
				.reverse(),
		);
		expect(requestsTo(fake, 'GET', EXPORT).map((r) => [r.query.limit, r.query.cursor])).toEqual([
			[asked, undefined],
		]);
	});

	it('the fake reads every plausible start date format alike (HighLevel does not say which it takes)', async () => {
		const { fake } = state;
		seedMessages(5);
		const from = MARCH + 2 * 60_000;
		const count = async (startDate: string) => {
			const url = `${fake.baseUrl}/conversations/messages/export?locationId=${LOCATION_ID}&channel=SMS&startDate=${encodeURIComponent(startDate)}`;
			const response = await fetch(url, {
				headers: { authorization: `Bearer ${PIT_TOKEN}`, version: '2021-04-15' },
			});
			expect(response.status).toBe(200);
			return ((await response.json()) as { total: number }).total;
		};
		const counts = await Promise.all(
			[
				new Date(from).toISOString(),
				'2026-03-01T01:02:00+01:00',
				String(from),
				String(from / 1000),
			].map(count),
		);
		expect(counts).toEqual([3, 3, 3, 3]);
		expect(await count('2026-03-01')).toBe(5);
	});

	const refused: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a channel not in the list',
			{ filters: { channel: 'Fax' } },
			/Invalid 'Channel' in item 0: expected one of Call, SMS/,
		],
		[
			'a start date that is no date',
			{ filters: { startDate: 'yesterday' } },
			/Invalid 'Start Date' in item 0/,
		],
		[
			'an end date before the start date',
			{ filters: { startDate: minute(10), endDate: minute(5) } },
			/Invalid 'End Date' in item 0: expected a time at or after Start Date/,
		],
	];
	it.each(refused)('stops on %s before any request', async (_name, parameters, message) => {
		const { fake } = state;
		fake.requests.length = 0;
		const result = await run({
			resource: 'message',
			operation: 'export',
			returnAll: true,
			...parameters,
		});
		expect(result.error?.message).toMatch(message);
		expect(fake.requests).toEqual([]);
	});
});
