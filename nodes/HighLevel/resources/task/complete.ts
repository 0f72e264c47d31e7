import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { readBoolean, readId } from '../../shared/read';
import { apiRequest } from '../../transport/request';
import { taskIdParameter } from './fields';

const completedParameter = {
	displayName: 'Completed',
	name: 'completed',
	type: 'boolean',
	default: true,
	description: 'Whether the task is done; turn off to reopen it',
} as const;

export const complete: OperationDefinition = {
	value: 'complete',
	name: 'Complete',
	action: 'Complete a task',
	description: 'Mark a task of a contact as done, or as not done',
	calls: ['contacts/update-task-completed'],
	properties: [contactIdParameter, taskIdParameter, completedParameter],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const taskId = readId(this, itemIndex, taskIdParameter);
		const completed = readBoolean(this, itemIndex, completedParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'contacts/update-task-completed',
			path: { contactId, taskId },
			body: { completed },
			itemIndex,
		});
		return (response.task as IDataObject) ?? response;
	},
};
