import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import { apiRequest } from '../../transport/request';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get a calendar',
	description: 'Retrieve a calendar and its settings',
	calls: ['calendars/get-calendar'],
	properties: [calendarIdParameter],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'calendars/get-calendar',
			path: { calendarId },
			itemIndex,
		});
		return (response.calendar as IDataObject) ?? response;
	},
};
