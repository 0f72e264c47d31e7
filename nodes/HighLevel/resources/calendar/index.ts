import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteCalendar } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getFreeSlots } from './getFreeSlots';
import { update } from './update';

export const calendar: ResourceDefinition = {
	value: 'calendar',
	name: 'Calendar',
	description: 'Booking calendars and their free slots',
	defaultOperation: getFreeSlots.value,
	operations: [create, deleteCalendar, get, getAll, getFreeSlots, update].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
