import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { contactIdParameter } from '../../shared/params';
import { complete } from './complete';
import { createRecurring, deleteRecurring, getRecurring, updateRecurring } from './recurring';
import { search } from './search';
import { TASK_FIELDS, taskIdParameter } from './fields';

export const task: ResourceDefinition = {
	value: 'task',
	name: 'Task',
	description: 'To-dos on a contact, the sub-account’s task search, and recurring tasks',
	defaultOperation: 'create',
	operations: [
		...crudOperations({
			singular: 'task',
			plural: 'tasks',
			id: { parameter: taskIdParameter, path: 'taskId' },
			parent: { parameter: contactIdParameter, path: 'contactId', noun: 'contact' },
			one: 'task',
			many: 'tasks',
			calls: {
				create: 'contacts/create-task',
				get: 'contacts/get-task',
				getAll: 'contacts/get-all-tasks',
				update: 'contacts/update-task',
				delete: 'contacts/delete-task',
			},
			fields: TASK_FIELDS,
			required: ['title', 'dueDate'],
			// HighLevel requires `completed` on create.
			createDefaults: { completed: false },
		}),
		complete,
		search,
		createRecurring,
		getRecurring,
		updateRecurring,
		deleteRecurring,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
