import type { ResourceDefinition } from '../../shared/types';
import { contactRecordOperations } from '../../shared/contactRecords';

export const note: ResourceDefinition = {
	value: 'note',
	name: 'Note',
	description: 'Notes on a contact',
	defaultOperation: 'create',
	operations: contactRecordOperations({
		singular: 'note',
		title: 'Note',
		one: 'note',
		many: 'notes',
		idParameter: 'noteId',
		pathId: 'id',
		operations: {
			create: 'contacts/create-note',
			get: 'contacts/get-note',
			getAll: 'contacts/get-all-notes',
			update: 'contacts/update-note',
			delete: 'contacts/delete-note',
		},
		required: [{ name: 'body', title: 'Body', description: 'Text of the note', check: 'text', type: 'string' }],
		optional: [
			{ name: 'title', title: 'Title', description: 'Short heading of the note', check: 'text' },
			{
				name: 'userId',
				title: 'Author Name or ID',
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				check: 'id',
				type: 'options',
				loadOptionsMethod: 'getUsers',
			},
			{ name: 'color', title: 'Color', description: 'Highlight color as a hex code, e.g. #FFAA00', check: 'text', placeholder: '#FFAA00' },
			{ name: 'pinned', title: 'Pinned', description: 'Whether the note stays at the top of the contact’s notes', check: 'boolean', type: 'boolean' },
		],
	}),
};
