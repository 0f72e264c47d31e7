import {
	appointmentUpdated,
	APPOINTMENTS_AFTER_DAYS,
	APPOINTMENTS_BEFORE_DAYS,
	newAppointment,
} from './appointments';
import { contactTagAdded, contactUpdated, newContact } from './contacts';
import { newInboundMessage } from './messages';
import { newOrder } from './orders';
import { newOpportunity, opportunityStageChanged, opportunityStatusChanged } from './opportunities';
import type { EventSource } from './source';
import { newFormSubmission, newSurveySubmission } from './submissions';

export interface PollEvent {
	value: string;
	name: string;
	description: string;
	source: EventSource;
	/** For the README: the list endpoint, and the field whose time is the event's. */
	reads: string;
	field: string;
	/**
	 * `exact`: HighLevel filters or orders by the field, so every event is seen once;
	 * `best effort`: what can slip through, said in `note`.
	 */
	guarantee: 'exact' | 'best effort';
	note: string;
}

/** Every event the polling trigger offers, one per node. */
export const POLL_EVENTS: PollEvent[] = [
	{
		value: 'contactCreated',
		name: 'New Contact',
		description: 'A contact was added',
		source: newContact,
		reads: '`POST /contacts/search`',
		field: '`dateAdded`',
		guarantee: 'exact',
		note: 'Range filter from the position, oldest first, `searchAfter` pages.',
	},
	{
		value: 'contactUpdated',
		name: 'Contact Updated',
		description: 'A contact was changed after it was added',
		source: contactUpdated,
		reads: '`POST /contacts/search`',
		field: '`dateUpdated`',
		guarantee: 'exact',
		note: 'Several changes between two polls give one item, the contact as it is now. A contact never changed since it was added is left to New Contact.',
	},
	{
		value: 'contactTagAdded',
		name: 'Contact Tag Added',
		description: 'A chosen tag was added to a contact',
		source: contactTagAdded,
		reads: '`POST /contacts/search`',
		field: '`dateUpdated`',
		guarantee: 'best effort',
		note: 'HighLevel keeps no date of a tag: the IDs of the contacts that carry it are kept in static data (read once at activation, one request per 500), and each poll walks the contacts changed since, emitting those that newly carry it. A tag removed and added again between two polls is not seen.',
	},
	{
		value: 'opportunityCreated',
		name: 'New Opportunity',
		description: 'An opportunity was added',
		source: newOpportunity,
		reads: '`GET /opportunities/search`',
		field: '`createdAt`',
		guarantee: 'exact',
		note: '`order=added_asc`, `date` from the day before the position, first page from the position with the `startAfter` + `startAfterId` cursor, naming an opportunity read before.',
	},
	{
		value: 'opportunityStageChanged',
		name: 'Opportunity Stage Changed',
		description: 'An opportunity moved to another stage',
		source: opportunityStageChanged,
		reads: '`GET /opportunities/search`',
		field: '`lastStageChangeAt`',
		guarantee: 'best effort',
		note: 'HighLevel has no filter or order on this field: every opportunity the filters select is read each poll (choose a pipeline or stage). An opportunity moved twice between polls gives one item; one moved out of the chosen stage again before the poll is missed.',
	},
	{
		value: 'opportunityStatusChanged',
		name: 'Opportunity Status Changed',
		description: 'An opportunity was marked open, won, lost or abandoned',
		source: opportunityStatusChanged,
		reads: '`GET /opportunities/search`',
		field: '`lastStatusChangeAt`',
		guarantee: 'best effort',
		note: 'Every opportunity with the chosen status is read each poll. One whose status changed again before the poll is missed.',
	},
	{
		value: 'appointmentCreated',
		name: 'New Appointment',
		description: 'An appointment was booked',
		source: newAppointment,
		reads: '`GET /calendars/events`',
		field: '`dateAdded`',
		guarantee: 'best effort',
		note: `HighLevel lists appointments by when they take place and has no filter on when they were booked: every appointment of the calendar (or user) from ${APPOINTMENTS_BEFORE_DAYS} days ago to ${APPOINTMENTS_AFTER_DAYS} days ahead is read each poll. One booked for a time outside that window is missed.`,
	},
	{
		value: 'appointmentUpdated',
		name: 'Appointment Updated or Cancelled',
		description: 'An appointment was rescheduled, confirmed, cancelled or otherwise changed',
		source: appointmentUpdated,
		reads: '`GET /calendars/events`',
		field: '`dateUpdated`',
		guarantee: 'best effort',
		note: 'The same window as New Appointment. A deleted appointment is not seen; several changes between polls give one item.',
	},
	{
		value: 'formSubmitted',
		name: 'New Form Submission',
		description: 'A form was submitted',
		source: newFormSubmission,
		reads: '`GET /forms/submissions`',
		field: '`createdAt`',
		guarantee: 'exact',
		note: 'Whole days from the day before the position, newest first, read back to the position.',
	},
	{
		value: 'surveySubmitted',
		name: 'New Survey Submission',
		description: 'A survey was submitted',
		source: newSurveySubmission,
		reads: '`GET /surveys/submissions`',
		field: '`createdAt`',
		guarantee: 'exact',
		note: 'As New Form Submission.',
	},
	{
		value: 'inboundMessage',
		name: 'New Inbound Message',
		description: 'A contact sent a message (SMS, email, WhatsApp, call…)',
		source: newInboundMessage,
		reads: '`GET /conversations/messages/export`',
		field: '`dateAdded`',
		guarantee: 'exact',
		note: '`startDate` from the position, `sortBy=createdAt`, `sortOrder=asc`, `cursor` pages; outbound messages are read and skipped. Without a channel HighLevel leaves out email.',
	},
	{
		value: 'orderCreated',
		name: 'New Order',
		description: 'An order was placed (funnel, website or store checkout)',
		source: newOrder,
		reads: '`GET /payments/orders`',
		field: '`createdAt`',
		guarantee: 'exact',
		note: 'HighLevel documents no order for this list: every order from the day before the position to tomorrow (`startAt`, `endAt`) is read each poll, 100 a page.',
	},
];

export function pollEvent(value: string): PollEvent | undefined {
	return POLL_EVENTS.find((event) => event.value === value);
}

/** README's table of the polling trigger's events, generated so it cannot drift from the node. */
export function pollEventsTable(): string {
	const rows = POLL_EVENTS.map(
		(event) =>
			`| ${event.name} | ${event.reads} | ${event.field} | ${event.guarantee} | ${event.note} |`,
	);
	return [
		'| Event | Reads | Event time | Guarantee | How |',
		'| --- | --- | --- | --- | --- |',
		...rows,
	].join('\n');
}
