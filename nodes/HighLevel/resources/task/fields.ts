import { assignedUserField, fieldTable } from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';

export const taskIdParameter = idParameter('taskId', 'Task ID', 'ID of the task');

/** Every field of a task; Create asks for the title and due date on their own. */
export const TASK_FIELDS = fieldTable([
	{ name: 'title', title: 'Title', description: 'What needs doing', check: 'text', type: 'string' },
	{
		name: 'dueDate',
		title: 'Due Date',
		description: 'When the task is due',
		check: 'dateTime',
		type: 'dateTime',
	},
	{ name: 'body', title: 'Description', description: 'Details of the task', check: 'text' },
	assignedUserField(),
	{
		name: 'completed',
		title: 'Completed',
		description: 'Whether the task is already done',
		check: 'boolean',
		type: 'boolean',
	},
]);
