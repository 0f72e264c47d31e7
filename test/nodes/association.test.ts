import { LOCATION_ID, loadOptions } from '../harness/run';
import { addAssociation } from '../fake-highlevel/handlers/associations';
import { addObjectSchema } from '../fake-highlevel/handlers/objects';
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
