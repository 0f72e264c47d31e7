import { addCalendar } from '../fake-highlevel/handlers/calendars';
import { addCalendarGroup } from '../fake-highlevel/handlers/calendarGroups';
import { LOCATION_ID, loadOptions, PIT_TOKEN } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const VERSION = '2021-04-15';

function seedCalendar(extra: Record<string, unknown> = {}) {
	return addCalendar(state.seed.location, {
		name: 'Intro Call',
		openHours: [
			{
				daysOfTheWeek: [0, 1, 2, 3, 4, 5, 6],
				hours: [{ openHour: 0, openMinute: 0, closeHour: 23, closeMinute: 59 }],
			},
		],
		...extra,
	});
}

/** The one request of a run: method, path, query and body as HighLevel received them. */
function only(method: string, path: RegExp) {
	const found = requestsTo(state.fake, method, path);
	expect(found).toHaveLength(1);
	expect(found[0].headers.version).toBe(VERSION);
	expect(found[0].headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
	return found[0];
}

/** The next run of a scenario: the requests so far are forgotten first, so `only` sees this run's. */
function runNext(resource: string, operation: string, parameters: Record<string, unknown> = {}) {
	state.fake.requests.length = 0;
	return run({ resource, operation, ...parameters });
}

describe('Calendar Group', () => {
	it('creates a group with the location, lists it, and fills the Calendar Group dropdown', async () => {
		const { fake } = state;
		const created = await run({
			resource: 'calendarGroup',
			operation: 'create',
			name: 'Sales Team',
			description: 'Book a call with sales',
			slug: 'sales-team',
			additionalFields: { isActive: false },
		});
		expect(created.error).toBeUndefined();
		const post = only('POST', /^\/calendars\/groups$/);
		expect(post.query).toEqual({});
		expect(post.body).toEqual({
			name: 'Sales Team',
			description: 'Book a call with sales',
			slug: 'sales-team',
			isActive: false,
			locationId: LOCATION_ID,
		});
		const group = created.items[0].json;
		expect(group).toMatchObject({
			id: expect.any(String),
			name: 'Sales Team',
			slug: 'sales-team',
			isActive: false,
			locationId: LOCATION_ID,
		});

		fake.requests.length = 0;
		const listed = await run({ resource: 'calendarGroup', operation: 'getAll', returnAll: true });
		expect(listed.error).toBeUndefined();
		expect(only('GET', /^\/calendars\/groups$/).query).toEqual({ locationId: LOCATION_ID });
		expect(listed.items.map((i) => i.json)).toEqual([group]);

		const options = await loadOptions({
			baseUrl: fake.baseUrl,
			method: 'getCalendarGroups',
			parameters: {},
		});
		expect(options).toEqual([{ name: 'Sales Team', value: group.id, description: 'Disabled' }]);
	});

	it('updates name, description and slug together, enables and disables, and deletes a group', async () => {
		const { seed } = state;
		const group = addCalendarGroup(seed.location, {
			name: 'Sales',
			description: 'Old',
			slug: 'sales',
		});

		const updated = await run({
			resource: 'calendarGroup',
			operation: 'update',
			groupId: group.id,
			name: 'Sales EU',
			description: 'European sales',
			slug: 'sales-eu',
		});
		expect(updated.error).toBeUndefined();
		const put = only('PUT', /^\/calendars\/groups\/[^/]+$/);
		expect(put.path).toBe(`/calendars/groups/${String(group.id)}`);
		expect(put.body).toEqual({ name: 'Sales EU', description: 'European sales', slug: 'sales-eu' });
		expect(updated.items[0].json).toMatchObject({
			id: group.id,
			name: 'Sales EU',
			slug: 'sales-eu',
		});

		const disabled = await runNext('calendarGroup', 'disable', {
			groupId: group.id,
		});
		expect(disabled.error).toBeUndefined();
		const off = only('PUT', /\/status$/);
		expect([off.path, off.body]).toEqual([
			`/calendars/groups/${String(group.id)}/status`,
			{ isActive: false },
		]);
		expect(disabled.items[0].json).toEqual({ id: group.id, isActive: false, success: true });
		expect(group.isActive).toBe(false);

		const enabled = await runNext('calendarGroup', 'enable', {
			groupId: group.id,
		});
		expect(only('PUT', /\/status$/).body).toEqual({ isActive: true });
		expect(enabled.items[0].json).toEqual({ id: group.id, isActive: true, success: true });

		const deleted = await runNext('calendarGroup', 'delete', {
			groupId: group.id,
		});
		expect(only('DELETE', /^\/calendars\/groups\//).path).toBe(
			`/calendars/groups/${String(group.id)}`,
		);
		expect(deleted.items[0].json).toEqual({ id: group.id, deleted: true });
		expect(seed.location.collection('calendarGroups').size).toBe(0);
	});

	it('refuses an update without a slug before any request, naming item and field', async () => {
		const result = await run({
			resource: 'calendarGroup',
			operation: 'update',
			groupId: 'group1',
			name: 'Sales',
			description: 'x',
			slug: '  ',
		});
		expect(result.error?.message).toMatch(/Calendar Group › Update: Invalid 'Slug' in item 0/);
		expect(state.fake.requests).toHaveLength(0);
	});
});

describe('Calendar Resource', () => {
	it('creates a room for service calendars, gets, lists, updates and deletes it', async () => {
		const { seed } = state;
		const yoga = seedCalendar({ name: 'Yoga Class' });
		const created = await run({
			resource: 'calendarResource',
			operation: 'create',
			resourceType: 'rooms',
			name: 'Yoga Room',
			description: 'Second floor',
			calendarIds: [yoga.id],
			additionalFields: { capacity: 12 },
		});
		expect(created.error).toBeUndefined();
		const post = only('POST', /^\/calendars\/resources\/rooms$/);
		expect(post.body).toEqual({
			name: 'Yoga Room',
			description: 'Second floor',
			calendarIds: [yoga.id],
			capacity: 12,
			quantity: 1,
			outOfService: 0,
			locationId: LOCATION_ID,
		});
		const room = created.items[0].json;
		expect(room).toMatchObject({
			id: expect.any(String),
			resourceType: 'rooms',
			name: 'Yoga Room',
			capacity: 12,
			isActive: true,
		});

		const got = await runNext('calendarResource', 'get', {
			resourceType: 'rooms',
			calendarResourceId: room.id,
		});
		expect(only('GET', /^\/calendars\/resources\/rooms\//).path).toBe(
			`/calendars/resources/rooms/${String(room.id)}`,
		);
		expect(got.items[0].json).toEqual(room);

		const listed = await runNext('calendarResource', 'getAll', {
			resourceType: 'rooms',
			returnAll: false,
			limit: 5,
		});
		expect(only('GET', /^\/calendars\/resources\/rooms$/).query).toEqual({
			locationId: LOCATION_ID,
			skip: '0',
			limit: '5',
		});
		expect(listed.items.map((i) => i.json.id)).toEqual([room.id]);

		const updated = await runNext('calendarResource', 'update', {
			resourceType: 'rooms',
			calendarResourceId: room.id,
			updateFields: { capacity: 20, name: 'Big Yoga Room' },
		});
		expect(updated.error).toBeUndefined();
		expect(only('PUT', /^\/calendars\/resources\/rooms\//).body).toEqual({
			name: 'Big Yoga Room',
			capacity: 20,
		});
		expect(updated.items[0].json).toMatchObject({
			id: room.id,
			name: 'Big Yoga Room',
			capacity: 20,
		});

		const deleted = await runNext('calendarResource', 'delete', {
			resourceType: 'rooms',
			calendarResourceId: room.id,
		});
		expect(only('DELETE', /^\/calendars\/resources\/rooms\//).path).toBe(
			`/calendars/resources/rooms/${String(room.id)}`,
		);
		expect(deleted.items[0].json).toEqual({ id: room.id, resourceType: 'rooms', deleted: true });
		expect(seed.location.collection('calendarResources').size).toBe(0);
	});

	it('reads every page of a bare list with Return All', async () => {
		const { fake, seed } = state;
		for (let i = 0; i < 102; i++) {
			seed.location.collection('calendarResources').set(`eq${i}`, {
				id: `eq${i}`,
				name: `Projector ${i}`,
				resourceType: 'equipments',
				locationId: LOCATION_ID,
				isActive: true,
				calendarIds: [],
			});
		}
		const listed = await run({
			resource: 'calendarResource',
			operation: 'getAll',
			resourceType: 'equipments',
			returnAll: true,
		});
		expect(listed.error).toBeUndefined();
		expect(listed.items).toHaveLength(102);
		expect(
			requestsTo(fake, 'GET', /^\/calendars\/resources\/equipments$/).map((r) => [
				r.query.skip,
				r.query.limit,
			]),
		).toEqual([
			['0', '100'],
			['100', '100'],
		]);
	});

	it('refuses a negative quantity before any request', async () => {
		const result = await run({
			resource: 'calendarResource',
			operation: 'create',
			resourceType: 'equipments',
			name: 'Projector',
			description: 'HD',
			calendarIds: 'cal1',
			additionalFields: { quantity: -2 },
		});
		expect(result.error?.message).toMatch(
			/Calendar Resource › Create: Invalid 'Quantity' in item 0: expected a number of 0 or more/,
		);
		expect(state.fake.requests).toHaveLength(0);
	});
});

describe('Calendar Notification', () => {
	it('creates a reminder an hour before, gets, lists, updates and deletes it', async () => {
		const calendar = seedCalendar();
		const created = await run({
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: calendar.id,
			notificationType: 'reminder',
			receiverType: 'contact',
			channel: 'email',
			timeOffset: 1,
			timeUnit: 'hours',
			additionalFields: {
				subject: 'See you soon',
				body: 'Hi {{contact.name}}',
				fromAddress: 'bookings@acme.example',
				additionalEmailIds: 'a@acme.example, b@acme.example',
			},
		});
		expect(created.error).toBeUndefined();
		const post = only('POST', /^\/calendars\/[^/]+\/notifications$/);
		expect(post.path).toBe(`/calendars/${String(calendar.id)}/notifications`);
		expect(post.body).toEqual([
			{
				notificationType: 'reminder',
				receiverType: 'contact',
				channel: 'email',
				subject: 'See you soon',
				body: 'Hi {{contact.name}}',
				fromAddress: 'bookings@acme.example',
				additionalEmailIds: ['a@acme.example', 'b@acme.example'],
				beforeTime: [{ timeOffset: 1, unit: 'hours' }],
			},
		]);
		const notification = created.items[0].json;
		expect(notification).toMatchObject({
			_id: expect.any(String),
			notificationType: 'reminder',
			calendarId: calendar.id,
			isActive: true,
		});
		const id = notification._id as string;

		const got = await runNext('calendarNotification', 'get', {
			calendarId: calendar.id,
			calendarNotificationId: id,
		});
		expect(only('GET', /\/notifications\//).path).toBe(
			`/calendars/${String(calendar.id)}/notifications/${id}`,
		);
		expect(got.items[0].json).toMatchObject({ _id: id, subject: 'See you soon' });

		const listed = await runNext('calendarNotification', 'getAll', {
			calendarId: calendar.id,
			returnAll: true,
		});
		expect(only('GET', /\/notifications$/).query).toEqual({ skip: '0', limit: '100' });
		expect(listed.items.map((i) => i.json._id)).toEqual([id]);

		const updated = await runNext('calendarNotification', 'update', {
			calendarId: calendar.id,
			calendarNotificationId: id,
			updateFields: { isActive: false, channel: 'sms' },
		});
		expect(updated.error).toBeUndefined();
		expect(only('PUT', /\/notifications\//).body).toEqual({ channel: 'sms', isActive: false });
		expect(updated.items[0].json).toEqual({ message: 'Notification updated successfully' });

		const deleted = await runNext('calendarNotification', 'delete', {
			calendarId: calendar.id,
			calendarNotificationId: id,
		});
		expect(only('DELETE', /\/notifications\//).path).toBe(
			`/calendars/${String(calendar.id)}/notifications/${id}`,
		);
		expect(deleted.items[0].json).toEqual({ id, calendarId: calendar.id, deleted: true });
	});

	it('sends no time offset for a confirmation', async () => {
		const calendar = seedCalendar();
		const created = await run({
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: calendar.id,
			notificationType: 'confirmation',
			receiverType: 'assignedUser',
			channel: 'inApp',
		});
		expect(created.error).toBeUndefined();
		expect(only('POST', /\/notifications$/).body).toEqual([
			{ notificationType: 'confirmation', receiverType: 'assignedUser', channel: 'inApp' },
		]);
	});

	it('refuses an unknown channel before any request', async () => {
		const result = await run({
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: 'cal1',
			notificationType: 'booked',
			receiverType: 'contact',
			channel: 'pigeon',
		});
		expect(result.error?.message).toMatch(
			/Calendar Notification › Create: Invalid 'Channel' in item 0/,
		);
		expect(state.fake.requests).toHaveLength(0);
	});
});

describe('Appointment Note', () => {
	async function book() {
		const calendar = seedCalendar();
		const contact = state.seed.location.addContact({ email: 'noted@example.com' });
		const booked = await run({
			resource: 'appointment',
			operation: 'create',
			calendarId: calendar.id,
			contactId: contact.id,
			startTime: '2026-12-01T10:00:00Z',
		});
		expect(booked.error).toBeUndefined();
		state.fake.requests.length = 0;
		return { appointmentId: booked.items[0].json.id as string, contactId: contact.id };
	}

	it('adds a note as a user, lists, updates and deletes it', async () => {
		const { seed } = state;
		const { appointmentId, contactId } = await book();
		const created = await run({
			resource: 'appointmentNote',
			operation: 'create',
			appointmentId,
			body: 'Bring the contract',
			additionalFields: { userId: seed.ada.id },
		});
		expect(created.error).toBeUndefined();
		const post = only('POST', /\/notes$/);
		expect([post.path, post.query, post.body]).toEqual([
			`/calendars/appointments/${appointmentId}/notes`,
			{},
			{ body: 'Bring the contract', userId: seed.ada.id },
		]);
		const note = created.items[0].json;
		expect(note).toMatchObject({
			id: expect.any(String),
			body: 'Bring the contract',
			contactId,
			createdBy: { id: seed.ada.id, name: 'Ada Lovelace' },
		});

		const listed = await runNext('appointmentNote', 'getAll', {
			appointmentId,
			returnAll: true,
		});
		expect(only('GET', /\/notes$/).query).toEqual({ offset: '0', limit: '20' });
		expect(listed.items.map((i) => i.json.id)).toEqual([note.id]);

		const updated = await runNext('appointmentNote', 'update', {
			appointmentId,
			appointmentNoteId: note.id,
			body: 'Contract signed',
		});
		expect(updated.error).toBeUndefined();
		const put = only('PUT', /\/notes\//);
		expect([put.path, put.body]).toEqual([
			`/calendars/appointments/${appointmentId}/notes/${String(note.id)}`,
			{ body: 'Contract signed' },
		]);
		expect(updated.items[0].json).toMatchObject({ id: note.id, body: 'Contract signed' });

		const deleted = await runNext('appointmentNote', 'delete', {
			appointmentId,
			appointmentNoteId: note.id,
		});
		expect(only('DELETE', /\/notes\//).path).toBe(
			`/calendars/appointments/${appointmentId}/notes/${String(note.id)}`,
		);
		expect(deleted.items[0].json).toEqual({ id: note.id, appointmentId, deleted: true });
	});

	it('pages 20 notes at a time with offset, newest first', async () => {
		const { fake } = state;
		const { appointmentId } = await book();
		const notes = state.seed.location.collection('appointmentNotes');
		for (let i = 0; i < 25; i++)
			notes.set(`n${i}`, { id: `n${i}`, body: `Note ${i}`, appointmentId });
		const listed = await run({
			resource: 'appointmentNote',
			operation: 'getAll',
			appointmentId,
			returnAll: true,
		});
		expect(listed.items).toHaveLength(25);
		expect(listed.items[0].json.id).toBe('n24');
		expect(requestsTo(fake, 'GET', /\/notes$/).map((r) => [r.query.offset, r.query.limit])).toEqual(
			[
				['0', '20'],
				['20', '20'],
			],
		);
	});

	it('refuses a note over 5,000 characters before any request', async () => {
		const result = await run({
			resource: 'appointmentNote',
			operation: 'create',
			appointmentId: 'appt1',
			body: 'x'.repeat(5001),
		});
		expect(result.error?.message).toMatch(/Appointment Note › Create: Invalid 'Body' in item 0/);
		expect(state.fake.requests).toHaveLength(0);
	});
});

describe('Appointment › Get Blocked Slots, Update Block Slot', () => {
	it('lists a calendar’s blocked time in a range, moves a block and gives it to a user', async () => {
		const { seed } = state;
		const calendar = seedCalendar();
		const added = await run({
			resource: 'appointment',
			operation: 'addBlockSlot',
			calendarId: calendar.id,
			startTime: '2026-12-01T10:00:00Z',
			endTime: '2026-12-01T11:00:00Z',
			title: 'Lunch',
		});
		const block = added.items[0].json;

		const listed = await runNext('appointment', 'getBlockedSlots', {
			blockedOf: 'calendar',
			calendarId: calendar.id,
			startTime: '2026-12-01T00:00:00Z',
			endTime: '2026-12-02T00:00:00Z',
			returnAll: true,
		});
		expect(listed.error).toBeUndefined();
		expect(only('GET', /^\/calendars\/blocked-slots$/).query).toEqual({
			locationId: LOCATION_ID,
			calendarId: calendar.id,
			startTime: String(Date.UTC(2026, 11, 1)),
			endTime: String(Date.UTC(2026, 11, 2)),
		});
		expect(listed.items.map((i) => i.json)).toEqual([block]);

		const moved = await runNext('appointment', 'updateBlockSlot', {
			blockSlotId: block.id,
			blockFor: 'user',
			assignedUserId: seed.alan.id,
			updateFields: {
				startTime: '2026-12-01T12:00:00Z',
				endTime: '2026-12-01T13:00:00Z',
				title: 'Gym',
			},
		});
		expect(moved.error).toBeUndefined();
		const put = only('PUT', /^\/calendars\/events\/block-slots\//);
		expect(put.path).toBe(`/calendars/events/block-slots/${String(block.id)}`);
		expect(put.body).toEqual({
			assignedUserId: seed.alan.id,
			startTime: '2026-12-01T12:00:00.000Z',
			endTime: '2026-12-01T13:00:00.000Z',
			title: 'Gym',
			locationId: LOCATION_ID,
		});
		expect(moved.items[0].json).toMatchObject({
			id: block.id,
			assignedUserId: seed.alan.id,
			title: 'Gym',
			startTime: '2026-12-01T12:00:00.000Z',
		});
		expect(moved.items[0].json.calendarId).toBeUndefined();

		const ofUser = await runNext('appointment', 'getBlockedSlots', {
			blockedOf: 'user',
			userId: seed.alan.id,
			startTime: '2026-12-01',
			endTime: '2026-12-02',
			returnAll: true,
		});
		expect(only('GET', /blocked-slots/).query).toMatchObject({ userId: seed.alan.id });
		expect(ofUser.items.map((i) => i.json.id)).toEqual([block.id]);
	});

	it('lists a group’s blocked time', async () => {
		const { seed } = state;
		const group = addCalendarGroup(seed.location, {
			name: 'Sales',
			description: 'x',
			slug: 'sales',
		});
		const calendar = seedCalendar({ groupId: group.id });
		await run({
			resource: 'appointment',
			operation: 'addBlockSlot',
			calendarId: calendar.id,
			startTime: '2026-12-01T10:00:00Z',
			endTime: '2026-12-01T11:00:00Z',
		});
		const listed = await runNext('appointment', 'getBlockedSlots', {
			blockedOf: 'group',
			groupId: group.id,
			startTime: '2026-12-01',
			endTime: '2026-12-01',
			returnAll: true,
		});
		expect(only('GET', /blocked-slots/).query).toMatchObject({ groupId: group.id });
		expect(listed.items).toHaveLength(1);
	});

	it('refuses a range that ends before it starts, and an end before the start of a moved block, before any request', async () => {
		const slots = await run({
			resource: 'appointment',
			operation: 'getBlockedSlots',
			calendarId: 'cal1',
			startTime: '2026-12-02',
			endTime: '2026-12-01',
			returnAll: true,
		});
		expect(slots.error?.message).toMatch(
			/Appointment › Get Blocked Slots: Invalid 'End Time' in item 0/,
		);
		const moved = await run({
			resource: 'appointment',
			operation: 'updateBlockSlot',
			blockSlotId: 'b1',
			calendarId: 'cal1',
			updateFields: { startTime: '2026-12-01T12:00:00Z', endTime: '2026-12-01T11:00:00Z' },
		});
		expect(moved.error?.message).toMatch(
			/Appointment › Update Block Slot: Invalid 'End Time' in item 0/,
		);
		expect(state.fake.requests).toHaveLength(0);
	});
});
