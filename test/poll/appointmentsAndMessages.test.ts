import { addConversation, addMessage } from '../fake-highlevel/handlers/conversations';
import { newId } from '../fake-highlevel/store';
import { LOCATION_ID } from '../harness/run';
import { requestsTo } from '../nodes/setup';
import { at, ids, location, T0, usePolling } from './setup';

const { state, poller } = usePolling();
const DAY = 86_400_000;

function book(
	calendarId: string,
	startsAt: number,
	bookedAt: number,
	extra: Record<string, unknown> = {},
) {
	const appointment = {
		id: newId(),
		calendarId,
		locationId: LOCATION_ID,
		contactId: 'contact1',
		title: 'Intro call',
		appointmentStatus: 'confirmed',
		assignedUserId: 'user1',
		users: [],
		startTime: at(startsAt),
		endTime: at(startsAt + 1_800_000),
		dateAdded: at(bookedAt),
		dateUpdated: at(bookedAt),
		...extra,
	};
	location(state.fake).collection('appointments').set(appointment.id, appointment);
	return appointment;
}

describe('Polling trigger › New Appointment and Appointment Updated or Cancelled (GET /calendars/events)', () => {
	it('reads the calendar’s window each poll and emits new bookings once, oldest booked first', async () => {
		book('cal1', Date.now() + 2 * DAY, T0 - 60_000);
		const p = poller({ event: 'appointmentCreated', calendarId: 'cal1' });
		await p.tick();
		const later = book('cal1', Date.now() + 3 * DAY, T0 + 2000);
		const sooner = book('cal1', Date.now() + DAY, T0 + 1000);
		book('cal2', Date.now() + DAY, T0 + 1500);
		state.fake.requests.length = 0;
		const fired = await p.tick();
		expect(ids(fired.items)).toEqual([sooner.id, later.id]);
		const [request] = requestsTo(state.fake, 'GET', /^\/calendars\/events$/);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.query).toEqual({
			locationId: LOCATION_ID,
			calendarId: 'cal1',
			startTime: expect.stringMatching(/^\d+$/),
			endTime: expect.stringMatching(/^\d+$/),
		});
		const span = Number(request.query.endTime) - Number(request.query.startTime);
		expect(span).toBe((31 + 365) * DAY);
		expect((await p.tick()).items).toEqual([]);
	});

	it('emits a cancelled appointment once, and not one only booked', async () => {
		const kept = book('cal1', Date.now() + DAY, T0);
		const p = poller({ event: 'appointmentUpdated', calendarId: 'cal1' });
		await p.tick();
		book('cal1', Date.now() + DAY, T0 + 5000);
		Object.assign(kept, { appointmentStatus: 'cancelled', dateUpdated: at(T0 + 6000) });
		const fired = await p.tick();
		expect(fired.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: kept.id, appointmentStatus: 'cancelled' }),
		]);
		expect((await p.tick()).items).toEqual([]);
	});

	it('asks for a calendar or a user before any request', async () => {
		const result = await poller({ event: 'appointmentCreated' }).tick();
		expect(result.error?.message).toBe('Choose a calendar or a user');
		expect(state.fake.requests).toHaveLength(0);
	});
});

describe('Polling trigger › New Inbound Message (GET /conversations/messages/export)', () => {
	function conversation() {
		const store = location(state.fake);
		const contact = store.addContact({ email: 'talker@example.com', phone: '+14155550199' });
		return { store, conv: addConversation(store, contact) };
	}

	it('reads from the position oldest first and emits inbound messages only, once', async () => {
		const { store, conv } = conversation();
		addMessage(store, conv, { direction: 'inbound', body: 'before', dateAdded: at(T0 - 60_000) });
		const p = poller({ event: 'inboundMessage', channel: 'SMS' });
		await p.tick();
		const hello = addMessage(store, conv, {
			direction: 'inbound',
			body: 'hello',
			dateAdded: at(T0 + 1000),
		});
		addMessage(store, conv, { direction: 'outbound', body: 'hi back', dateAdded: at(T0 + 2000) });
		addMessage(store, conv, {
			direction: 'inbound',
			body: 'by email',
			messageType: 'TYPE_EMAIL',
			dateAdded: at(T0 + 2500),
		});
		const again = addMessage(store, conv, {
			direction: 'inbound',
			body: 'again',
			dateAdded: at(T0 + 3000),
		});
		state.fake.requests.length = 0;
		const fired = await p.tick();
		expect(fired.items.map((i) => i.json.body)).toEqual(['hello', 'again']);
		expect(ids(fired.items)).toEqual([hello.id, again.id]);
		const [request] = requestsTo(state.fake, 'GET', /^\/conversations\/messages\/export$/);
		expect(request.query).toEqual({
			locationId: LOCATION_ID,
			sortBy: 'createdAt',
			sortOrder: 'asc',
			startDate: at(T0 - 60_000),
			channel: 'SMS',
			limit: '500',
		});
		expect((await p.tick()).items).toEqual([]);
	});

	it('drains a backlog across cursor pages, oldest first', async () => {
		const { store, conv } = conversation();
		const p = poller({ event: 'inboundMessage', options: { maxItems: 505 } });
		await p.tick();
		const backlog = Array.from({ length: 900 }, (_, i) =>
			addMessage(store, conv, {
				direction: 'inbound',
				body: `m${i}`,
				dateAdded: at(T0 + i * 1000),
			}),
		);
		state.fake.requests.length = 0;
		const first = await p.tick();
		const pages = requestsTo(state.fake, 'GET', /^\/conversations\/messages\/export$/);
		expect(pages.map((r) => [r.query.limit, r.query.cursor !== undefined])).toEqual([
			['500', false],
			// 5 left to read, but HighLevel takes no page under 10.
			['10', true],
		]);
		const second = await p.tick();
		expect([...ids(first.items), ...ids(second.items)]).toEqual(backlog.map((m) => m.id));
		expect(first.items).toHaveLength(505);
	});
});
