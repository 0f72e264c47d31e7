import { addCalendar } from '../fake-highlevel/handlers/calendars';
import { LOCATION_ID, loadOptions, PIT_TOKEN } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const VERSION = '2021-04-15';
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour, minute);
const iso = (ms: number) => new Date(ms).toISOString();

/** A calendar open 09:00–12:00 UTC on weekdays with hour-long slots: three a day. 2026-12-01 is a Tuesday. */
function seedCalendar(extra: Record<string, unknown> = {}) {
	const { seed } = state;
	return addCalendar(seed.location, {
		name: 'Intro Call',
		groupId: 'group0000000000000001',
		teamMembers: [{ userId: seed.ada.id }],
		openHours: [
			{
				daysOfTheWeek: [1, 2, 3, 4, 5],
				hours: [{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 }],
			},
		],
		slotDuration: 60,
		slotDurationUnit: 'mins',
		slotInterval: 60,
		slotIntervalUnit: 'mins',
		...extra,
	});
}

function seedContact() {
	return state.seed.location.addContact({ email: 'booker@example.com', firstName: 'Booker' });
}

const appointments = () => state.seed.location.collection('appointments');

/** Calendar › Get Free Slots of a calendar from `startDate` to `endDate`, `more` added. */
const freeSlots = (
	calendarId: unknown,
	startDate: string,
	endDate: string,
	more: Record<string, unknown> = {},
) =>
	run({ resource: 'calendar', operation: 'getFreeSlots', calendarId, startDate, endDate, ...more });

/** Appointment › Create for a new calendar and contact at `startTime`, `more` added. */
async function bookNew(startTime: string, more: Record<string, unknown> = {}) {
	const intro = seedCalendar();
	const contact = seedContact();
	const result = await run({
		resource: 'appointment',
		operation: 'create',
		calendarId: intro.id,
		contactId: contact.id,
		startTime,
		...more,
	});
	return { intro, contact, result };
}

/** The request's method and path, and the Version header calendars.json asks for. */
function expectCall(
	request: { method: string; path: string; headers: Record<string, unknown> },
	method: string,
	path: string,
) {
	expect([request.method, request.path, request.headers.version]).toEqual([method, path, VERSION]);
}

describe('Calendar › Get Many, Get and the calendar dropdown', () => {
	it('lists the location’s calendars with HighLevel’s Version, and passes the filters', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const draft = seedCalendar({
			name: 'Old Demo',
			isActive: false,
			groupId: 'group0000000000000002',
		});
		const all = await run({ resource: 'calendar', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((i) => i.json.id)).toEqual([intro.id, draft.id]);
		const [first] = requestsTo(fake, 'GET', /^\/calendars\/$/);
		expect(first.headers.version).toBe(VERSION);
		expect(first.query).toEqual({ locationId: LOCATION_ID });

		fake.requests.length = 0;
		const filtered = await run({
			resource: 'calendar',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { groupId: 'group0000000000000001', showDrafted: false },
		});
		expect(filtered.items.map((i) => i.json.name)).toEqual(['Intro Call']);
		expect(fake.requests[0].query).toEqual({
			locationId: LOCATION_ID,
			groupId: 'group0000000000000001',
			showDrafted: 'false',
		});

		const limited = await run({
			resource: 'calendar',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
		});
		expect(limited.items).toHaveLength(1);
	});

	it('gets one calendar', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const result = await run({ resource: 'calendar', operation: 'get', calendarId: intro.id });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			id: intro.id,
			name: 'Intro Call',
			slotDuration: 60,
		});
		const [request] = fake.requests;
		expectCall(request, 'GET', `/calendars/${String(intro.id)}`);
	});

	it('fails the item with HighLevel’s message for a calendar that does not exist', async () => {
		const result = await run({
			resource: 'calendar',
			operation: 'get',
			calendarId: 'nosuchcalendar000001',
		});
		expect(result.error?.message).toMatch(
			/Calendar › Get: .*Calendar with id nosuchcalendar000001 not found/,
		);
	});

	it('fills the calendar dropdown by name, marking drafts', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const draft = seedCalendar({ name: 'Alpha Draft', isActive: false });
		const options = await loadOptions({
			baseUrl: fake.baseUrl,
			parameters: { resource: 'appointment', operation: 'create' },
			method: 'getCalendars',
		});
		expect(options).toEqual([
			{ name: 'Alpha Draft', value: draft.id, description: 'Draft (inactive)' },
			{ name: 'Intro Call', value: intro.id, description: undefined },
		]);
		expect(
			fake.requests.map((r) => [r.method, r.path, r.query.locationId, r.headers.version]),
		).toEqual([['GET', '/calendars/', LOCATION_ID, VERSION]]);
	});
});

describe('Calendar › Create, Update, Delete', () => {
	it('creates a calendar with its team, open hours and slot settings', async () => {
		const { fake, seed } = state;
		const result = await run({
			resource: 'calendar',
			operation: 'create',
			name: 'Discovery',
			additionalFields: {
				calendarType: 'round_robin',
				teamMembers: [seed.ada.id, seed.alan.id],
				openHours: {
					hours: [
						{ days: [1, 3], from: '08:30', to: '12:00' },
						{ days: [5], from: '13:00', to: '16:15' },
					],
				},
				slotDuration: 45,
				slotInterval: 15,
				autoConfirm: false,
				description: 'First chat',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/calendars\/$/);
		expect(request.headers.version).toBe(VERSION);
		expect(request.body).toEqual({
			name: 'Discovery',
			locationId: LOCATION_ID,
			calendarType: 'round_robin',
			description: 'First chat',
			autoConfirm: false,
			teamMembers: [{ userId: seed.ada.id }, { userId: seed.alan.id }],
			openHours: [
				{
					daysOfTheWeek: [1, 3],
					hours: [{ openHour: 8, openMinute: 30, closeHour: 12, closeMinute: 0 }],
				},
				{
					daysOfTheWeek: [5],
					hours: [{ openHour: 13, openMinute: 0, closeHour: 16, closeMinute: 15 }],
				},
			],
			slotDuration: 45,
			slotDurationUnit: 'mins',
			slotInterval: 15,
			slotIntervalUnit: 'mins',
		});
		expect(result.items[0].json).toMatchObject({
			name: 'Discovery',
			calendarType: 'round_robin',
			locationId: LOCATION_ID,
		});
		expect(
			seed.location.collection('calendars').get(result.items[0].json.id as string),
		).toBeDefined();
	});

	it('rejects a team that does not fit the calendar type, and bad open hours, before any request', async () => {
		const { fake, seed } = state;
		const personal = await run({
			resource: 'calendar',
			operation: 'create',
			name: 'Mine',
			additionalFields: { calendarType: 'personal', teamMembers: [seed.ada.id, seed.alan.id] },
		});
		expect(personal.error?.message).toMatch(
			/Invalid 'Team Member' in item 0: expected exactly one user for a Personal calendar/,
		);
		const hours = await run({
			resource: 'calendar',
			operation: 'create',
			name: 'Shop',
			additionalFields: { openHours: { hours: [{ days: [1], from: '17:00', to: '09:00' }] } },
		});
		expect(hours.error?.message).toMatch(
			/Invalid 'Open Hours › To' in item 0: expected a time after 'From'/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('updates and deletes a calendar, retrying both after a 503', async () => {
		const { fake, seed } = state;
		const intro = seedCalendar();
		fake.injectFault({
			method: 'PUT',
			path: `/calendars/${String(intro.id)}`,
			fault: { kind: 'status', status: 503 },
		});
		const updated = await run({
			resource: 'calendar',
			operation: 'update',
			calendarId: intro.id,
			updateFields: { name: 'Intro Call (30 min)', slotDuration: 30, isActive: false },
		});
		expect(updated.error).toBeUndefined();
		const puts = requestsTo(fake, 'PUT', /^\/calendars\//);
		expect(puts.map((r) => r.status)).toEqual([503, 200]);
		expect(puts[1].body).toEqual({
			name: 'Intro Call (30 min)',
			slotDuration: 30,
			slotDurationUnit: 'mins',
			isActive: false,
		});
		expect(updated.items[0].json).toMatchObject({
			id: intro.id,
			name: 'Intro Call (30 min)',
			isActive: false,
		});

		fake.injectFault({
			method: 'DELETE',
			path: `/calendars/${String(intro.id)}`,
			fault: { kind: 'status', status: 503 },
		});
		const deleted = await run({ resource: 'calendar', operation: 'delete', calendarId: intro.id });
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: intro.id, deleted: true }]);
		expect(requestsTo(fake, 'DELETE', /^\/calendars\//).map((r) => r.status)).toEqual([503, 200]);
		expect(seed.location.collection('calendars').size).toBe(0);
	});

	it('asks for at least one field to update', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const result = await run({
			resource: 'calendar',
			operation: 'update',
			calendarId: intro.id,
			updateFields: {},
		});
		expect(result.error?.message).toMatch(
			/Invalid 'Update Fields' in item 0: expected at least one field to change/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Calendar › Get Free Slots', () => {
	it('sends the range as epoch milliseconds and outputs one item per slot, in the asked time zone', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const result = await freeSlots(intro.id, '2026-12-01T00:00:00Z', '2026-12-02T23:59:59.999Z', {
			options: { timezone: 'America/New_York' },
		});
		expect(result.error).toBeUndefined();
		const [request] = fake.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`/calendars/${String(intro.id)}/free-slots`);
		expect(request.headers.version).toBe(VERSION);
		expect(request.query).toEqual({
			startDate: String(at(1, 0)),
			endDate: String(at(2, 23, 59) + 59_999),
			timezone: 'America/New_York',
		});
		expect(result.items.map((i) => i.json)).toEqual([
			{ calendarId: intro.id, date: '2026-12-01', startTime: '2026-12-01T04:00:00-05:00' },
			{ calendarId: intro.id, date: '2026-12-01', startTime: '2026-12-01T05:00:00-05:00' },
			{ calendarId: intro.id, date: '2026-12-01', startTime: '2026-12-01T06:00:00-05:00' },
			{ calendarId: intro.id, date: '2026-12-02', startTime: '2026-12-02T04:00:00-05:00' },
			{ calendarId: intro.id, date: '2026-12-02', startTime: '2026-12-02T05:00:00-05:00' },
			{ calendarId: intro.id, date: '2026-12-02', startTime: '2026-12-02T06:00:00-05:00' },
		]);
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('reads dates alone as whole days in the time zone, and takes n8n DateTime values', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const byDate = await freeSlots(intro.id, '2026-12-01', '2026-12-01', {
			options: { timezone: 'Asia/Kolkata' },
		});
		expect(byDate.error).toBeUndefined();
		// 2026-12-01 in Kolkata (+05:30) runs from 11-30 18:30 UTC to 12-01 18:30 UTC.
		expect(fake.requests[0].query).toMatchObject({
			startDate: String(at(0, 18, 30)),
			endDate: String(at(1, 18, 30) - 1),
		});
		expect(byDate.items.map((i) => i.json.startTime)).toEqual([
			'2026-12-01T14:30:00+05:30',
			'2026-12-01T15:30:00+05:30',
			'2026-12-01T16:30:00+05:30',
		]);

		fake.requests.length = 0;
		const byDateTime = await freeSlots(
			intro.id,
			"={{ DateTime.fromISO('2026-12-01T10:00:00Z') }}",
			"={{ DateTime.fromISO('2026-12-01T10:00:00Z').plus({ hours: 2 }) }}",
		);
		expect(byDateTime.error).toBeUndefined();
		expect(fake.requests[0].query).toEqual({
			startDate: String(at(1, 10)),
			endDate: String(at(1, 12)),
		});
		// No time zone asked: HighLevel answers in the sub-account's (UTC in the fake).
		expect(byDateTime.items.map((i) => i.json.startTime)).toEqual([
			'2026-12-01T10:00:00+00:00',
			'2026-12-01T11:00:00+00:00',
		]);
	});

	it('drops a slot once an appointment takes it', async () => {
		const { seed } = state;
		const intro = seedCalendar();
		const contact = seedContact();
		const slots = async () =>
			(
				await run({
					resource: 'calendar',
					operation: 'getFreeSlots',
					calendarId: intro.id,
					startDate: '2026-12-01T00:00:00Z',
					endDate: '2026-12-01T23:59:00Z',
				})
			).items.map((i) => i.json.startTime);
		expect(await slots()).toEqual([
			'2026-12-01T09:00:00+00:00',
			'2026-12-01T10:00:00+00:00',
			'2026-12-01T11:00:00+00:00',
		]);
		const booked = await run({
			resource: 'appointment',
			operation: 'create',
			calendarId: intro.id,
			contactId: contact.id,
			startTime: '2026-12-01T10:00:00Z',
			additionalFields: { assignedUserId: seed.ada.id },
		});
		expect(booked.error).toBeUndefined();
		expect(await slots()).toEqual(['2026-12-01T09:00:00+00:00', '2026-12-01T11:00:00+00:00']);
	});

	it('checks the range and the time zone before any request', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const base = { resource: 'calendar', operation: 'getFreeSlots', calendarId: intro.id };
		const backwards = await run({
			...base,
			startDate: '2026-12-05',
			endDate: '2026-12-01T00:00:00Z',
		});
		expect(backwards.error?.message).toMatch(
			/Calendar › Get Free Slots: Invalid 'End Date' in item 0: expected a moment after 'Start Date'/,
		);
		const tooLong = await run({ ...base, startDate: '2026-12-01', endDate: '2027-01-05' });
		expect(tooLong.error?.message).toMatch(
			/Invalid 'End Date' in item 0: expected at most 31 days after 'Start Date'/,
		);
		const notADate = await run({ ...base, startDate: 'next tuesday', endDate: '2026-12-05' });
		expect(notADate.error?.message).toMatch(
			/Invalid 'Start Date' in item 0: expected an ISO 8601 date/,
		);
		expect(notADate.error?.description).toBe('Got "next tuesday".');
		const noSuchDay = await run({ ...base, startDate: '2026-02-30', endDate: '2026-03-05' });
		expect(noSuchDay.error?.message).toMatch(
			/Invalid 'Start Date' in item 0: expected a date that exists on the calendar/,
		);
		const zone = await run({
			...base,
			startDate: '2026-12-01',
			endDate: '2026-12-02',
			options: { timezone: 'Mars/Olympus' },
		});
		expect(zone.error?.message).toMatch(
			/Invalid 'Time Zone' in item 0: expected an IANA time zone/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Appointment › Create', () => {
	it('books the appointment with every field HighLevel takes, and outputs it', async () => {
		const { fake, seed } = state;
		// The fields HighLevel takes as they are given.
		const asGiven = {
			title: 'Intro with Booker',
			appointmentStatus: 'new',
			assignedUserId: seed.ada.id,
			address: 'https://meet.example.com/booker',
			meetingLocationType: 'custom',
			description: 'Talk about the project',
			ignoreDateRange: true,
			toNotify: false,
		};
		const { intro, contact, result } = await bookNew('2026-12-01T05:00:00-05:00', {
			additionalFields: { endTime: '2026-12-01T06:00:00-05:00', ...asGiven },
		});
		expect(result.error).toBeUndefined();
		const [request] = fake.requests;
		expectCall(request, 'POST', '/calendars/events/appointments');
		expect(request.body).toEqual({
			calendarId: intro.id,
			locationId: LOCATION_ID,
			contactId: contact.id,
			startTime: iso(at(1, 10)),
			endTime: iso(at(1, 11)),
			...asGiven,
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			id: expect.any(String),
			calendarId: intro.id,
			contactId: contact.id,
			title: 'Intro with Booker',
			appointmentStatus: 'new',
		});
		expect(appointments().get(result.items[0].json.id as string)).toMatchObject({
			startTime: iso(at(1, 10)),
		});
	});

	it('reads a time without an offset in the workflow’s time zone', async () => {
		const { fake } = state;
		// The test workflows use n8n's default zone, America/New_York (UTC-5 in December).
		const { intro, contact, result } = await bookNew('2026-12-01T06:00:00');
		expect(result.error).toBeUndefined();
		expect(fake.requests[0].body).toEqual({
			calendarId: intro.id,
			locationId: LOCATION_ID,
			contactId: contact.id,
			startTime: iso(at(1, 11)),
		});
		// HighLevel ends it after the calendar's slot duration.
		expect(result.items[0].json).toMatchObject({
			startTime: iso(at(1, 11)),
			endTime: iso(at(1, 12)),
		});
	});

	it('shows HighLevel’s refusal of a slot that is taken', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const contact = seedContact();
		const book = () =>
			run({
				resource: 'appointment',
				operation: 'create',
				calendarId: intro.id,
				contactId: contact.id,
				startTime: '2026-12-01T09:00:00Z',
			});
		expect((await book()).error).toBeUndefined();
		const second = await book();
		expect(second.error?.message).toMatch(
			/Appointment › Create: .*The slot you have selected is no longer available/,
		);
		expect(requestsTo(fake, 'POST', /appointments$/)).toHaveLength(2);
		expect(appointments().size).toBe(1);
	});

	it('does not resend a booking that met a server error, so the slot is never booked twice', async () => {
		const { fake } = state;
		fake.injectFault({
			method: 'POST',
			path: '/calendars/events/appointments',
			fault: { kind: 'status', status: 503 },
		});
		const { result } = await bookNew('2026-12-01T09:00:00Z');
		expect(result.error?.message).toMatch(/Appointment › Create: Service Unavailable/);
		expect(requestsTo(fake, 'POST', /appointments$/)).toHaveLength(1);
		expect(appointments().size).toBe(0);
	});

	it('does not resend a booking whose answer was lost', async () => {
		const { fake } = state;
		fake.injectFault({
			method: 'POST',
			path: '/calendars/events/appointments',
			fault: { kind: 'reset-after' },
		});
		const { result } = await bookNew('2026-12-01T09:00:00Z');
		expect(result.error?.message).toMatch(/may have been applied and was not resent/);
		expect(requestsTo(fake, 'POST', /appointments$/)).toHaveLength(1);
		expect(appointments().size).toBe(1);
	});

	it('checks the times before any request, naming the item and the field', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const contact = seedContact();
		const base = {
			resource: 'appointment',
			operation: 'create',
			calendarId: intro.id,
			contactId: contact.id,
		};
		const notATime = await run({ ...base, startTime: '01/12/2026 10:00' });
		expect(notATime.error?.message).toMatch(
			/Appointment › Create: Invalid 'Start Time' in item 0: expected an ISO 8601 date/,
		);
		const dayOnly = await run({ ...base, startTime: '2026-12-01' });
		expect(dayOnly.error?.message).toMatch(
			/Invalid 'Start Time' in item 0: expected a date and time such as 2026-01-31T09:30:00-05:00/,
		);
		// An expression that finds nothing gets past n8n's own required check, not past ours.
		const missing = await run({ ...base, startTime: '={{ $json.start }}' }, { items: [{}] });
		expect(missing.error?.message).toMatch(
			/Invalid 'Start Time' in item 0: expected a date and time/,
		);
		const backwards = await run({
			...base,
			startTime: '2026-12-01T10:00:00Z',
			additionalFields: { endTime: '2026-12-01T05:00:00-05:00' },
		});
		expect(backwards.error?.message).toMatch(
			/Invalid 'End Time' in item 0: expected a moment after 'Start Time'/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('under Continue On Fail, books the good items and gives one error item for the bad one', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const contact = seedContact();
		const result = await run(
			{
				resource: 'appointment',
				operation: 'create',
				calendarId: intro.id,
				contactId: contact.id,
				startTime: '={{ $json.start }}',
			},
			{
				items: [
					{ start: '2026-12-01T09:00:00Z' },
					{ start: 'soon' },
					{ start: '2026-12-01T11:00:00Z' },
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.items).toHaveLength(3);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json.startTime).toBe(iso(at(1, 9)));
		expect(result.items[1].json.error).toMatch(/Invalid 'Start Time' in item 1/);
		expect(result.items[2].json.startTime).toBe(iso(at(1, 11)));
		expect(requestsTo(fake, 'POST', /appointments$/)).toHaveLength(2);
	});
});

describe('Appointment › Get, Update, Delete', () => {
	async function book() {
		const { intro, contact, result: created } = await bookNew('2026-12-01T09:00:00Z');
		state.fake.requests.length = 0;
		return { intro, contact, id: created.items[0].json.id as string };
	}

	it('gets an appointment', async () => {
		const { fake } = state;
		const { id, intro, contact } = await book();
		const result = await run({ resource: 'appointment', operation: 'get', appointmentId: id });
		expect(result.items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				id,
				calendarId: intro.id,
				contactId: contact.id,
				startTime: iso(at(1, 9)),
				endTime: iso(at(1, 10)),
			}),
		]);
		expect([
			fake.requests[0].method,
			fake.requests[0].path,
			fake.requests[0].headers.version,
		]).toEqual(['GET', `/calendars/events/appointments/${id}`, VERSION]);
	});

	it('reschedules and cancels an appointment, resending the PUT after a 503', async () => {
		const { fake } = state;
		const { id } = await book();
		fake.injectFault({
			method: 'PUT',
			path: `/calendars/events/appointments/${id}`,
			fault: { kind: 'status', status: 503 },
		});
		const result = await run({
			resource: 'appointment',
			operation: 'update',
			appointmentId: id,
			updateFields: {
				startTime: '2026-12-02T11:00:00Z',
				endTime: '2026-12-02T12:00:00Z',
				appointmentStatus: 'cancelled',
				toNotify: false,
			},
		});
		expect(result.error).toBeUndefined();
		const puts = requestsTo(fake, 'PUT', /appointments/);
		expect(puts.map((r) => r.status)).toEqual([503, 200]);
		expect(puts[1].headers.version).toBe(VERSION);
		expect(puts[1].body).toEqual({
			appointmentStatus: 'cancelled',
			toNotify: false,
			startTime: iso(at(2, 11)),
			endTime: iso(at(2, 12)),
		});
		expect(result.items[0].json).toMatchObject({
			id,
			appointmentStatus: 'cancelled',
			startTime: iso(at(2, 11)),
		});
		expect(appointments().get(id)).toMatchObject({
			appointmentStatus: 'cancelled',
			endTime: iso(at(2, 12)),
		});
	});

	it('checks the new times and asks for a change before any request', async () => {
		const { fake } = state;
		const { id } = await book();
		const backwards = await run({
			resource: 'appointment',
			operation: 'update',
			appointmentId: id,
			updateFields: { startTime: '2026-12-02T11:00:00Z', endTime: '2026-12-02T10:00:00Z' },
		});
		expect(backwards.error?.message).toMatch(
			/Appointment › Update: Invalid 'End Time' in item 0: expected a moment after 'Start Time'/,
		);
		const nothing = await run({
			resource: 'appointment',
			operation: 'update',
			appointmentId: id,
			updateFields: {},
		});
		expect(nothing.error?.message).toMatch(
			/Invalid 'Update Fields' in item 0: expected at least one field to change/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('deletes an appointment, resending the DELETE after a 503', async () => {
		const { fake } = state;
		const { id } = await book();
		fake.injectFault({
			method: 'DELETE',
			path: `/calendars/events/${id}`,
			fault: { kind: 'status', status: 503 },
		});
		const result = await run({ resource: 'appointment', operation: 'delete', appointmentId: id });
		expect(result.items.map((i) => i.json)).toEqual([{ id, deleted: true }]);
		const deletes = requestsTo(fake, 'DELETE', /^\/calendars\/events\//);
		expect(deletes.map((r) => [r.path, r.status, r.headers.version])).toEqual([
			[`/calendars/events/${id}`, 503, VERSION],
			[`/calendars/events/${id}`, 201, VERSION],
		]);
		expect(appointments().size).toBe(0);
	});
});

describe('Appointment › Get Many', () => {
	async function bookThree() {
		const { seed } = state;
		const intro = seedCalendar();
		const other = seedCalendar({
			name: 'Other',
			groupId: 'group0000000000000009',
			teamMembers: [{ userId: seed.alan.id }],
		});
		const contact = seedContact();
		const stranger = seed.location.addContact({ email: 'stranger@example.com' });
		const create = async (
			calendarId: unknown,
			contactId: unknown,
			startTime: string,
			assignedUserId: unknown,
		) => {
			const r = await run({
				resource: 'appointment',
				operation: 'create',
				calendarId,
				contactId,
				startTime,
				additionalFields: { assignedUserId },
			});
			return r.items[0].json.id as string;
		};
		const a = await create(intro.id, contact.id, '2026-12-01T09:00:00Z', seed.ada.id);
		const b = await create(intro.id, stranger.id, '2026-12-03T10:00:00Z', seed.ada.id);
		const c = await create(other.id, contact.id, '2026-12-01T11:00:00Z', seed.alan.id);
		state.fake.requests.length = 0;
		return { intro, other, contact, a, b, c };
	}

	it('lists a calendar’s appointments in a time range given as dates', async () => {
		const { fake } = state;
		const { intro, a } = await bookThree();
		const result = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'calendar',
			calendarId: intro.id,
			startTime: '2026-12-01',
			endTime: '2026-12-02',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual([a]);
		const [request] = fake.requests;
		expectCall(request, 'GET', '/calendars/events');
		// Whole days in the workflow's zone (America/New_York), as epoch milliseconds.
		expect(request.query).toEqual({
			locationId: LOCATION_ID,
			calendarId: intro.id,
			startTime: String(at(1, 5)),
			endTime: String(at(3, 5) - 1),
		});
	});

	it('lists a user’s and a group’s appointments, and stops at Limit', async () => {
		const { fake, seed } = state;
		const { a, b, c } = await bookThree();
		const range = { startTime: '2026-11-30T00:00:00Z', endTime: '2026-12-31T00:00:00Z' };
		const byUser = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'user',
			userId: seed.ada.id,
			...range,
			returnAll: true,
		});
		expect(byUser.items.map((i) => i.json.id)).toEqual([a, b]);
		expect(fake.requests[0].query).toEqual({
			locationId: LOCATION_ID,
			userId: seed.ada.id,
			startTime: String(at(0, 0)),
			endTime: String(at(31, 0)),
		});
		const byGroup = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'group',
			groupId: 'group0000000000000009',
			...range,
			returnAll: true,
		});
		expect(byGroup.items.map((i) => i.json.id)).toEqual([c]);
		const limited = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'user',
			userId: seed.ada.id,
			...range,
			returnAll: false,
			limit: 1,
		});
		expect(limited.items.map((i) => i.json.id)).toEqual([a]);
	});

	it('lists every appointment of a contact', async () => {
		const { fake } = state;
		const { contact, a, c } = await bookThree();
		const result = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'contact',
			contactId: contact.id,
			returnAll: true,
		});
		expect(result.items.map((i) => i.json.id)).toEqual([a, c]);
		const [request] = fake.requests;
		// This list lives in the contacts module, with its Version.
		expect([request.method, request.path, request.headers.version]).toEqual([
			'GET',
			`/contacts/${String(contact.id)}/appointments`,
			'2021-07-28',
		]);
	});

	it('asks for the calendar, user or group, and a sane range, before any request', async () => {
		const { fake } = state;
		const range = { startTime: '2026-12-01', endTime: '2026-12-02' };
		// Left empty in the editor, n8n itself refuses to run the node.
		const empty = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'calendar',
			calendarId: '',
			...range,
		});
		expect(empty.error?.message).toMatch(/Parameter "Calendar Name or ID" is required/);
		// Given by an expression that finds nothing, the node refuses the item.
		const noCalendar = await run(
			{
				resource: 'appointment',
				operation: 'getAll',
				filterBy: 'calendar',
				calendarId: '={{ $json.calendar }}',
				...range,
			},
			{ items: [{ calendar: 'cal0000000000000001' }, {}], onError: 'continueRegularOutput' },
		);
		// Item 0's calendar has no appointments, so the only output is item 1's error.
		expect(noCalendar.items.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
		expect(noCalendar.items[0].json.error).toMatch(
			/Appointment › Get Many: Invalid 'Calendar' in item 1: expected the calendar to list appointments of \(HighLevel needs a calendar, a calendar group, a user or a contact\)/,
		);
		expect(fake.requests).toHaveLength(1);
		fake.requests.length = 0;
		const noUser = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'user',
			userId: '={{ $json.user }}',
			...range,
		});
		expect(noUser.error?.message).toMatch(
			/Invalid 'User' in item 0: expected the user to list appointments of/,
		);
		const noGroup = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'group',
			groupId: '={{ "  " }}',
			...range,
		});
		expect(noGroup.error?.message).toMatch(/Invalid 'Group ID' in item 0/);
		const backwards = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'calendar',
			calendarId: 'cal0000000000000001',
			startTime: '2026-12-05',
			endTime: '2026-12-01',
		});
		expect(backwards.error?.message).toMatch(
			/Invalid 'End Time' in item 0: expected a moment after 'Start Time'/,
		);
		const badDate = await run({
			resource: 'appointment',
			operation: 'getAll',
			filterBy: 'calendar',
			calendarId: 'cal0000000000000001',
			startTime: '2026-13-01',
			endTime: '2026-12-01',
		});
		expect(badDate.error?.message).toMatch(
			/Invalid 'Start Time' in item 0: expected an ISO 8601 date/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Appointment › Add Block Slot', () => {
	it('blocks a calendar’s time, which takes its slot, and a user’s time', async () => {
		const { fake, seed } = state;
		const intro = seedCalendar();
		const blocked = await run({
			resource: 'appointment',
			operation: 'addBlockSlot',
			blockFor: 'calendar',
			calendarId: intro.id,
			startTime: '2026-12-01T10:00:00Z',
			endTime: '2026-12-01T11:00:00Z',
			title: 'Lunch',
		});
		expect(blocked.error).toBeUndefined();
		const [request] = fake.requests;
		expectCall(request, 'POST', '/calendars/events/block-slots');
		expect(request.body).toEqual({
			locationId: LOCATION_ID,
			calendarId: intro.id,
			startTime: iso(at(1, 10)),
			endTime: iso(at(1, 11)),
			title: 'Lunch',
		});
		expect(blocked.items[0].json).toMatchObject({
			id: expect.any(String),
			calendarId: intro.id,
			title: 'Lunch',
		});

		const slots = await freeSlots(intro.id, '2026-12-01T00:00:00Z', '2026-12-01T23:00:00Z');
		expect(slots.items.map((i) => i.json.startTime)).toEqual([
			'2026-12-01T09:00:00+00:00',
			'2026-12-01T11:00:00+00:00',
		]);

		fake.requests.length = 0;
		const forUser = await run({
			resource: 'appointment',
			operation: 'addBlockSlot',
			blockFor: 'user',
			assignedUserId: seed.alan.id,
			startTime: '2026-12-01T13:00:00Z',
			endTime: '2026-12-01T14:00:00Z',
		});
		expect(forUser.error).toBeUndefined();
		expect(fake.requests[0].body).toEqual({
			locationId: LOCATION_ID,
			assignedUserId: seed.alan.id,
			startTime: iso(at(1, 13)),
			endTime: iso(at(1, 14)),
		});
	});

	it('checks the times before any request', async () => {
		const { fake } = state;
		const intro = seedCalendar();
		const result = await run({
			resource: 'appointment',
			operation: 'addBlockSlot',
			calendarId: intro.id,
			startTime: '2026-12-01T11:00:00Z',
			endTime: '2026-12-01T11:00:00Z',
		});
		expect(result.error?.message).toMatch(
			/Appointment › Add Block Slot: Invalid 'End Time' in item 0: expected a moment after 'Start Time'/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('the fake HighLevel’s calendars answer as HighLevel does', () => {
	async function call(method: string, path: string, body?: unknown) {
		const response = await fetch(state.fake.baseUrl + path, {
			method,
			headers: {
				authorization: `Bearer ${PIT_TOKEN}`,
				version: VERSION,
				'content-type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { status: response.status, body: await response.json() };
	}

	it('keys free slots by date, and refuses a range over 31 days', async () => {
		const intro = seedCalendar();
		const ok = await call(
			'GET',
			`/calendars/${String(intro.id)}/free-slots?startDate=${at(1, 0)}&endDate=${at(1, 23)}&timezone=Europe/Berlin`,
		);
		expect(ok).toEqual({
			status: 200,
			body: {
				'2026-12-01': {
					slots: [
						'2026-12-01T10:00:00+01:00',
						'2026-12-01T11:00:00+01:00',
						'2026-12-01T12:00:00+01:00',
					],
				},
			},
		});
		const long = await call(
			'GET',
			`/calendars/${String(intro.id)}/free-slots?startDate=${at(1, 0)}&endDate=${at(1, 0) + 32 * 86_400_000}`,
		);
		expect(long).toEqual({
			status: 400,
			body: {
				statusCode: 400,
				message: 'Date range cannot be more than 31 days',
				error: 'Bad Request',
			},
		});
	});

	it('refuses an events list without a calendar, user or group, and a booking without its required fields', async () => {
		const list = await call(
			'GET',
			`/calendars/events?locationId=${LOCATION_ID}&startTime=${at(1, 0)}&endTime=${at(2, 0)}`,
		);
		expect(list).toMatchObject({
			status: 400,
			body: { message: 'Either of calendarId, userId or groupId is required' },
		});
		const booking = await call('POST', '/calendars/events/appointments', {
			locationId: LOCATION_ID,
			calendarId: 'x',
		});
		expect(booking.status).toBe(422);
		const block = await call('POST', '/calendars/events/block-slots', {
			locationId: LOCATION_ID,
			calendarId: 'a',
			assignedUserId: 'b',
		});
		expect(block.status).toBe(422);
	});
});
