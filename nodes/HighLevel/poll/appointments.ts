import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { getMany, wholeListPager } from '../transport/paginate';
import { DAY_MS, latestOf, millisOf, type EventSource, type PollFilters } from './source';

/** Appointments are listed by when they take place: this window around now is read each poll. */
export const APPOINTMENTS_BEFORE_DAYS = 31;
export const APPOINTMENTS_AFTER_DAYS = 365;

async function readWindow(
	ctx: IPollFunctions,
	locationId: string,
	filters: PollFilters,
): Promise<IDataObject[]> {
	const owner: IDataObject = {};
	if (filters.calendarId) owner.calendarId = filters.calendarId;
	else if (filters.userId) owner.userId = filters.userId;
	else {
		throw new NodeOperationError(ctx.getNode(), 'Choose a calendar or a user', {
			description: 'HighLevel lists appointments by calendar or by the user they are assigned to.',
		});
	}
	const now = Date.now();
	const qs: IDataObject = {
		locationId,
		...owner,
		startTime: String(now - APPOINTMENTS_BEFORE_DAYS * DAY_MS),
		endTime: String(now + APPOINTMENTS_AFTER_DAYS * DAY_MS),
	};
	return await getMany(
		ctx,
		{ returnAll: true, limit: 0 },
		wholeListPager({ operation: 'calendars/get-calendar-events', qs, locationId }, 'events'),
	);
}

/**
 * Appointments by one of their dates: `GET /calendars/events` answers every appointment of a
 * calendar (or user) that takes place in a window, with no filter on when it was made or
 * changed; the whole window is read each poll and the dates are compared here.
 */
function appointmentSource(
	field: 'dateAdded' | 'dateUpdated',
	wanted?: EventSource['wanted'],
): EventSource {
	const timeOf = (record: IDataObject) => millisOf(record[field]);
	return {
		operations: ['calendars/get-calendar-events'],
		filters: ['calendarId', 'userId'],
		timeOf,
		wanted,
		async read(ctx, query) {
			return await readWindow(ctx, query.locationId, query.filters);
		},
		async newest(ctx, query) {
			return latestOf(await readWindow(ctx, query.locationId, query.filters), timeOf);
		},
	};
}

export const newAppointment = appointmentSource('dateAdded');

/** A change after booking: rescheduled, status changed (confirmed, cancelled, showed, no-show…). */
export const appointmentUpdated = appointmentSource(
	'dateUpdated',
	(record) => millisOf(record.dateUpdated) !== millisOf(record.dateAdded),
);
