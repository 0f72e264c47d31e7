import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';
import { offsetLimitPager } from '../../transport/paginate';
import { appointmentIdParameter } from '../appointment/fields';

/** A note of an appointment: its text and, optionally, the user it is written as. */
const APPOINTMENT_NOTE_FIELDS = fieldTable([
	{
		name: 'body',
		title: 'Body',
		description: 'Text of the note, up to 5,000 characters',
		check: 'text',
		maxLength: 5000,
		nonEmpty: true,
	},
	{
		name: 'userId',
		title: 'Author Name or ID',
		description:
			'User the note is written as. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getUsers',
	},
]);

/** HighLevel answers at most 20 notes a page (`limit` ≤ 20, `offset` from 0). */
const NOTES_PAGE_SIZE = 20;

export const appointmentNote: ResourceDefinition = {
	value: 'appointmentNote',
	name: 'Appointment Note',
	description: 'Notes on an appointment',
	defaultOperation: 'create',
	operations: crudOperations({
		singular: 'note',
		plural: 'notes',
		// Named apart from a contact's Note ID: the two are different records.
		id: {
			parameter: idParameter('appointmentNoteId', 'Note ID', 'ID of the appointment’s note'),
			path: 'noteId',
		},
		parent: { parameter: appointmentIdParameter, path: 'appointmentId', noun: 'appointment' },
		one: 'note',
		many: 'notes',
		calls: {
			create: 'calendars/create-appointment-note',
			getAll: 'calendars/get-appointment-notes',
			update: 'calendars/update-appointment-note',
			delete: 'calendars/delete-appointment-note',
		},
		list: (request, itemsKey) => offsetLimitPager(request, itemsKey, NOTES_PAGE_SIZE),
		fields: APPOINTMENT_NOTE_FIELDS,
		required: ['body'],
		// HighLevel's update replaces the text, so it always takes one.
		updateRequired: ['body'],
		descriptions: {
			create:
				'Add a note to an appointment (a booking in a calendar), optionally written as a user',
			getAll: 'List the notes of an appointment, newest first, with each note’s author',
			update: 'Replace the text (and optionally the author) of an appointment’s note',
			delete: 'Delete a note of an appointment',
		},
	}),
};
