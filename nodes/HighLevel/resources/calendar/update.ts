import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { calendarBody, calendarFieldsCollection } from './fields';
import { readId } from '../../shared/read';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a calendar',
	description: 'Change the settings of a calendar',
	calls: ['calendars/update-calendar'],
	properties: [
		calendarIdParameter,
		calendarFieldsCollection('updateFields', 'Update Fields', false),
	],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		const body = calendarBody(
			this,
			itemIndex,
			this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		);
		if (!Object.keys(body).length) {
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
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
