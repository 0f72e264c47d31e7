import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { appointmentIdParameter } from './fields';

export const deleteAppointment: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an appointment',
	description: 'Delete an appointment (or a block slot) permanently',
	calls: ['calendars/delete-event'],
	properties: [appointmentIdParameter],
	async execute(itemIndex) {
		const eventId = validate.id(this, itemIndex, 'Appointment ID', this.getNodeParameter('appointmentId', itemIndex));
		// The spec requires a body here, an empty DeleteAppointmentSchema.
		await apiRequest(this, { operation: 'calendars/delete-event', path: { eventId }, body: {}, itemIndex });
		return { id: eventId, deleted: true };
	},
};
