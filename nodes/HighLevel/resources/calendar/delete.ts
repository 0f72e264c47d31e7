import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import { apiRequest } from '../../transport/request';
import { readId } from '../../shared/read';

export const deleteCalendar: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a calendar',
	description: 'Delete a calendar permanently',
	calls: ['calendars/delete-calendar'],
	properties: [calendarIdParameter],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		await apiRequest(this, {
			operation: 'calendars/delete-calendar',
			path: { calendarId },
			itemIndex,
		});
		return { id: calendarId, deleted: true };
	},
};
