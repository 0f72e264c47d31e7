import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import { apiRequest } from '../../transport/request';
import { calendarBody, calendarFieldsCollection } from './fields';
import { readCollection, readId, refuse } from '../../shared/read';

const updateFields = calendarFieldsCollection('updateFields', 'Update Fields', false);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a calendar',
	description: 'Change the settings of a calendar',
	calls: ['calendars/update-calendar'],
	properties: [calendarIdParameter, updateFields],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		const body = calendarBody(this, itemIndex, readCollection(this, itemIndex, updateFields));
		if (!Object.keys(body).length) {
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		}
		const response = await apiRequest<IDataObject>(this, {
			operation: 'calendars/update-calendar',
			path: { calendarId },
			body,
			itemIndex,
		});
		return (response.calendar as IDataObject) ?? response;
	},
};
