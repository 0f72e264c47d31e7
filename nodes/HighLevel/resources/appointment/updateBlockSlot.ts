import type { IDataObject } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import { resolveLocationId } from '../../shared/location';
import { idParameter } from '../../shared/params';
import { optionsOf, readCollection, readId, readText } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { blockForProperties, readBlockOwner } from './blockSlot';
import { appointmentTimes } from './fields';

const blockSlotIdParameter = idParameter(
	'blockSlotId',
	'Block Slot ID',
	'ID of the block slot (as Add Block Slot or Get Blocked Slots output it; for one occurrence of a recurring block, its instance ID)',
);

const updateFields = collectionParameter('updateFields', 'Update Fields', [
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		default: '',
		description:
			'When the blocked time ends; must be after the start. In ISO 8601 or an n8n date; without an offset, the workflow’s time zone applies.',
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description:
			'When the blocked time starts. In ISO 8601 or an n8n date; without an offset, the workflow’s time zone applies.',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		description: 'Shown on the blocked time in the calendar',
	},
]);

export const updateBlockSlot: OperationDefinition = {
	value: 'updateBlockSlot',
	name: 'Update Block Slot',
	action: 'Update a block slot',
	description: 'Move a blocked time, retitle it, or give it to another calendar or user',
	calls: ['calendars/edit-block-slot'],
	properties: [blockSlotIdParameter, ...blockForProperties, updateFields],
	async execute(itemIndex) {
		const eventId = readId(this, itemIndex, blockSlotIdParameter);
		const owner = readBlockOwner(this, itemIndex);
		const changes = readCollection(this, itemIndex, updateFields);
		const option = optionsOf(updateFields, changes);
		const body: IDataObject = { ...owner, ...appointmentTimes(this, itemIndex, changes) };
		if (changes.title !== undefined && changes.title !== '')
			body.title = readText(this, itemIndex, option('title'));
		const locationId = await resolveLocationId(this, itemIndex);
		body.locationId = locationId;
		return await apiRequest<IDataObject>(this, {
			operation: 'calendars/edit-block-slot',
			path: { eventId },
			body,
			itemIndex,
			locationId,
		});
	},
};
