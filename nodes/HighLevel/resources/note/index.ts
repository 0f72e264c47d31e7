import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { contactIdParameter, idParameter } from '../../shared/params';

/** Every field of a note; Create asks for the body on its own. */
const NOTE_FIELDS = fieldTable([
	{ name: 'body', title: 'Body', description: 'Text of the note', check: 'text', type: 'string' },
	{ name: 'title', title: 'Title', description: 'Short heading of the note', check: 'text' },
	{
		name: 'userId',
		title: 'Author Name or ID',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getUsers',
	},
	{
		name: 'color',
		title: 'Color',
		description: 'Highlight color as a hex code, e.g. #FFAA00',
		check: 'text',
		placeholder: '#FFAA00',
	},
	{
		name: 'pinned',
		title: 'Pinned',
		description: 'Whether the note stays at the top of the contact’s notes',
		check: 'boolean',
		type: 'boolean',
	},
]);

export const note: ResourceDefinition = {
	value: 'note',
	name: 'Note',
	description: 'Notes on a contact',
	defaultOperation: 'create',
	operations: crudOperations({
		singular: 'note',
		plural: 'notes',
		id: { parameter: idParameter('noteId', 'Note ID', 'ID of the note'), path: 'id' },
		parent: { parameter: contactIdParameter, path: 'contactId', noun: 'contact' },
		one: 'note',
		many: 'notes',
		calls: {
			create: 'contacts/create-note',
			get: 'contacts/get-note',
			getAll: 'contacts/get-all-notes',
			update: 'contacts/update-note',
			delete: 'contacts/delete-note',
		},
		fields: NOTE_FIELDS,
		required: ['body'],
	}),
};
