import { LOCATION_ID, loadOptions } from '../harness/run';
import { addAssociation, setRelationListStyle } from '../fake-highlevel/handlers/associations';
import { addObjectRecord, addObjectSchema } from '../fake-highlevel/handlers/objects';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

function seedPets() {
	addObjectSchema(state.seed.location, {
		key: 'pets',
		singular: 'Pet',
		plural: 'Pets',
		fields: [{ key: 'name', name: 'Name', dataType: 'TEXT' }],
	});
	return addAssociation(state.seed.location, {
		key: 'pet_owner',
		firstObjectKey: 'custom_objects.pets',
		firstObjectLabel: 'Pet',
		secondObjectKey: 'contact',
		secondObjectLabel: 'Owner',
	});
}

describe('Association', () => {
	it('creates an association between a custom object and contacts', async () => {
		const { fake } = state;
		seedPets();
		const result = await run({
			resource: 'association',
			operation: 'create',
			key: 'pet_vet',
			firstObjectKey: 'custom_objects.pets',
			firstObjectLabel: 'Patient',
			secondObjectKey: 'contact',
			secondObjectLabel: 'Vet',
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/associations/' });
		expect(fake.requests[0].body).toEqual({
			locationId: LOCATION_ID,
			key: 'pet_vet',
			firstObjectKey: 'custom_objects.pets',
			firstObjectLabel: 'Patient',
			secondObjectKey: 'contact',
			secondObjectLabel: 'Vet',
		});
		expect(result.items[0].json).toMatchObject({
			id: expect.any(String),
			associationType: 'USER_DEFINED',
		});
	});

	it('sends a key lower case with underscores, and refuses one HighLevel would not take, before any request', async () => {
		const made = await run({
			resource: 'association',
			operation: 'create',
			key: 'Pet Sitter',
			firstObjectKey: 'contact',
			firstObjectLabel: 'A',
			secondObjectKey: 'contact',
			secondObjectLabel: 'B',
		});
		expect(state.fake.requests[0].body).toMatchObject({ key: 'pet_sitter' });
		expect(made.items[0].json).toMatchObject({ key: 'pet_sitter' });
		state.fake.requests.length = 0;
		const result = await run({
			resource: 'association',
			operation: 'create',
			key: '1 pet/owner',
			firstObjectKey: 'contact',
			firstObjectLabel: 'A',
			secondObjectKey: 'contact',
			secondObjectLabel: 'B',
		});
		expect(result.error?.message).toMatch(
			/^Association › Create: Invalid 'Key' in item 0: expected letters, digits, spaces and underscores, starting with a letter/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('gets by ID, by key and by object, and lists all with skip and limit', async () => {
		const { fake } = state;
		const petOwner = seedPets();
		const byId = await run({
			resource: 'association',
			operation: 'get',
			associationId: petOwner.id,
		});
		expect(fake.requests[0].path).toBe(`/associations/${String(petOwner.id)}`);
		expect(byId.items[0].json).toEqual(petOwner);
		const byKey = await run({
			resource: 'association',
			operation: 'getByKey',
			keyName: 'pet_owner',
		});
		expect(fake.requests[1]).toMatchObject({
			path: '/associations/key/pet_owner',
			query: { locationId: LOCATION_ID },
		});
		expect(byKey.items[0].json).toEqual(petOwner);
		const byObject = await run({
			resource: 'association',
			operation: 'getByObject',
			objectKey: 'custom_objects.pets',
		});
		expect(fake.requests[2]).toMatchObject({
			path: '/associations/objectKey/custom_objects.pets',
			query: { locationId: LOCATION_ID },
		});
		expect(byObject.items.map((i) => i.json.key)).toEqual(['pet_owner']);
		const all = await run({
			resource: 'association',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
		});
		expect(fake.requests[3].query).toEqual({ locationId: LOCATION_ID, skip: '0', limit: '1' });
		expect(all.items).toHaveLength(1);
		const every = await run({ resource: 'association', operation: 'getAll', returnAll: true });
		expect(every.items.map((i) => i.json.key).sort()).toEqual(['contact_business', 'pet_owner']);
	});

	it('renames the sides, then deletes the association', async () => {
		const { fake, seed } = state;
		const petOwner = seedPets();
		const updated = await run({
			resource: 'association',
			operation: 'update',
			associationId: petOwner.id,
			firstObjectLabel: 'Animal',
			secondObjectLabel: 'Keeper',
		});
		expect(fake.requests[0]).toMatchObject({
			method: 'PUT',
			body: { firstObjectLabel: 'Animal', secondObjectLabel: 'Keeper' },
		});
		expect(updated.items[0].json).toMatchObject({
			firstObjectLabel: 'Animal',
			secondObjectLabel: 'Keeper',
		});
		const deleted = await run({
			resource: 'association',
			operation: 'delete',
			associationId: petOwner.id,
		});
		expect(deleted.items[0].json).toMatchObject({ deleted: true, id: petOwner.id });
		expect(seed.location.collection('associations').size).toBe(0);
	});

	it('offers the objects by name and the association keys', async () => {
		seedPets();
		const parameters = { resource: 'association', operation: 'create' };
		expect(
			(await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getObjects' })).map(
				(o) => [o.name, o.value],
			),
		).toEqual([
			['Company', 'business'],
			['Contact', 'contact'],
			['Opportunity', 'opportunity'],
			['Pet', 'custom_objects.pets'],
		]);
		expect(
			(
				await loadOptions({ baseUrl: state.fake.baseUrl, parameters, method: 'getAssociationKeys' })
			).map((o) => o.value),
		).toEqual(['contact_business', 'pet_owner']);
	});
});

describe('Association › relations', () => {
	/** The pet-owner association, Buddy the pet, and Grace, who owns pets. */
	function seedBuddy() {
		const petOwner = seedPets();
		const { location } = state.seed;
		const buddy = addObjectRecord(location, 'custom_objects.pets', {
			properties: { name: 'Buddy' },
		});
		const grace = location.addContact({
			firstName: 'Grace',
			lastName: 'Hopper',
			email: 'grace@example.com',
		});
		return { petOwner, buddy, grace };
	}

	/** `count` pets of Grace's, each related to her through the pet-owner association. */
	function seedPetsOf(count: number) {
		const seeded = seedBuddy();
		const store = state.seed.location;
		for (let i = 0; i < count; i++) {
			const pet = addObjectRecord(store, 'custom_objects.pets', {
				properties: { name: `Pet ${i}` },
			});
			store.collection('relations').set(`rel_${String(i).padStart(4, '0')}`, {
				id: `rel_${String(i).padStart(4, '0')}`,
				locationId: store.id,
				associationId: seeded.petOwner.id,
				firstRecordId: pet.id,
				secondRecordId: seeded.grace.id,
			});
		}
		return seeded;
	}

	it('links two records through an association, and offers both sides’ records by name', async () => {
		const { fake } = state;
		const { petOwner, buddy, grace } = seedBuddy();
		const result = await run({
			resource: 'association',
			operation: 'createRelation',
			associationId: petOwner.id,
			firstRecordId: buddy.id,
			secondRecordId: grace.id,
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			[
				'POST',
				'/associations/relations',
				{},
				{
					locationId: LOCATION_ID,
					associationId: petOwner.id,
					firstRecordId: buddy.id,
					secondRecordId: grace.id,
				},
			],
		]);
		expect(result.items.map((i) => i.json)).toEqual([
			{
				id: expect.any(String),
				locationId: LOCATION_ID,
				associationId: petOwner.id,
				firstRecordId: buddy.id,
				secondRecordId: grace.id,
				createdAt: expect.any(String),
			},
		]);

		const parameters = {
			resource: 'association',
			operation: 'createRelation',
			associationId: String(petOwner.id),
		};
		const options = async (method: string) =>
			(await loadOptions({ baseUrl: fake.baseUrl, parameters, method })).map((o) => [
				o.name,
				o.value,
			]);
		expect(await options('getAssociations')).toEqual([
			['Contact ↔ Company (contact_business)', 'system_contact_business'],
			['Pet ↔ Owner (pet_owner)', petOwner.id],
		]);
		expect(await options('getFirstRecords')).toEqual([['Buddy', buddy.id]]);
		expect(await options('getSecondRecords')).toEqual([['Grace Hopper', grace.id]]);
	});

	it('refuses a record ID HighLevel could not take, before any request', async () => {
		const { petOwner, grace } = seedBuddy();
		const result = await run(
			{
				resource: 'association',
				operation: 'createRelation',
				associationId: petOwner.id,
				firstRecordId: '={{ $json.pet }}',
				secondRecordId: grace.id,
			},
			{ items: [{ pet: 'buddy the dog' }], onError: 'continueRegularOutput' },
		);
		expect(result.items.map((i) => i.json.error)).toEqual([
			expect.stringMatching(
				/^Association › Create Relation: Invalid 'First Record' in item 0: expected an ID such as/,
			),
		]);
		expect(state.fake.requests).toEqual([]);
	});

	it('lists a record’s relations with Return All, 100 a page, stopping at the total', async () => {
		const { fake } = state;
		const { grace } = seedPetsOf(250);
		const result = await run({
			resource: 'association',
			operation: 'getRelations',
			recordId: grace.id,
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json).toMatchObject({ id: 'rel_0249', secondRecordId: grace.id });
		expect(fake.requests.map((r) => [r.path, r.query])).toEqual(
			[0, 100, 200].map((skip) => [
				`/associations/relations/${String(grace.id)}`,
				{ locationId: LOCATION_ID, skip: String(skip), limit: '100' },
			]),
		);
	});

	it('ends a full last page by the total, or, where HighLevel gives none, by the empty page after it', async () => {
		const { fake } = state;
		const { grace } = seedPetsOf(200);
		const skips = () => fake.requests.map((r) => r.query.skip);
		const counted = await run({
			resource: 'association',
			operation: 'getRelations',
			recordId: grace.id,
			returnAll: true,
		});
		expect(counted.items).toHaveLength(200);
		expect(skips()).toEqual(['0', '100']);

		fake.requests.length = 0;
		setRelationListStyle(state.seed.location, 'noTotal');
		const uncounted = await run({
			resource: 'association',
			operation: 'getRelations',
			recordId: grace.id,
			returnAll: true,
		});
		expect(uncounted.items).toHaveLength(200);
		expect(skips()).toEqual(['0', '100', '200']);

		fake.requests.length = 0;
		const limited = await run({
			resource: 'association',
			operation: 'getRelations',
			recordId: grace.id,
			returnAll: false,
			limit: 5,
		});
		expect(limited.items.map((i) => i.json.id)).toEqual([
			'rel_0000',
			'rel_0001',
			'rel_0002',
			'rel_0003',
			'rel_0004',
		]);
		expect(fake.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '5' },
		]);
	});

	it('lists only the relations of the associations chosen, a short last page ending the list', async () => {
		const { fake } = state;
		const { petOwner, grace } = seedPetsOf(3);
		const store = state.seed.location;
		const company = store.collection('businesses');
		company.set('biz_1', { id: 'biz_1', name: 'Demo LLC', locationId: store.id });
		store.collection('relations').set('rel_work', {
			id: 'rel_work',
			locationId: store.id,
			associationId: 'system_contact_business',
			firstRecordId: grace.id,
			secondRecordId: 'biz_1',
		});
		setRelationListStyle(store, 'noTotal');
		const pets = await run({
			resource: 'association',
			operation: 'getRelations',
			recordId: grace.id,
			returnAll: true,
			filters: { associationIds: [petOwner.id] },
		});
		expect(pets.items.map((i) => i.json.id)).toEqual(['rel_0000', 'rel_0001', 'rel_0002']);
		expect(fake.requests.map((r) => r.query)).toEqual([
			{
				locationId: LOCATION_ID,
				associationIds: String(petOwner.id),
				skip: '0',
				limit: '100',
			},
		]);
		const both = await run({
			resource: 'association',
			operation: 'getRelations',
			recordId: grace.id,
			returnAll: true,
			filters: { associationIds: [petOwner.id, 'system_contact_business'] },
		});
		expect(both.items).toHaveLength(4);
		// A list goes as the key repeated, as the spec's query array is written.
		expect(fake.requests[1].query.associationIds).toEqual([
			String(petOwner.id),
			'system_contact_business',
		]);
	});

	it('deletes a relation, leaving the records and the association', async () => {
		const { fake } = state;
		const { grace } = seedPetsOf(2);
		const result = await run({
			resource: 'association',
			operation: 'deleteRelation',
			relationId: 'rel_0001',
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['DELETE', '/associations/relations/rel_0001', { locationId: LOCATION_ID }],
		]);
		expect(result.items[0].json).toMatchObject({ id: 'rel_0001', secondRecordId: grace.id });
		expect([...state.seed.location.collection('relations').keys()]).toEqual(['rel_0000']);
		expect(state.seed.location.contacts.has(String(grace.id))).toBe(true);
		expect(state.seed.location.collection('associations').size).toBe(1);
	});
});
