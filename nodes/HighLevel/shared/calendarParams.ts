import type { INodeProperties } from 'n8n-workflow';

/** The location's calendars as a dropdown; calendars and appointments both pick one. */
export const calendarIdParameter: INodeProperties = {
	displayName: 'Calendar Name or ID',
	name: 'calendarId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCalendars', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
