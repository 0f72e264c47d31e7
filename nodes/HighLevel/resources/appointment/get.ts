import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { appointmentIdParameter } from './fields';
import { readId } from '../../shared/read';

export const get: OperationDefinition = {
	value: 'get',
	name: 'Get',
	action: 'Get an appointment',
	description: 'Retrieve an appointment by ID',
	calls: ['calendars/get-appointment'],
	properties: [appointmentIdParameter],
	async execute(itemIndex) {
		const eventId = readId(this, itemIndex, appointmentIdParameter);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'calendars/get-appointment',
			path: { eventId },
			itemIndex,
		});
		return (response.event as IDataObject) ?? response;
	},
};
