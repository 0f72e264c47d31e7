import { newId, type LocationStore } from '../store';
import type { Call, Handler } from './framework';
import { intQuery, notFound, recordIn, storeOf } from './listing';

type Rec = Record<string, unknown>;

const notesOf = (store: LocationStore) => store.collection('appointmentNotes');

/** The appointment the path names, in the token's sub-account. */
function appointmentOf(call: Call): { store: LocationStore; appointment: Rec } {
	const store = storeOf(call);
	return {
		store,
		appointment: recordIn(
			store.collection('appointments'),
			call.params.appointmentId,
			'Appointment',
		),
	};
}

function noteIn(store: LocationStore, appointmentId: string, id: string): Rec {
	const note = notesOf(store).get(id);
	if (!note || note.appointmentId !== appointmentId) throw notFound('Note');
	return note;
}

/** A note as HighLevel answers one (NoteDto): its author as `createdBy`, no appointment. */
function dto(store: LocationStore, record: Rec): Rec {
	const note = { ...record };
	delete note.appointmentId;
	const user = note.userId ? store.users.get(String(note.userId)) : undefined;
	const name = user ? [user.firstName, user.lastName].filter(Boolean).join(' ') : undefined;
	return { ...note, createdBy: note.userId ? { id: note.userId, ...(name ? { name } : {}) } : {} };
}

/** An appointment's notes (calendars.json `/calendars/appointments/{appointmentId}/notes`): offset + limit (≤ 20), `hasMore`. */
export const APPOINTMENT_NOTE_HANDLERS: Record<string, Handler> = {
	'calendars/create-appointment-note': (call) => {
		const { store, appointment } = appointmentOf(call);
		const note: Rec = {
			id: newId(),
			...call.body,
			contactId: appointment.contactId,
			dateAdded: store.now(),
			appointmentId: appointment.id,
		};
		notesOf(store).set(String(note.id), note);
		return { status: 201, body: { note: dto(store, note) } };
	},
	'calendars/get-appointment-notes': (call) => {
		const { store, appointment } = appointmentOf(call);
		const offset = intQuery(call, 'offset', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1, max: 20 });
		// Newest first, as HighLevel lists notes.
		const all = [...notesOf(store).values()]
			.filter((n) => n.appointmentId === appointment.id)
			.reverse();
		return {
			body: {
				notes: all.slice(offset, offset + limit).map((n) => dto(store, n)),
				hasMore: offset + limit < all.length,
			},
		};
	},
	'calendars/update-appointment-note': (call) => {
		const { store, appointment } = appointmentOf(call);
		const note = noteIn(store, String(appointment.id), call.params.noteId);
		Object.assign(note, call.body);
		return { body: { note: dto(store, note) } };
	},
	'calendars/delete-appointment-note': (call) => {
		const { store, appointment } = appointmentOf(call);
		noteIn(store, String(appointment.id), call.params.noteId);
		notesOf(store).delete(call.params.noteId);
		return { body: { success: true } };
	},
};
