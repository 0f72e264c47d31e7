import type { IDataObject } from 'n8n-workflow';
import { PET_FIELDS } from '../fake-highlevel/demoCommerce';
import { addObjectRecord, addObjectSchema } from '../fake-highlevel/handlers/objects';
import { LOCATION_ID, PIT_TOKEN, loadOptions, resourceMapperFields } from '../harness/run';
import { agencyOAuthCredentials, ALL_SCOPES, requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;

const PETS = 'custom_objects.pets';
const manually = (value: IDataObject) => ({ mappingMode: 'defineBelow', value });

function seedPets() {
	return addObjectSchema(state.seed.location, {
		key: 'pets',
		singular: 'Pet',
		plural: 'Pets',
		// The demo's pets, with a required name and without the notes.
		fields: [
			{ ...PET_FIELDS[0], name: 'Pet Name', required: true },
			...PET_FIELDS.slice(1).filter((f) => f.key !== 'notes'),
		],
	});
}

const schemaReads = () => requestsTo(state.fake, 'GET', /^\/objects\/custom_objects\.pets$/);

describe('Custom Object records', () => {
	it('creates records with every field converted for its type, reading the schema once', async () => {
		seedPets();
		const { ada, alan } = state.seed;
		const result = await run(
			{
				resource: 'customObject',
				operation: 'createRecord',
				schemaKey: PETS,
				columns: manually({
					name: '={{ $json.pet }}',
					species: 'Dog',
					traits: 'Friendly, shy',
					age: '5',
					vaccinated_on: '2026-01-31T09:30:00+02:00',
					insured_value: '1,500.50',
					vet_phone: '+1 (415) 555-0123',
					vet_email: 'vet@example.com',
				}),
				additionalFields: { owner: ada.id, followers: [alan.id] },
			},
			{ items: [{ pet: 'Rex' }, { pet: 'Fido' }] },
		);
		expect(result.error).toBeUndefined();
		const posts = requestsTo(state.fake, 'POST', /^\/objects\/custom_objects\.pets\/records$/);
		expect(posts).toHaveLength(2);
		expect(posts[0].headers).toMatchObject({
			version: '2021-07-28',
			authorization: `Bearer ${PIT_TOKEN}`,
		});
		expect(posts[0].query).toEqual({});
		expect(posts.map((p) => p.body)).toEqual(
			['Rex', 'Fido'].map((name) => ({
				locationId: LOCATION_ID,
				properties: {
					name,
					species: 'dog',
					traits: ['friendly', 'shy'],
					age: 5,
					vaccinated_on: '2026-01-31',
					insured_value: { currency: 'default', value: 1500.5 },
					vet_phone: '+14155550123',
					vet_email: 'vet@example.com',
				},
				owner: [ada.id],
				followers: [alan.id],
			})),
		);
		// One schema read for both items, with its fields.
		expect(schemaReads()).toHaveLength(1);
		expect(schemaReads()[0].query).toEqual({ locationId: LOCATION_ID, fetchProperties: 'true' });
		expect(result.items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				id: expect.any(String),
				properties: expect.objectContaining({ name: 'Rex' }),
			}),
			expect.objectContaining({
				id: expect.any(String),
				properties: expect.objectContaining({ name: 'Fido' }),
			}),
		]);
		expect(result.items[0].json).not.toHaveProperty('propertiesByKey');
	});

	it('fails an item whose option is not in the picklist, naming the field, before sending it', async () => {
		seedPets();
		const result = await run(
			{
				resource: 'customObject',
				operation: 'createRecord',
				schemaKey: PETS,
				columns: manually({ name: 'Rex', species: 'Hamster' }),
			},
			{ onError: 'continueRegularOutput', items: [{}, {}] },
		);
		expect(result.items).toHaveLength(2);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json.error).toBe(
			"Custom Object › Create Record: Invalid 'Species' in item 0: expected one of Dog, Cat, Bird",
		);
		expect(requestsTo(state.fake, 'POST', /records/)).toEqual([]);
	});

	it('fails a record without its required field, and a number field given words, before sending', async () => {
		seedPets();
		const missing = await run({
			resource: 'customObject',
			operation: 'createRecord',
			schemaKey: PETS,
			columns: manually({ species: 'cat' }),
		});
		expect(missing.error?.message).toBe(
			"Custom Object › Create Record: Invalid 'Pet Name' in item 0: expected a value: the field is required",
		);
		const words = await run({
			resource: 'customObject',
			operation: 'createRecord',
			schemaKey: PETS,
			columns: manually({ name: 'Rex', age: 'five' }),
		});
		expect(words.error?.message).toBe(
			"Custom Object › Create Record: Invalid 'Age' in item 0: expected a number",
		);
		expect(requestsTo(state.fake, 'POST', /records/)).toEqual([]);
	});

	it('says which scope is missing when the token may not read the object’s fields', async () => {
		seedPets();
		state.fake.addToken(PIT_TOKEN, {
			locationId: LOCATION_ID,
			scopes: ALL_SCOPES.filter((scope) => scope !== 'objects/schema.readonly'),
			userType: 'Location',
		});
		const result = await run({
			resource: 'customObject',
			operation: 'createRecord',
			schemaKey: PETS,
			columns: manually({ name: 'Rex' }),
		});
		expect(result.error?.message).toBe(
			'Custom Object › Create Record: The credential may not read the fields of custom_objects.pets',
		);
		expect(result.error?.description).toMatch(/needs the objects\/schema\.readonly scope/);
		expect(requestsTo(state.fake, 'POST', /records/)).toEqual([]);
	});

	it('refuses an object key HighLevel would not take, before any request', async () => {
		const result = await run({
			resource: 'customObject',
			operation: 'getRecord',
			schemaKey: 'Pet Records!',
			recordId: 'abc',
		});
		expect(result.error?.message).toBe(
			"Custom Object › Get Record: Invalid 'Object' in item 0: expected a custom object key such as custom_objects.pets",
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('maps an input item automatically by field name or key, leaving other keys out', async () => {
		seedPets();
		const result = await run(
			{
				resource: 'customObject',
				operation: 'createRecord',
				schemaKey: PETS,
				columns: { mappingMode: 'autoMapInputData', value: null },
			},
			{
				items: [
					{ 'Pet Name': 'Tom', species: 'Cat', 'custom_objects.pets.age': '2', row_number: 7 },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const [post] = requestsTo(state.fake, 'POST', /records$/);
		expect(post.body).toEqual({
			locationId: LOCATION_ID,
			properties: { name: 'Tom', species: 'cat', age: 2 },
		});
	});

	it('takes a field set by an AI agent through $fromAI', async () => {
		seedPets();
		const result = await run(
			{
				resource: 'customObject',
				operation: 'createRecord',
				schemaKey: 'pets',
				columns: manually({
					name: "={{ $fromAI('pet_name', 'Name of the pet', 'string') }}",
					species: "={{ $fromAI('species', 'Dog, Cat or Bird', 'string') }}",
				}),
			},
			{ items: [{ query: { pet_name: 'Nibbles', species: 'Bird' } }] },
		);
		expect(result.error).toBeUndefined();
		const [post] = requestsTo(state.fake, 'POST', /records$/);
		expect(post.path).toBe('/objects/custom_objects.pets/records');
		expect(post.body).toEqual({
			locationId: LOCATION_ID,
			properties: { name: 'Nibbles', species: 'bird' },
		});
	});

	it('gets a record, with readable fields when asked: option labels, dates and amounts', async () => {
		seedPets();
		const pet = addObjectRecord(state.seed.location, PETS, {
			properties: {
				name: 'Buddy',
				species: 'dog',
				traits: ['friendly', 'trained'],
				vaccinated_on: '2026-01-31',
				insured_value: { currency: 'default', value: 1200 },
			},
		});
		const plain = await run({
			resource: 'customObject',
			operation: 'getRecord',
			schemaKey: PETS,
			recordId: pet.id,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/objects/${PETS}/records/${String(pet.id)}`, {}],
		]);
		expect(plain.items[0].json).toEqual({
			id: pet.id,
			owner: [],
			followers: [],
			properties: pet.properties,
			dateAdded: pet.createdAt,
			dateUpdated: pet.updatedAt,
		});
		const readable = await run({
			resource: 'customObject',
			operation: 'getRecord',
			schemaKey: PETS,
			recordId: pet.id,
			readableFields: true,
		});
		expect(readable.items[0].json.properties).toEqual(pet.properties);
		expect(readable.items[0].json.propertiesByKey).toEqual({
			name: 'Buddy',
			species: 'Dog',
			traits: ['Friendly', 'Trained'],
			vaccinated_on: '2026-01-31',
			insured_value: 1200,
		});
		expect(readable.items[0].json.propertiesByName).toEqual({
			'Pet Name': 'Buddy',
			Species: 'Dog',
			Traits: ['Friendly', 'Trained'],
			'Vaccinated On': '2026-01-31',
			'Insured Value': 1200,
		});
	});

	it('updates only the fields given, with the location in the query, and deletes', async () => {
		seedPets();
		const pet = addObjectRecord(state.seed.location, PETS, {
			properties: { name: 'Buddy', age: 4 },
		});
		const updated = await run({
			resource: 'customObject',
			operation: 'updateRecord',
			schemaKey: PETS,
			recordId: pet.id,
			columns: manually({ age: 5, species: '' }),
		});
		expect(updated.error).toBeUndefined();
		const [put] = requestsTo(state.fake, 'PUT', /records/);
		expect(put).toMatchObject({
			path: `/objects/${PETS}/records/${String(pet.id)}`,
			query: { locationId: LOCATION_ID },
			body: { properties: { age: 5 } },
		});
		expect(updated.items[0].json.properties).toEqual({ name: 'Buddy', age: 5 });
		const deleted = await run({
			resource: 'customObject',
			operation: 'deleteRecord',
			schemaKey: PETS,
			recordId: pet.id,
		});
		const [del] = requestsTo(state.fake, 'DELETE', /records/);
		expect(del).toMatchObject({ path: `/objects/${PETS}/records/${String(pet.id)}`, query: {} });
		expect(deleted.items[0].json).toEqual({ id: pet.id, success: true });
	});

	it('searches by text in one field, and returns all records over several pages with the searchAfter cursor', async () => {
		seedPets();
		for (let i = 0; i < 230; i++)
			addObjectRecord(state.seed.location, PETS, { properties: { name: `Pet ${i}` } });
		addObjectRecord(state.seed.location, PETS, { properties: { name: 'Buddy' } });
		const found = await run({
			resource: 'customObject',
			operation: 'searchRecords',
			schemaKey: PETS,
			query: 'buddy',
			filters: { searchField: `${PETS}.name` },
			returnAll: false,
			limit: 5,
		});
		expect(found.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				`/objects/${PETS}/records/search`,
				{ locationId: LOCATION_ID, query: 'name:buddy', pageLimit: 5 },
			],
		]);
		expect(found.items.map((i) => (i.json.properties as Rec).name)).toEqual(['Buddy']);
		state.fake.requests.length = 0;
		const all = await run({
			resource: 'customObject',
			operation: 'searchRecords',
			schemaKey: PETS,
			returnAll: true,
		});
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(231);
		expect(new Set(all.items.map((i) => i.json.id)).size).toBe(231);
		const bodies = state.fake.requests.map((r) => r.body as Rec);
		expect(bodies).toHaveLength(3);
		expect(bodies[0]).toEqual({ locationId: LOCATION_ID, pageLimit: 100 });
		expect(bodies[1]).toEqual({
			locationId: LOCATION_ID,
			pageLimit: 100,
			searchAfter: all.items[99].json.searchAfter,
		});
		expect(bodies[2].searchAfter).toEqual(all.items[199].json.searchAfter);
	});

	it('offers the custom objects, their fields and typed mapper columns in the editor', async () => {
		seedPets();
		const parameters = { resource: 'customObject', operation: 'createRecord', schemaKey: PETS };
		const objects = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters,
			method: 'getCustomObjects',
		});
		expect(objects.map((o) => [o.name, o.value])).toEqual([['Pet', PETS]]);
		const fields = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters,
			method: 'getCustomObjectFields',
		});
		expect(fields[0]).toEqual({
			name: 'Pet Name (primary)',
			value: 'name',
			description: `${PETS}.name`,
		});
		const { fields: columns } = await resourceMapperFields({
			baseUrl: state.fake.baseUrl,
			parameters,
			method: 'getCustomObjectColumns',
		});
		const byId = Object.fromEntries(columns.map((c) => [c.id, c]));
		expect(byId.name).toMatchObject({ displayName: 'Pet Name', type: 'string', required: true });
		expect(byId.species).toMatchObject({
			type: 'options',
			required: false,
			options: [
				{ name: 'Dog', value: 'dog' },
				{ name: 'Cat', value: 'cat' },
				{ name: 'Bird', value: 'bird' },
			],
		});
		expect(byId.traits.type).toBe('array');
		expect(byId.age.type).toBe('number');
		expect(byId.insured_value.type).toBe('number');
		expect(byId.vaccinated_on.type).toBe('dateTime');
		expect(columns[0].id).toBe('name');
	});
});

describe('Custom Object schemas', () => {
	const AGENCY_TOKEN = 'agency-objects-test-secret';
	const agencyCredentials = () =>
		agencyOAuthCredentials(state.fake, AGENCY_TOKEN, 'company_test_0001');

	const create = {
		resource: 'customObject',
		operation: 'createSchema',
		singular: 'Vet Visit',
		plural: 'Vet Visits',
		key: 'Vet Visits',
		primaryName: 'Visit Title',
		primaryType: 'TEXT',
		additionalFields: { description: 'Visits to the vet' },
	};

	it('creates a schema with an agency token, and refuses a sub-account token before sending', async () => {
		const refused = await run(create);
		expect(refused.error?.message).toBe(
			'Custom Object › Create Schema: POST /objects/ needs an agency token',
		);
		expect(state.fake.requests).toEqual([]);
		const made = await run(
			{ ...create, locationId: LOCATION_ID },
			{ auth: 'oauth', credentials: agencyCredentials() },
		);
		expect(made.error).toBeUndefined();
		expect(
			state.fake.requests.map((r) => [r.method, r.path, r.headers.authorization, r.body]),
		).toEqual([
			[
				'POST',
				'/objects/',
				`Bearer ${AGENCY_TOKEN}`,
				{
					labels: { singular: 'Vet Visit', plural: 'Vet Visits' },
					key: 'custom_objects.vet_visits',
					locationId: LOCATION_ID,
					primaryDisplayPropertyDetails: {
						key: 'custom_objects.vet_visits.visit_title',
						name: 'Visit Title',
						dataType: 'TEXT',
					},
					description: 'Visits to the vet',
				},
			],
		]);
		expect(made.items[0].json).toMatchObject({
			key: 'custom_objects.vet_visits',
			labels: { singular: 'Vet Visit', plural: 'Vet Visits' },
			primaryDisplayProperty: 'custom_objects.vet_visits.visit_title',
		});
	});

	it('makes the primary field key from any name, and refuses a name with no letter before sending', async () => {
		const credentials = agencyCredentials();
		const made = await run(
			{
				...create,
				key: 'checkups',
				primaryName: "  Owner's Name (Café)! ",
				locationId: LOCATION_ID,
			},
			{ auth: 'oauth', credentials },
		);
		expect(made.error).toBeUndefined();
		expect(state.fake.requests.map((r) => r.body)).toMatchObject([
			{
				primaryDisplayPropertyDetails: {
					key: 'custom_objects.checkups.owner_s_name_cafe',
					name: "Owner's Name (Café)!",
				},
			},
		]);
		const refused = await run(
			{ ...create, key: 'receipts', primaryName: '42 !', locationId: LOCATION_ID },
			{ auth: 'oauth', credentials },
		);
		expect(refused.error?.message).toBe(
			"Custom Object › Create Schema: Invalid 'Primary Field Name' in item 0: expected a name with a letter to make the field key from, or a Primary Field Key",
		);
		expect(state.fake.requests).toHaveLength(1);
	});

	it('lists the schemas, gets one with its fields, and sets its searchable fields', async () => {
		seedPets();
		const all = await run({
			resource: 'customObject',
			operation: 'getAllSchemas',
			returnAll: true,
		});
		expect(state.fake.requests[0]).toMatchObject({
			method: 'GET',
			path: '/objects/',
			query: { locationId: LOCATION_ID },
		});
		expect(all.items.map((i) => i.json.key)).toEqual(['contact', 'opportunity', 'business', PETS]);
		const one = await run({
			resource: 'customObject',
			operation: 'getSchema',
			schemaKey: 'contact',
			fetchProperties: false,
		});
		expect(state.fake.requests[1]).toMatchObject({
			path: '/objects/contact',
			query: { locationId: LOCATION_ID },
		});
		expect(one.items[0].json).toMatchObject({ key: 'contact', standard: true });
		expect(one.items[0].json).not.toHaveProperty('fields');
		const pets = await run({ resource: 'customObject', operation: 'getSchema', schemaKey: PETS });
		expect((pets.items[0].json.fields as Rec[]).map((f) => f.fieldKey)).toContain(
			`${PETS}.species`,
		);
		const updated = await run({
			resource: 'customObject',
			operation: 'updateSchema',
			schemaKey: PETS,
			searchableProperties: ['name', `${PETS}.species`],
			updateFields: { plural: 'Animals' },
		});
		expect(updated.error).toBeUndefined();
		const [put] = requestsTo(state.fake, 'PUT', /^\/objects\//);
		expect(put).toMatchObject({ path: `/objects/${PETS}` });
		expect(put.body).toEqual({
			locationId: LOCATION_ID,
			searchableProperties: [`${PETS}.name`, `${PETS}.species`],
			labels: { plural: 'Animals' },
		});
		expect(updated.items[0].json.labels).toEqual({ singular: 'Pet', plural: 'Animals' });
	});
});
