import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { bodyFromFields } from '../../shared/fieldTable';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import {
	APPOINTMENT_FIELDS,
	appointmentFieldsCollection,
	appointmentIdParameter,
	appointmentTimes,
	endTimeProperty,
	startTimeDescription,
} from './fields';
import { readId } from '../../shared/read';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an appointment',
	description: 'Change, reschedule or cancel an appointment',
	calls: ['calendars/edit-appointment'],
	properties: [
		appointmentIdParameter,
		appointmentFieldsCollection(
			'updateFields',
			'Update Fields',
			[
				{
					displayName: 'Calendar Name or ID',
					name: 'calendarId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCalendars', loadOptionsDependsOn: ['locationId'] },
					default: '',
					description:
						'Move the appointment to this calendar. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Start Time',
					name: 'startTime',
					type: 'dateTime',
					default: '',
					description: startTimeDescription,
				},
				endTimeProperty,
			],
			true,
		),
	],
	async execute(itemIndex) {
		const eventId = readId(this, itemIndex, appointmentIdParameter);
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = {
			...bodyFromFields(APPOINTMENT_FIELDS, this, itemIndex, fields),
			...appointmentTimes(this, itemIndex, {
				startTime: fields.startTime,
				endTime: fields.endTime,
			}),
		};
		if (fields.calendarId !== undefined && fields.calendarId !== '') {
			body.calendarId = validate.id(this, itemIndex, 'Calendar', fields.calendarId);
		}
		if (!Object.keys(body).length) {
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
		}
		return await apiRequest<IDataObject>(this, {
			operation: 'calendars/edit-appointment',
			path: { eventId },
			body,
			itemIndex,
		});
	},
};
