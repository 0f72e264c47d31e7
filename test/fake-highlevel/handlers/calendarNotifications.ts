import { newId, type LocationStore } from '../store';
import type { Handler, Call } from './framework';
import { intQuery, notFound, recordIn, storeOf, textQuery } from './listing';

type Rec = Record<string, unknown>;

const notificationsOf = (store: LocationStore) => store.collection('calendarNotifications');

/** The calendar the path names, in the token's sub-account. */
function calendarStore(call: Call): LocationStore {
	const store = storeOf(call);
	recordIn(store.collection('calendars'), call.params.calendarId, 'Calendar');
	return store;
}

function notificationIn(store: LocationStore, calendarId: string, id: string): Rec {
	const notification = notificationsOf(store).get(id);
	if (!notification || notification.calendarId !== calendarId) throw notFound('Notification');
	return notification;
}

/** A notification without the fake's own bookkeeping (HighLevel answers `_id`, no calendar). */
function dto(record: Rec): Rec {
	const notification = { ...record };
	delete notification.calendarId;
	return notification;
}

/** A calendar's notifications (calendars.json `/calendars/{calendarId}/notifications`): created as a list, answered bare. */
export const CALENDAR_NOTIFICATION_HANDLERS: Record<string, Handler> = {
	'calendars/create-event-notification': (call) => {
		const store = calendarStore(call);
		const created = (call.body as unknown as Rec[]).map((fields) => {
			const notification: Rec = {
				_id: newId(),
				isActive: true,
				deleted: false,
				...fields,
				calendarId: call.params.calendarId,
			};
			notificationsOf(store).set(String(notification._id), notification);
			return dto(notification);
		});
		return { status: 201, body: created };
	},
	'calendars/get-event-notification': (call) => {
		const store = calendarStore(call);
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 100, { min: 1 });
		const isActive = textQuery(call, 'isActive');
		const list = [...notificationsOf(store).values()].filter(
			(n) =>
				n.calendarId === call.params.calendarId &&
				(isActive === undefined || String(n.isActive) === isActive),
		);
		return { body: list.slice(skip, skip + limit).map(dto) };
	},
	'calendars/find-event-notification': (call) => ({
		body: dto(
			notificationIn(calendarStore(call), call.params.calendarId, call.params.notificationId),
		),
	}),
	'calendars/update-event-notification': (call) => {
		const notification = notificationIn(
			calendarStore(call),
			call.params.calendarId,
			call.params.notificationId,
		);
		Object.assign(notification, call.body);
		return { body: { message: 'Notification updated successfully' } };
	},
	'calendars/delete-event-notification': (call) => {
		const store = calendarStore(call);
		notificationIn(store, call.params.calendarId, call.params.notificationId);
		notificationsOf(store).delete(call.params.notificationId);
		return { body: { message: 'Notification deleted successfully' } };
	},
};
