import { LOCATION_ID } from '../harness/run';
import { newId } from '../fake-highlevel/store';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

function seedBusiness(name: string) {
	const business = { id: newId(), name, locationId: LOCATION_ID };
	state.seed.location.collection('businesses').set(business.id, business);
	return business;
}

describe('Contact › tags and businesses in bulk', () => {
	it('adds and removes tags across many contacts in one request each, reporting per contact', async () => {
		const { fake, seed } = state;
		const a = seed.location.addContact({ email: 'bulk-a@example.com', tags: ['keep'] });
		const b = seed.location.addContact({ email: 'bulk-b@example.com', tags: ['keep', 'old'] });

		const added = await run({
			resource: 'contact',
			operation: 'addTagsToMany',
			contactIds: `${a.id}, ${b.id}, missing1`,
			tags: ['vip', 'q3'],
		});
		expect(added.error).toBeUndefined();
		const [add] = requestsTo(fake, 'POST', /^\/contacts\/bulk\/tags\/update\//);
		expect(add.path).toBe('/contacts/bulk/tags/update/add');
		expect(add.headers.version).toBe('2021-07-28');
		expect(add.body).toEqual({
			contacts: [a.id, b.id, 'missing1'],
			tags: ['vip', 'q3'],
			locationId: LOCATION_ID,
		});
		expect(added.items).toHaveLength(1);
		expect(added.items[0].json).toMatchObject({ succeded: false, errorCount: 1 });
		expect(seed.location.contacts.get(String(a.id))?.tags).toEqual(['keep', 'vip', 'q3']);

		const removed = await run({
			resource: 'contact',
			operation: 'removeTagsFromMany',
			contactIds: [a.id, b.id],
			tags: ['vip', 'old'],
		});
		expect(removed.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /\/update\/remove$/)[0].body).toEqual({
			contacts: [a.id, b.id],
			tags: ['vip', 'old'],
			locationId: LOCATION_ID,
		});
		expect(seed.location.contacts.get(String(a.id))?.tags).toEqual(['keep', 'q3']);
		expect(seed.location.contacts.get(String(b.id))?.tags).toEqual(['keep', 'q3']);

		const cleared = await run({
			resource: 'contact',
			operation: 'removeTagsFromMany',
			contactIds: String(a.id),
			tags: [],
			removeAllTags: true,
		});
		expect(cleared.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /\/update\/remove$/)[1].body).toEqual({
			contacts: [a.id],
			tags: [],
			locationId: LOCATION_ID,
			removeAllTags: true,
		});
		expect(seed.location.contacts.get(String(a.id))?.tags).toEqual([]);
	});

	it('moves many contacts into a business, lists them by business, and takes them out again', async () => {
		const { fake, seed } = state;
		const acme = seedBusiness('Acme');
		const a = seed.location.addContact({ email: 'ada@acme.example', firstName: 'Ada' });
		const b = seed.location.addContact({ email: 'bob@acme.example', firstName: 'Bob' });
		seed.location.addContact({ email: 'other@example.com' });

		const moved = await run({
			resource: 'contact',
			operation: 'addManyToBusiness',
			contactIds: `${a.id},${b.id}`,
			businessId: acme.id,
		});
		expect(moved.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/contacts\/bulk\/business$/);
		expect(request.body).toEqual({
			locationId: LOCATION_ID,
			ids: [a.id, b.id],
			businessId: acme.id,
		});
		expect(moved.items[0].json).toMatchObject({
			businessId: acme.id,
			success: true,
			ids: [a.id, b.id],
		});

		const listed = await run({
			resource: 'contact',
			operation: 'getManyByBusiness',
			businessId: acme.id,
			returnAll: true,
		});
		expect(listed.error).toBeUndefined();
		const [list] = requestsTo(fake, 'GET', /^\/contacts\/business\//);
		expect(list.path).toBe(`/contacts/business/${acme.id}`);
		expect(list.query).toEqual({ locationId: LOCATION_ID, skip: '0', limit: '100' });
		expect(listed.items.map((i) => i.json.id).sort()).toEqual([a.id, b.id].sort());

		const searched = await run({
			resource: 'contact',
			operation: 'getManyByBusiness',
			businessId: acme.id,
			returnAll: false,
			limit: 5,
			filters: { query: 'bob' },
		});
		expect(requestsTo(fake, 'GET', /^\/contacts\/business\//)[1].query).toEqual({
			locationId: LOCATION_ID,
			query: 'bob',
			skip: '0',
			limit: '5',
		});
		expect(searched.items.map((i) => i.json.id)).toEqual([b.id]);

		const out = await run({
			resource: 'contact',
			operation: 'removeManyFromBusiness',
			contactIds: [a.id],
		});
		expect(out.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/contacts\/bulk\/business$/)[1].body).toEqual({
			locationId: LOCATION_ID,
			ids: [a.id],
			businessId: null,
		});
		expect(seed.location.contacts.get(String(a.id))?.businessId).toBeNull();
		expect(seed.location.contacts.get(String(b.id))?.businessId).toBe(acme.id);
	});

	it('removes a contact from every campaign', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'camp@example.com' });
		await run({
			resource: 'contact',
			operation: 'addToCampaign',
			contactId: c.id,
			campaignId: seed.spring.id,
		});
		expect(seed.location.campaignEnrolments.size).toBe(1);
		const result = await run({
			resource: 'contact',
			operation: 'removeFromEveryCampaign',
			contactId: c.id,
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'DELETE', /campaigns\/removeAll$/);
		expect(request.path).toBe(`/contacts/${c.id}/campaigns/removeAll`);
		expect(result.items[0].json).toEqual({ contactId: c.id, success: true, succeded: true });
		expect(seed.location.campaignEnrolments.size).toBe(0);
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'no contact IDs',
			{ operation: 'addTagsToMany', contactIds: ' , ', tags: ['x'] },
			/Invalid 'Contact IDs' in item 0: expected at least one contact ID/,
		],
		[
			'a contact ID with a slash',
			{ operation: 'addManyToBusiness', contactIds: 'a,b/c', businessId: 'biz1' },
			/Invalid 'Contact IDs' in item 0/,
		],
		[
			'no tags to add',
			{ operation: 'addTagsToMany', contactIds: 'a', tags: '={{ [] }}' },
			/Invalid 'Tag' in item 0: expected at least one tag/,
		],
		[
			'a remove with neither tags nor Remove All Tags',
			{ operation: 'removeTagsFromMany', contactIds: 'a', tags: [] },
			/Invalid 'Tag' in item 0: expected at least one tag, or Remove All Tags on/,
		],
		[
			'a business ID that resolves to nothing',
			{ operation: 'getManyByBusiness', businessId: '={{ $json.none }}', returnAll: true },
			/Invalid 'Business ID' in item 0/,
		],
		[
			'a contact ID with a slash',
			{ operation: 'removeFromEveryCampaign', contactId: '../x' },
			/Invalid 'Contact ID' in item 0/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run({ resource: 'contact', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});
});
