import type { ResourceDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import { crudOperations } from '../../shared/crud';
import { skipLimitPager } from '../../transport/paginate';
import { create } from './create';
import { NOTIFICATION_TABLE, notificationIdParameter } from './fields';

/** HighLevel's default page of notifications; it names no largest. */
const NOTIFICATIONS_PAGE_SIZE = 100;

export const calendarNotification: ResourceDefinition = {
	value: 'calendarNotification',
	name: 'Calendar Notification',
	description: 'Emails, texts and in-app messages a calendar sends about its appointments',
	defaultOperation: 'create',
	operations: [
		create,
		...crudOperations({
			singular: 'calendar notification',
			plural: 'calendar notifications',
			id: { parameter: notificationIdParameter, path: 'notificationId' },
			parent: { parameter: calendarIdParameter, path: 'calendarId', noun: 'calendar' },
			// HighLevel answers a notification, and the list, bare.
			one: 'notification',
			many: '',
			calls: {
				get: 'calendars/find-event-notification',
				getAll: 'calendars/get-event-notification',
				update: 'calendars/update-event-notification',
				delete: 'calendars/delete-event-notification',
			},
			list: (request, itemsKey) => skipLimitPager(request, itemsKey, NOTIFICATIONS_PAGE_SIZE),
			fields: NOTIFICATION_TABLE,
			required: [],
			descriptions: {
				get: 'Retrieve one notification of a calendar: its kind, receiver, channel and text',
				getAll:
					'List the notifications of a calendar (booking confirmations, reminders, follow-ups, …)',
				update:
					'Change a notification of a calendar: its kind, receiver, channel, text or whether it is sent',
				delete: 'Delete a notification of a calendar',
			},
		}),
	].sort((a, b) => a.name.localeCompare(b.name)),
};
