import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';

type Rec = Record<string, unknown>;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The fake's sub-accounts keep their calendars' open hours in UTC (get-location answers timezone UTC). */
const LOCATION_ZONE = 'UTC';

const badRequest = (message: string) =>
	new HttpError(400, { statusCode: 400, message, error: 'Bad Request' });
const unprocessable = (message: string) =>
	new HttpError(422, { statusCode: 422, message: [message], error: 'Unprocessable Entity' });

const calendarsOf = (store: LocationStore) => store.collection('calendars');
const appointmentsOf = (store: LocationStore) => store.collection('appointments');
const blockedSlotsOf = (store: LocationStore) => store.collection('blockedSlots');

/** Requests naming a calendar or event by ID alone work in the token's sub-account. */
function tokenStore(call: Call): LocationStore {
	if (!call.locationId)
		throw new HttpError(403, {
			statusCode: 403,
			message: 'The token does not have access to this location',
		});
	return call.location(call.locationId);
}

function calendarIn(store: LocationStore, id: string): Rec {
	const calendar = calendarsOf(store).get(id);
	if (!calendar) throw badRequest(`Calendar with id ${id} not found`);
	return calendar;
}

function appointmentIn(store: LocationStore, id: string): Rec {
	const event = appointmentsOf(store).get(id);
	if (!event) throw badRequest(`Appointment with id ${id} not found`);
	return event;
}

function minutes(value: unknown, unit: unknown, fallback: number): number {
	const n = typeof value === 'number' && value > 0 ? value : fallback;
	return unit === 'hours' ? n * 60 : n;
}

/** A calendar as HighLevel keeps one: the body it was created with over HighLevel's defaults. */
export function addCalendar(store: LocationStore, fields: Rec = {}): Rec {
	const id = (fields.id as string) ?? newId();
	const name = String(fields.name ?? 'Calendar');
	const calendar: Rec = {
		id,
		locationId: store.id,
		name,
		description: '',
		slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
		widgetSlug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
		calendarType: 'event',
		widgetType: 'classic',
		eventTitle: '{{contact.name}}',
		eventColor: '#039be5',
		eventType: 'RoundRobin_OptimizeForAvailability',
		isActive: true,
		teamMembers: [],
		slotDuration: 30,
		slotDurationUnit: 'mins',
		slotInterval: 30,
		slotIntervalUnit: 'mins',
		appoinmentPerSlot: 1,
		openHours: [],
		availabilityType: 0,
		autoConfirm: true,
		allowReschedule: true,
		allowCancellation: true,
		enableRecurring: false,
		...fields,
	};
	calendar.id = id;
	calendarsOf(store).set(id, calendar);
	return calendar;
}

/** Team members need a type that takes them, and the ones that share bookings need some. */
function checkTeam(calendar: Rec): void {
	const members = Array.isArray(calendar.teamMembers) ? calendar.teamMembers.length : 0;
	const type = calendar.calendarType;
	if (type === 'personal' && members !== 1)
		throw badRequest('Personal calendar must have exactly one team member');
	if (
		['round_robin', 'collective', 'class_booking', 'service_booking'].includes(String(type)) &&
		members === 0
	) {
		throw badRequest('Team members are required for this calendar type');
	}
}

// ---- time zones -------------------------------------------------------------------------

function zoneOffset(zone: string, ms: number): number {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
	}).formatToParts(new Date(ms));
	const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return (
		Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) -
		Math.floor(ms / 1000) * 1000
	);
}

function checkZone(zone: string): string {
	try {
		new Intl.DateTimeFormat('en-GB', { timeZone: zone });
	} catch {
		throw badRequest(`Invalid timezone ${zone}`);
	}
	return zone;
}

/** `2026-12-01T09:00:00-05:00`, the way HighLevel writes slot times. */
function zonedIso(ms: number, zone: string): string {
	const offset = zoneOffset(zone, ms);
	const wall = new Date(ms + offset).toISOString().slice(0, 19);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset) / MINUTE;
	return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function parseTime(value: unknown, field: string): number {
	const ms = typeof value === 'string' ? Date.parse(value) : NaN;
	if (Number.isNaN(ms)) throw unprocessable(`${field} must be a valid ISO 8601 date string`);
	return ms;
}

// ---- free slots --------------------------------------------------------------------------

interface Busy {
	start: number;
	end: number;
}

/** Appointments and blocked time that take a calendar's slots (for one user when named). */
function busyTimes(
	store: LocationStore,
	calendar: Rec,
	userId?: string,
	exceptId?: string,
): Busy[] {
	const busy: Busy[] = [];
	for (const event of appointmentsOf(store).values()) {
		if (
			event.id === exceptId ||
			event.calendarId !== calendar.id ||
			event.appointmentStatus === 'cancelled'
		)
			continue;
		if (userId && event.assignedUserId && event.assignedUserId !== userId) continue;
		busy.push({
			start: Date.parse(String(event.startTime)),
			end: Date.parse(String(event.endTime)),
		});
	}
	for (const block of blockedSlotsOf(store).values()) {
		const mine =
			block.calendarId === calendar.id || (userId !== undefined && block.assignedUserId === userId);
		if (mine)
			busy.push({
				start: Date.parse(String(block.startTime)),
				end: Date.parse(String(block.endTime)),
			});
	}
	return busy;
}

/**
 * The starts of the calendar's free slots from `from` to `to` (epoch ms): every slot interval
 * within its open hours that leaves room for the slot duration and is not already taken by as
 * many appointments as a slot holds.
 */
function freeSlotStarts(
	store: LocationStore,
	calendar: Rec,
	from: number,
	to: number,
	userId?: string,
	exceptId?: string,
): number[] {
	const duration = minutes(calendar.slotDuration, calendar.slotDurationUnit, 30) * MINUTE;
	const interval = minutes(calendar.slotInterval, calendar.slotIntervalUnit, 30) * MINUTE;
	const perSlot =
		typeof calendar.appoinmentPerSlot === 'number' && calendar.appoinmentPerSlot > 0
			? calendar.appoinmentPerSlot
			: 1;
	const busy = busyTimes(store, calendar, userId, exceptId);
	const openHours = Array.isArray(calendar.openHours) ? (calendar.openHours as Rec[]) : [];
	const starts: number[] = [];
	for (let day = Math.floor(from / DAY) * DAY; day <= to; day += DAY) {
		const weekday = new Date(day).getUTCDay();
		for (const entry of openHours) {
			if (!Array.isArray(entry.daysOfTheWeek) || !entry.daysOfTheWeek.includes(weekday)) continue;
			for (const hours of (entry.hours as Rec[]) ?? []) {
				const open = day + (Number(hours.openHour) * 60 + Number(hours.openMinute)) * MINUTE;
				const close = day + (Number(hours.closeHour) * 60 + Number(hours.closeMinute)) * MINUTE;
				for (let start = open; start + duration <= close; start += interval) {
					if (start < from || start > to) continue;
					const taken = busy.filter((b) => b.start < start + duration && b.end > start).length;
					if (taken < perSlot) starts.push(start);
				}
			}
		}
	}
	return [...new Set(starts)].sort((a, b) => a - b);
}

/** A booking must start on a free slot unless the caller says to skip that check. */
function checkSlot(store: LocationStore, calendar: Rec, event: Rec, body: Rec): void {
	if (body.ignoreFreeSlotValidation === true) return;
	const start = Date.parse(String(event.startTime));
	const free = freeSlotStarts(
		store,
		calendar,
		start,
		start,
		event.assignedUserId as string | undefined,
		event.id as string,
	);
	if (!free.includes(start)) throw badRequest('The slot you have selected is no longer available.');
}

// ---- appointments -------------------------------------------------------------------------

const APPOINTMENT_BODY_FIELDS = [
	'title',
	'meetingLocationType',
	'meetingLocationId',
	'appointmentStatus',
	'assignedUserId',
	'description',
	'address',
	'rrule',
];

/** AppointmentSchemaResponse: what a create or an update answers. */
function appointmentResponse(event: Rec): Rec {
	const fields = [
		'id',
		'calendarId',
		'locationId',
		'contactId',
		'startTime',
		'endTime',
		'title',
		'meetingLocationType',
		'appointmentStatus',
		'assignedUserId',
		'address',
		'isRecurring',
		'rrule',
	];
	return Object.fromEntries(fields.filter((f) => event[f] !== undefined).map((f) => [f, event[f]]));
}

/** CalendarEventDTO: what the event reads answer. */
function eventDto(event: Rec): Rec {
	const rest = { ...event };
	delete rest.meetingLocationId;
	return rest;
}

function applyTimes(event: Rec, calendar: Rec, body: Rec): void {
	if (body.startTime !== undefined)
		event.startTime = new Date(parseTime(body.startTime, 'startTime')).toISOString();
	if (body.endTime !== undefined)
		event.endTime = new Date(parseTime(body.endTime, 'endTime')).toISOString();
	else if (body.startTime !== undefined) {
		const duration = minutes(calendar.slotDuration, calendar.slotDurationUnit, 30) * MINUTE;
		event.endTime = new Date(Date.parse(String(event.startTime)) + duration).toISOString();
	}
	if (Date.parse(String(event.endTime)) <= Date.parse(String(event.startTime)))
		throw badRequest('End time must be after start time');
}

/** Appointments for `GET /contacts/{contactId}/appointments`, in that module's GetEventSchema shape. */
function contactEvent(event: Rec): Rec {
	return {
		id: event.id,
		calendarId: event.calendarId,
		status: event.appointmentStatus,
		title: event.title,
		assignedUserId: event.assignedUserId,
		notes: event.notes ?? '',
		startTime: event.startTime,
		endTime: event.endTime,
		address: event.address ?? '',
		locationId: event.locationId,
		contactId: event.contactId,
		groupId: event.groupId,
		appointmentStatus: event.appointmentStatus,
		users: event.users,
		dateAdded: event.dateAdded,
		dateUpdated: event.dateUpdated,
		assignedResources: [],
	};
}

function queryText(call: Call, name: string): string | undefined {
	const raw = call.query[name];
	const value = Array.isArray(raw) ? raw[0] : raw;
	return value === undefined || value === '' ? undefined : value;
}

function queryMillis(call: Call, name: string): number {
	const raw = queryText(call, name);
	const ms = raw === undefined ? NaN : Number(raw);
	if (!Number.isFinite(ms)) throw unprocessable(`${name} must be a number string (milliseconds)`);
	return ms;
}

/** Calendars, appointments (events) and block slots of each sub-account. */
/** What the event and blocked-slot lists ask: the sub-account, whose events (one of calendar, user or group), and the window. */
function eventWindow(call: Call) {
	const store = call.location(String(call.query.locationId));
	const owner = {
		calendarId: queryText(call, 'calendarId'),
		userId: queryText(call, 'userId'),
		groupId: queryText(call, 'groupId'),
	};
	if (!owner.calendarId && !owner.userId && !owner.groupId)
		throw badRequest('Either of calendarId, userId or groupId is required');
	const from = queryMillis(call, 'startTime');
	const to = queryMillis(call, 'endTime');
	return { store, owner, from, to };
}

export const CALENDAR_HANDLERS: Record<string, Handler> = {
	'calendars/get-calendars': (call) => {
		const store = call.location(String(call.query.locationId));
		const groupId = queryText(call, 'groupId');
		const showDrafted = queryText(call, 'showDrafted') !== 'false';
		const calendars = [...calendarsOf(store).values()].filter(
			(c) => (!groupId || c.groupId === groupId) && (showDrafted || c.isActive !== false),
		);
		return { body: { calendars } };
	},
	'calendars/get-calendar': (call) => ({
		body: { calendar: calendarIn(tokenStore(call), call.params.calendarId) },
	}),
	'calendars/create-calendar': (call) => {
		const store = call.location(String(call.body.locationId));
		const candidate = { ...call.body };
		checkTeam({ calendarType: 'event', ...candidate });
		return { body: { calendar: addCalendar(store, candidate) } };
	},
	'calendars/update-calendar': (call) => {
		const calendar = calendarIn(tokenStore(call), call.params.calendarId);
		const updated = { ...calendar, ...call.body };
		checkTeam(updated);
		Object.assign(calendar, call.body);
		return { body: { calendar } };
	},
	'calendars/delete-calendar': (call) => {
		const store = tokenStore(call);
		calendarIn(store, call.params.calendarId);
		calendarsOf(store).delete(call.params.calendarId);
		return { body: { success: true } };
	},
	'calendars/get-slots': (call) => {
		const store = tokenStore(call);
		const calendar = calendarIn(store, call.params.calendarId);
		const from = queryMillis(call, 'startDate');
		const to = queryMillis(call, 'endDate');
		if (to < from) throw badRequest('endDate must be after startDate');
		if (to - from > 31 * DAY) throw badRequest('Date range cannot be more than 31 days');
		const zone = checkZone(queryText(call, 'timezone') ?? LOCATION_ZONE);
		const byDay: Rec = {};
		for (const start of freeSlotStarts(store, calendar, from, to, queryText(call, 'userId'))) {
			const iso = zonedIso(start, zone);
			const day = iso.slice(0, 10);
			((byDay[day] ??= { slots: [] }) as { slots: string[] }).slots.push(iso);
		}
		return { body: byDay };
	},
	'calendars/create-appointment': (call) => {
		const store = call.location(String(call.body.locationId));
		const calendar = calendarIn(store, String(call.body.calendarId));
		if (!call.findContact(String(call.body.contactId))) throw badRequest('Contact not found');
		const now = store.now();
		const event: Rec = {
			id: newId(),
			calendarId: calendar.id,
			locationId: store.id,
			contactId: call.body.contactId,
			groupId: calendar.groupId ?? '',
			title: 'Appointment',
			appointmentStatus: calendar.autoConfirm === false ? 'new' : 'confirmed',
			assignedUserId: ((calendar.teamMembers as Rec[]) ?? [])[0]?.userId ?? '',
			users: [],
			isRecurring: typeof call.body.rrule === 'string',
			dateAdded: now,
			dateUpdated: now,
			createdBy: { source: 'third_party' },
		};
		for (const field of APPOINTMENT_BODY_FIELDS)
			if (call.body[field] !== undefined) event[field] = call.body[field];
		if (call.body.address !== undefined && call.body.meetingLocationType === undefined)
			event.meetingLocationType = 'custom';
		applyTimes(event, calendar, call.body);
		checkSlot(store, calendar, event, call.body);
		appointmentsOf(store).set(String(event.id), event);
		return { body: appointmentResponse(event) };
	},
	'calendars/get-appointment': (call) => ({
		body: { event: eventDto(appointmentIn(tokenStore(call), call.params.eventId)) },
	}),
	'calendars/edit-appointment': (call) => {
		const store = tokenStore(call);
		const event = { ...appointmentIn(store, call.params.eventId) };
		const calendar = calendarIn(store, String(call.body.calendarId ?? event.calendarId));
		event.calendarId = calendar.id;
		for (const field of APPOINTMENT_BODY_FIELDS)
			if (call.body[field] !== undefined) event[field] = call.body[field];
		applyTimes(event, calendar, call.body);
		const moved =
			call.body.startTime !== undefined ||
			call.body.endTime !== undefined ||
			call.body.calendarId !== undefined;
		if (moved) checkSlot(store, calendar, event, call.body);
		event.dateUpdated = store.now();
		appointmentsOf(store).set(String(event.id), event);
		return { body: appointmentResponse(event) };
	},
	'calendars/delete-event': (call) => {
		const store = tokenStore(call);
		const id = call.params.eventId;
		if (!appointmentsOf(store).delete(id) && !blockedSlotsOf(store).delete(id))
			throw badRequest(`Event with id ${id} not found`);
		return { status: 201, body: { succeeded: true } };
	},
	'calendars/get-calendar-events': (call) => {
		const { store, owner, from, to } = eventWindow(call);
		const events = [...appointmentsOf(store).values()]
			.filter(
				(e) =>
					(!owner.calendarId || e.calendarId === owner.calendarId) &&
					(!owner.userId ||
						e.assignedUserId === owner.userId ||
						(e.users as string[]).includes(owner.userId)) &&
					(!owner.groupId || e.groupId === owner.groupId) &&
					Date.parse(String(e.startTime)) < to &&
					Date.parse(String(e.endTime)) > from,
			)
			.sort((a, b) => String(a.startTime).localeCompare(String(b.startTime)))
			.map(eventDto);
		return { body: { events } };
	},
	'calendars/create-block-slot': (call) => {
		const store = call.location(String(call.body.locationId));
		if (call.body.calendarId && call.body.assignedUserId)
			throw badRequest('Either calendarId or assignedUserId can be set, not both');
		if (!call.body.calendarId && !call.body.assignedUserId)
			throw badRequest('Either calendarId or assignedUserId is required');
		if (call.body.calendarId) calendarIn(store, String(call.body.calendarId));
		const start = parseTime(call.body.startTime, 'startTime');
		const end = parseTime(call.body.endTime, 'endTime');
		if (end <= start) throw badRequest('End time must be after start time');
		const block: Rec = {
			id: newId(),
			locationId: store.id,
			title: call.body.title ?? 'Blocked',
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
			...(call.body.calendarId
				? { calendarId: call.body.calendarId }
				: { assignedUserId: call.body.assignedUserId }),
		};
		blockedSlotsOf(store).set(String(block.id), block);
		return { status: 201, body: block };
	},
	'calendars/get-blocked-slots': (call) => {
		const { store, owner, from, to } = eventWindow(call);
		const inGroup = (calendarId: unknown) =>
			calendarsOf(store).get(String(calendarId))?.groupId === owner.groupId;
		const events = [...blockedSlotsOf(store).values()]
			.filter(
				(b) =>
					(!owner.calendarId || b.calendarId === owner.calendarId) &&
					(!owner.userId || b.assignedUserId === owner.userId) &&
					(!owner.groupId || inGroup(b.calendarId)) &&
					Date.parse(String(b.startTime)) < to &&
					Date.parse(String(b.endTime)) > from,
			)
			.sort((a, b) => String(a.startTime).localeCompare(String(b.startTime)));
		return { body: { events } };
	},
	'calendars/edit-block-slot': (call) => {
		const store = call.location(String(call.body.locationId));
		const block = blockedSlotsOf(store).get(call.params.eventId);
		if (!block) throw badRequest(`Event with id ${call.params.eventId} not found`);
		if (call.body.calendarId && call.body.assignedUserId)
			throw badRequest('Either calendarId or assignedUserId can be set, not both');
		if (call.body.calendarId) calendarIn(store, String(call.body.calendarId));
		const start =
			call.body.startTime === undefined
				? Date.parse(String(block.startTime))
				: parseTime(call.body.startTime, 'startTime');
		const end =
			call.body.endTime === undefined
				? Date.parse(String(block.endTime))
				: parseTime(call.body.endTime, 'endTime');
		if (end <= start) throw badRequest('End time must be after start time');
		const owner = call.body.calendarId
			? { calendarId: call.body.calendarId }
			: call.body.assignedUserId
				? { assignedUserId: call.body.assignedUserId }
				: undefined;
		if (owner) {
			delete block.calendarId;
			delete block.assignedUserId;
			Object.assign(block, owner);
		}
		Object.assign(block, {
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
		});
		if (call.body.title !== undefined) block.title = call.body.title;
		return { body: block };
	},
	'contacts/get-appointments-for-contact': (call) => {
		const found = call.findContact(call.params.contactId);
		if (!found) throw badRequest('Contact not found');
		const events = [...appointmentsOf(found.store).values()]
			.filter((e) => e.contactId === call.params.contactId)
			.sort((a, b) => String(a.startTime).localeCompare(String(b.startTime)))
			.map(contactEvent);
		return { body: { events } };
	},
};
