import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { bodyFromFields } from '../../shared/fieldTable';
import { apiRequest } from '../../transport/request';
import {
	APPOINTMENT_FIELDS,
	appointmentFieldsCollection,
	appointmentIdParameter,
	appointmentTimes,
	endTimeProperty,
	startTimeDescription,
} from './fields';
import { optionsOf, readCollection, readId, refuse } from '../../shared/read';

const updateFields = appointmentFieldsCollection(
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
);

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an appointment',
	description: 'Change, reschedule or cancel an appointment',
	calls: ['calendars/edit-appointment'],
	properties: [appointmentIdParameter, updateFields],
	async execute(itemIndex) {
		const eventId = readId(this, itemIndex, appointmentIdParameter);
		const fields = readCollection(this, itemIndex, updateFields);
		const option = optionsOf(updateFields, fields);
		const body: IDataObject = {
			...bodyFromFields(APPOINTMENT_FIELDS, this, itemIndex, fields),
			...appointmentTimes(this, itemIndex, {
				startTime: fields.startTime,
				endTime: fields.endTime,
			}),
		};
		if (fields.calendarId !== undefined && fields.calendarId !== '') {
			body.calendarId = readId(this, itemIndex, option('calendarId'));
		}
		if (!Object.keys(body).length) {
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		}
		return await apiRequest<IDataObject>(this, {
			operation: 'calendars/edit-appointment',
			path: { eventId },
			body,
			itemIndex,
		});
	},
};
