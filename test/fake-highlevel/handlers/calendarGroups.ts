import { newId, type LocationStore } from '../store';
import type { Handler } from './framework';
import { recordIn, storeOf, textQuery } from './listing';

type Rec = Record<string, unknown>;

const groupsOf = (store: LocationStore) => store.collection('calendarGroups');

/** A calendar group as HighLevel answers one (GroupDTO). */
export function addCalendarGroup(store: LocationStore, fields: Rec): Rec {
	const group: Rec = {
		id: newId(),
		locationId: store.id,
		description: '',
		isActive: true,
		...fields,
	};
	group.slug ??= String(group.name ?? 'group')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-');
	groupsOf(store).set(String(group.id), group);
	return group;
}

/** Calendar groups (calendars.json): the list comes whole; there is no Get of one group. */
export const CALENDAR_GROUP_HANDLERS: Record<string, Handler> = {
	'calendars/create-calendar-group': (call) => {
		const store = call.location(String(call.body.locationId));
		return {
			status: 201,
			body: { group: addCalendarGroup(store, { ...call.body, locationId: store.id }) },
		};
	},
	'calendars/get-groups': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		return { body: { groups: [...groupsOf(store).values()] } };
	},
	'calendars/edit-group': (call) => {
		const group = recordIn(groupsOf(storeOf(call)), call.params.groupId, 'Group');
		Object.assign(group, call.body);
		return { body: { group } };
	},
	'calendars/disable-group': (call) => {
		const group = recordIn(groupsOf(storeOf(call)), call.params.groupId, 'Group');
		group.isActive = call.body.isActive;
		return { body: { success: true } };
	},
	'calendars/delete-group': (call) => {
		const store = storeOf(call);
		recordIn(groupsOf(store), call.params.groupId, 'Group');
		groupsOf(store).delete(call.params.groupId);
		// Its calendars stay, outside any group.
		for (const calendar of store.collection('calendars').values())
			if (calendar.groupId === call.params.groupId) delete calendar.groupId;
		return { body: { success: true } };
	},
};
