import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';

export const deleteCalendar: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a calendar',
	description: 'Delete a calendar permanently',
	calls: ['calendars/delete-calendar'],
	properties: [calendarIdParameter],
	async execute(itemIndex) {
		const calendarId = validate.id(this, itemIndex, 'Calendar', this.getNodeParameter('calendarId', itemIndex));
		await apiRequest(this, { operation: 'calendars/delete-calendar', path: { calendarId }, itemIndex });
		return { id: calendarId, deleted: true };
	},
};
