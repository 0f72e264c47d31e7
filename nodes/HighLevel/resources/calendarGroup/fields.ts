import type { INodeProperties } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fieldTable';

/** A group picked from the sub-account's calendar groups, or given by ID in an expression. */
export const calendarGroupIdParameter: INodeProperties = {
	displayName: 'Calendar Group Name or ID',
	name: 'groupId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCalendarGroups', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'The calendar group. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Name, description and slug: HighLevel's create and update both require all three. */
export const GROUP_FIELDS: FieldSpec[] = [
	{
		name: 'name',
		title: 'Name',
		description: 'Name of the group, shown to people booking',
		check: 'text',
		nonEmpty: true,
		placeholder: 'Sales Team',
	},
	{
		name: 'description',
		title: 'Description',
		description: 'What the group’s calendars are for, shown on its booking page',
		check: 'text',
		placeholder: 'Book a call with our sales team',
	},
	{
		name: 'slug',
		title: 'Slug',
		description:
			'The group’s part of its booking page address, in lower case with hyphens (e.g. sales-team); unique in the sub-account',
		check: 'text',
		nonEmpty: true,
		placeholder: 'sales-team',
	},
];
