import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { readRequiredText } from '../../shared/read';
import { resolveLocationId } from '../../shared/location';
import { apiRequest } from '../../transport/request';
import { calendarBody, calendarFieldsCollection } from './fields';

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'Name of the calendar',
};

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a calendar',
	description: 'Create a calendar in the sub-account',
	calls: ['calendars/create-calendar'],
	properties: [
		nameProperty,
		calendarFieldsCollection('additionalFields', 'Additional Fields', true),
	],
	async execute(itemIndex) {
		const name = readRequiredText(this, itemIndex, nameProperty, 'the name of the calendar');
		const body = calendarBody(
			this,
			itemIndex,
			this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
		);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'calendars/create-calendar',
			body: { ...body, name, locationId },
			itemIndex,
			locationId,
		});
		return (response.calendar as IDataObject) ?? response;
	},
};
