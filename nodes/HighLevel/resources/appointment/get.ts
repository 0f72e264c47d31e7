import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { appointmentIdParameter } from './fields';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an appointment',
	description: 'Retrieve an appointment by ID',
	calls: ['calendars/get-appointment'],
	properties: [appointmentIdParameter],
	async execute(itemIndex) {
		const eventId = validate.id(this, itemIndex, 'Appointment ID', this.getNodeParameter('appointmentId', itemIndex));
		const response = await apiRequest<IDataObject>(this, {
			operation: 'calendars/get-appointment',
			path: { eventId },
			itemIndex,
		});
		return (response.event as IDataObject) ?? response;
	},
};
