import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { calendarGroupIdParameter, GROUP_FIELDS } from './fields';
import { disableGroup, enableGroup } from './status';

const id = { parameter: calendarGroupIdParameter, path: 'groupId' };

const createAndList = crudOperations({
	singular: 'calendar group',
	plural: 'calendar groups',
	id,
	location: true,
	one: 'group',
	many: 'groups',
	calls: {
		create: 'calendars/create-calendar-group',
		getAll: 'calendars/get-groups',
		delete: 'calendars/delete-group',
	},
	fields: fieldTable([
		...GROUP_FIELDS,
		{
			name: 'isActive',
			title: 'Active',
			description: 'Whether the group takes bookings from the start',
			check: 'boolean',
			type: 'boolean',
			default: true,
		},
	]),
	required: ['name', 'description', 'slug'],
	descriptions: {
		create:
			'Create a calendar group: a booking page that offers several calendars (e.g. one per team member)',
		getAll: 'List the sub-account’s calendar groups, with their slugs and whether each is active',
		delete: 'Delete a calendar group; its calendars stay, outside any group',
	},
});

// HighLevel's update takes name, description and slug together, so each is asked for.
const update = crudOperations({
	singular: 'calendar group',
	plural: 'calendar groups',
	id,
	one: 'group',
	many: 'groups',
	calls: { update: 'calendars/edit-group' },
	fields: fieldTable(GROUP_FIELDS),
	required: [],
	updateRequired: ['name', 'description', 'slug'],
	descriptions: {
		update:
			'Change a calendar group’s name, description and slug (HighLevel takes all three together)',
	},
});

export const calendarGroup: ResourceDefinition = {
	value: 'calendarGroup',
	name: 'Calendar Group',
	description: 'Groups of calendars booked from one page',
	defaultOperation: 'create',
	operations: [...createAndList, ...update, enableGroup, disableGroup].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
