import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { appointmentIdParameter } from './fields';
import { readId } from '../../shared/read';

export const deleteAppointment: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an appointment',
	description: 'Delete an appointment (or a block slot) permanently',
	calls: ['calendars/delete-event'],
	properties: [appointmentIdParameter],
	async execute(itemIndex) {
		const eventId = readId(this, itemIndex, appointmentIdParameter);
		// The spec requires a body here, an empty DeleteAppointmentSchema.
		await apiRequest(this, {
			operation: 'calendars/delete-event',
			path: { eventId },
			body: {},
			itemIndex,
		});
		return { id: eventId, deleted: true };
	},
};
