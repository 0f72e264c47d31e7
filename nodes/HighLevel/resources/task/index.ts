import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { contactRecordOperations } from '../../shared/contactRecords';
import { assignedUserField } from '../../shared/fieldTable';
import { contactIdParameter, idParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import * as validate from '../../shared/validate';

const complete: OperationDefinition = {
	value: 'complete',
	name: 'Complete',
	action: 'Complete a task',
	description: 'Mark a task of a contact as done, or as not done',
	properties: [
		contactIdParameter,
		idParameter('taskId', 'Task ID', 'ID of the task'),
		{
			displayName: 'Completed',
			name: 'completed',
			type: 'boolean',
			default: true,
			description: 'Whether the task is done; turn off to reopen it',
		},
	],
	async execute(itemIndex) {
		const contactId = validate.id(this, itemIndex, 'Contact ID', this.getNodeParameter('contactId', itemIndex));
		const taskId = validate.id(this, itemIndex, 'Task ID', this.getNodeParameter('taskId', itemIndex));
		const completed = validate.boolean(this, itemIndex, 'Completed', this.getNodeParameter('completed', itemIndex, true));
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/update-task-completed',
			path: { contactId, taskId },
			body: { completed },
			itemIndex,
		});
		return (response.task as IDataObject) ?? response;
	},
};

export const task: ResourceDefinition = {
	value: 'task',
	name: 'Task',
	description: 'To-dos on a contact',
	defaultOperation: 'create',
	operations: [
		...contactRecordOperations({
			singular: 'task',
			title: 'Task',
			one: 'task',
			many: 'tasks',
			idParameter: 'taskId',
			pathId: 'taskId',
			operations: {
				create: 'contacts/create-task',
				get: 'contacts/get-task',
				getAll: 'contacts/get-all-tasks',
				update: 'contacts/update-task',
				delete: 'contacts/delete-task',
			},
			required: [
				{ name: 'title', title: 'Title', description: 'What needs doing', check: 'text', type: 'string' },
				{ name: 'dueDate', title: 'Due Date', description: 'When the task is due', check: 'dateTime', type: 'dateTime' },
			],
			optional: [
				{ name: 'body', title: 'Description', description: 'Details of the task', check: 'text' },
				assignedUserField(),
				{ name: 'completed', title: 'Completed', description: 'Whether the task is already done', check: 'boolean', type: 'boolean' },
			],
			// HighLevel requires `completed` on create.
			createDefaults: { completed: false },
		}),
		complete,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
