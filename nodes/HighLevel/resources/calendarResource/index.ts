import type { INodeProperties } from 'n8n-workflow';
import type { ResourceDefinition } from '../../shared/types';
import { crudOperations } from '../../shared/crud';
import { fieldTable } from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';
import { skipLimitPager } from '../../transport/paginate';

/** HighLevel keeps rooms and equipment apart: every path names the kind. */
const resourceTypeParameter: INodeProperties = {
	displayName: 'Type',
	name: 'resourceType',
	type: 'options',
	options: [
		{
			name: 'Equipment',
			value: 'equipments',
			description:
				'Things booked with an appointment (a projector, a massage table), counted by quantity',
		},
		{
			name: 'Room',
			value: 'rooms',
			description: 'Places booked with an appointment, with a capacity',
		},
	],
	default: 'rooms',
	description: 'Whether the calendar resource is a room or equipment',
};

const CALENDAR_RESOURCE_FIELDS = fieldTable([
	{
		name: 'name',
		title: 'Name',
		description: 'Name of the room or equipment',
		check: 'text',
		nonEmpty: true,
		placeholder: 'Yoga Room',
	},
	{
		name: 'description',
		title: 'Description',
		description: 'What the room or equipment is, shown to staff',
		check: 'text',
		placeholder: 'Second floor, mats provided',
	},
	{
		name: 'calendarIds',
		title: 'Calendar Names or IDs',
		description:
			'Service calendars booked with it: a room can serve several calendars, equipment only one. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		check: 'list',
		type: 'multiOptions',
		loadOptionsMethod: 'getCalendars',
	},
	{
		name: 'capacity',
		title: 'Capacity',
		description: 'How many people a room holds (rooms)',
		check: 'number',
		type: 'number',
		min: 0,
		default: 1,
	},
	{
		name: 'quantity',
		title: 'Quantity',
		description: 'How many of the equipment there are (equipment)',
		check: 'number',
		type: 'number',
		min: 0,
		default: 1,
	},
	{
		name: 'outOfService',
		title: 'Out of Service',
		description: 'How many of the equipment cannot be booked now (equipment)',
		check: 'number',
		type: 'number',
		min: 0,
		default: 0,
	},
]);

/** calendars.json names no largest page for calendar resources. */
const RESOURCES_PAGE_SIZE = 100;

export const calendarResource: ResourceDefinition = {
	value: 'calendarResource',
	name: 'Calendar Resource',
	description: 'Rooms and equipment booked with service calendars’ appointments',
	defaultOperation: 'create',
	operations: crudOperations({
		singular: 'calendar resource',
		plural: 'calendar resources',
		id: {
			parameter: idParameter(
				'calendarResourceId',
				'Calendar Resource ID',
				'ID of the room or equipment',
			),
			path: 'id',
		},
		parent: { parameter: resourceTypeParameter, path: 'resourceType', noun: 'type' },
		location: true,
		// HighLevel answers a resource, and the list, bare.
		one: 'resource',
		many: '',
		calls: {
			create: 'calendars/create-calendar-resource',
			get: 'calendars/get-calendar-resource',
			getAll: 'calendars/fetch-calendar-resources',
			update: 'calendars/update-calendar-resource',
			delete: 'calendars/delete-calendar-resource',
		},
		list: (request, itemsKey) => skipLimitPager(request, itemsKey, RESOURCES_PAGE_SIZE),
		fields: CALENDAR_RESOURCE_FIELDS,
		required: ['name', 'description', 'calendarIds'],
		// HighLevel's create requires every count; a room's equipment counts and equipment's capacity go as neutral values.
		createDefaults: { quantity: 1, outOfService: 0, capacity: 1 },
		descriptions: {
			create: 'Create a room or equipment that service calendars book with their appointments',
			get: 'Retrieve a room or equipment: its counts, whether it is active, and the calendars it serves',
			getAll: 'List the sub-account’s rooms or equipment',
			update: 'Change a room or equipment: its name, description, counts or calendars',
			delete: 'Delete a room or equipment',
		},
	}),
};
