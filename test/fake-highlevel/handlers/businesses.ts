import { newId } from '../store';
import type { Handler } from './framework';
import { intQuery, recordIn, storeOf, textQuery } from './listing';

/** Businesses (businesses.json): `GET /businesses/` pages with skip + limit and gives no total. */
export const BUSINESS_HANDLERS: Record<string, Handler> = {
	'businesses/create-business': (call) => {
		const store = call.location(String(call.body.locationId));
		const now = store.now();
		const business = {
			id: newId(),
			...call.body,
			locationId: store.id,
			createdBy: {},
			updatedBy: {},
			createdAt: now,
			updatedAt: now,
		};
		store.collection('businesses').set(business.id, business);
		// `buiseness` is how HighLevel's UpdateBusinessResponseDto spells it.
		return { status: 201, body: { success: true, buiseness: business } };
	},
	'businesses/get-business': (call) => ({
		body: {
			business: recordIn(
				storeOf(call).collection('businesses'),
				call.params.businessId,
				'Business',
			),
		},
	}),
	'businesses/get-businesses-by-location': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 100, { min: 1 });
		return {
			body: { businesses: [...store.collection('businesses').values()].slice(skip, skip + limit) },
		};
	},
	'businesses/update-business': (call) => {
		const store = storeOf(call);
		const business = recordIn(store.collection('businesses'), call.params.businessId, 'Business');
		Object.assign(business, call.body, { updatedAt: store.now() });
		return { body: { success: true, buiseness: business } };
	},
	'businesses/delete-Business': (call) => {
		const businesses = storeOf(call).collection('businesses');
		recordIn(businesses, call.params.businessId, 'Business');
		businesses.delete(call.params.businessId);
		return { body: { success: true } };
	},
};
