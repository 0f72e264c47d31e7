import { newId, type LocationStore } from '../store';
import type { Handler } from './framework';
import { intQuery, notFound, recordIn, storeOf } from './listing';

type Rec = Record<string, unknown>;

const resourcesOf = (store: LocationStore) => store.collection('calendarResources');

/** A room or piece of equipment, of the type the path names. */
function resourceIn(store: LocationStore, type: string, id: string): Rec {
	const resource = recordIn(resourcesOf(store), id, 'Calendar resource');
	if (resource.resourceType !== type) throw notFound('Calendar resource');
	return resource;
}

/** Rooms and equipment (calendars.json `/calendars/resources/{resourceType}`): answered bare, listed with skip + limit. */
export const CALENDAR_RESOURCE_HANDLERS: Record<string, Handler> = {
	'calendars/create-calendar-resource': (call) => {
		const store = call.location(String(call.body.locationId));
		const resource: Rec = {
			id: newId(),
			...call.body,
			locationId: store.id,
			resourceType: call.params.resourceType,
			isActive: true,
		};
		resourcesOf(store).set(String(resource.id), resource);
		return { status: 201, body: resource };
	},
	'calendars/fetch-calendar-resources': (call) => {
		const store = storeOf(call);
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 100, { min: 1 });
		const ofType = [...resourcesOf(store).values()].filter(
			(r) => r.resourceType === call.params.resourceType,
		);
		return { body: ofType.slice(skip, skip + limit) };
	},
	'calendars/get-calendar-resource': (call) => ({
		body: resourceIn(storeOf(call), call.params.resourceType, call.params.id),
	}),
	'calendars/update-calendar-resource': (call) => {
		const resource = resourceIn(storeOf(call), call.params.resourceType, call.params.id);
		Object.assign(resource, call.body);
		return { body: resource };
	},
	'calendars/delete-calendar-resource': (call) => {
		const store = storeOf(call);
		resourceIn(store, call.params.resourceType, call.params.id);
		resourcesOf(store).delete(call.params.id);
		return { body: { success: true } };
	},
};
