import type { ResourceDefinition } from '../../shared/types';
import { addBlockSlot } from './blockSlot';
import { create } from './create';
import { deleteAppointment } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getBlockedSlots } from './blockedSlots';
import { updateBlockSlot } from './updateBlockSlot';
import { update } from './update';

export const appointment: ResourceDefinition = {
	value: 'appointment',
	name: 'Appointment',
	description: 'Bookings of contacts in calendars',
	defaultOperation: create.value,
	operations: [
		addBlockSlot,
		create,
		deleteAppointment,
		get,
		getAll,
		getBlockedSlots,
		update,
		updateBlockSlot,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
