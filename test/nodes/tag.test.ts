import { LOCATION_ID, PIT_TOKEN, loadOptions } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

/** Tags straight into the fake's store, as HighLevel keeps them. */
function seedTags(...names: string[]) {
	state.seed.location.ensureTags(names);
	return names.map((name) => [...state.seed.location.tags.values()].find((t) => t.name === name)!);
}

describe('Tag', () => {
	it('creates a tag in the sub-account named in the path', async () => {
		const result = await run({ resource: 'tag', operation: 'create', name: ' vip ' });
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			['POST', `/locations/${LOCATION_ID}/tags`, {}, { name: 'vip' }],
		]);
		const [request] = state.fake.requests;
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ id: expect.any(String), name: 'vip', locationId: LOCATION_ID }, { item: 0 }],
		]);
		expect([...state.seed.location.tags.values()].map((t) => t.name)).toEqual(['vip']);
	});

	it('gets, renames and deletes a tag by ID; contacts carry the new name, then none', async () => {
		const [tag] = seedTags('lead');
		const contact = state.seed.location.addContact({
			email: 'grace@example.com',
			tags: ['lead', 'vip'],
		});

		const got = await run({ resource: 'tag', operation: 'get', tagId: tag.id });
		expect(got.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/locations/${LOCATION_ID}/tags/${tag.id}`],
		]);
		expect(got.items.map((i) => i.json)).toEqual([
			{ id: tag.id, name: 'lead', locationId: LOCATION_ID },
		]);

		const renamed = await run({
			resource: 'tag',
			operation: 'update',
			tagId: tag.id,
			name: 'prospect',
		});
		expect(renamed.error).toBeUndefined();
		const [put] = requestsTo(state.fake, 'PUT', /\/tags\//);
		expect([put.path, put.body]).toEqual([
			`/locations/${LOCATION_ID}/tags/${tag.id}`,
			{ name: 'prospect' },
		]);
		expect(renamed.items[0].json).toEqual({
			id: tag.id,
			name: 'prospect',
			locationId: LOCATION_ID,
		});
		expect(contact.tags).toEqual(['prospect', 'vip']);

		const deleted = await run({ resource: 'tag', operation: 'delete', tagId: tag.id });
		expect(deleted.error).toBeUndefined();
		expect(requestsTo(state.fake, 'DELETE', /\/tags\//).map((r) => r.path)).toEqual([
			`/locations/${LOCATION_ID}/tags/${tag.id}`,
		]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: tag.id, deleted: true }]);
		expect(contact.tags).toEqual(['vip']);
	});

	it('lists the tags in one request, and stops at Limit', async () => {
		seedTags('a', 'b', 'c');
		const all = await run({ resource: 'tag', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/locations/${LOCATION_ID}/tags`, {}],
		]);
		expect(all.items.map((i) => i.json.name)).toEqual(['a', 'b', 'c']);
		const two = await run({ resource: 'tag', operation: 'getAll', limit: 2 });
		expect(two.items.map((i) => i.json.name)).toEqual(['a', 'b']);
	});

	it('lists the tags by name with their IDs in the Tag dropdown', async () => {
		const [b, a] = seedTags('beta', 'alpha');
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'tag', operation: 'get' },
			method: 'getTagIds',
		});
		expect(options.map((o) => [o.name, o.value])).toEqual([
			['alpha', a.id],
			['beta', b.id],
		]);
	});

	it('works on the Location ID set on the node', async () => {
		const result = await run({
			resource: 'tag',
			operation: 'getAll',
			returnAll: true,
			locationId: 'loc_other_0000000001',
		});
		expect(state.fake.requests.map((r) => r.path)).toEqual([
			'/locations/loc_other_0000000001/tags',
		]);
		// The test token belongs to another sub-account.
		expect(result.error?.message).toBe(
			'Tag › Get Many: The token does not have access to this location',
		);
	});

	it('shows HighLevel’s message for a name already taken and for a tag that does not exist', async () => {
		seedTags('vip');
		const taken = await run({ resource: 'tag', operation: 'create', name: 'VIP' });
		expect(taken.error?.message).toBe('Tag › Create: Tag with this name already exists');
		const missing = await run({ resource: 'tag', operation: 'get', tagId: 'noSuchTag0000000001' });
		expect(missing.error?.message).toBe('Tag › Get: Tag not found');
	});

	it.each([
		[
			'an empty name',
			{ operation: 'create', name: '  ' },
			/Tag › Create: Invalid 'Name' in item 0: expected name of the tag/,
		],
		[
			'an empty new name',
			{ operation: 'update', tagId: 'tag1', name: '={{ "" }}' },
			/Tag › Update: Invalid 'Name' in item 0/,
		],
		[
			'a tag ID with a slash',
			{ operation: 'delete', tagId: 'a/b' },
			/Tag › Delete: Invalid 'Tag' in item 0: expected an ID/,
		],
		[
			'a name that is not text',
			{ operation: 'create', name: '={{ { "a": 1 } }}' },
			/Tag › Create: .*'Name'.* in item 0/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'tag', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
