import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { calendarIdParameter } from '../../shared/calendarParams';
import { bodyFromFields } from '../../shared/fieldTable';
import { contactIdParameter } from '../../shared/params';
import { resolveLocationId } from '../../shared/location';
import { apiRequest } from '../../transport/request';
import {
	APPOINTMENT_FIELDS,
	appointmentFieldsCollection,
	appointmentTimes,
	endTimeProperty,
	startTimeDescription,
} from './fields';
import { readId } from '../../shared/read';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an appointment',
	description: 'Book an appointment for a contact in a calendar',
	calls: ['calendars/create-appointment'],
	properties: [
		calendarIdParameter,
		contactIdParameter,
		{
			displayName: 'Start Time',
			name: 'startTime',
			type: 'dateTime',
			required: true,
			default: '',
			description: startTimeDescription,
		},
		appointmentFieldsCollection('additionalFields', 'Additional Fields', [endTimeProperty]),
	],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		const contactId = readId(this, itemIndex, contactIdParameter);
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const times = appointmentTimes(
			this,
			itemIndex,
			{
				startTime: this.getNodeParameter('startTime', itemIndex, ''),
				endTime: additional.endTime,
			},
			true,
		);
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			calendarId,
			locationId,
			contactId,
			...bodyFromFields(APPOINTMENT_FIELDS, this, itemIndex, additional),
			...times,
		};
		// A booking whose answer is lost is not sent again: it could book the slot twice.
		return await apiRequest<IDataObject>(this, {
			operation: 'calendars/create-appointment',
			body,
			itemIndex,
			locationId,
		});
	},
};
