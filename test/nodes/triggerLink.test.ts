import { LOCATION_ID } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const create = (extra: Record<string, unknown> = {}) =>
	run({
		resource: 'triggerLink',
		operation: 'create',
		name: 'Spring offer',
		redirectTo: 'https://example.com/spring',
		...extra,
	});

describe('Trigger Link', () => {
	it('creates a link and outputs it with its merge field', async () => {
		const result = await create();
		expect(result.error).toBeUndefined();
		expect(state.fake.requests[0]).toMatchObject({
			method: 'POST',
			path: '/links/',
			body: {
				locationId: LOCATION_ID,
				name: 'Spring offer',
				redirectTo: 'https://example.com/spring',
			},
		});
		expect(result.items[0].json).toMatchObject({
			id: expect.any(String),
			name: 'Spring offer',
			fieldKey: expect.stringContaining('trigger_link.'),
		});
	});

	it('refuses an address that is not a web address, before any request', async () => {
		const result = await create({ redirectTo: 'javascript:alert(1)' });
		expect(result.error?.message).toMatch(
			/^Trigger Link › Create: Invalid 'Redirect To' in item 0: expected a web address/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('lists, updates and deletes a link', async () => {
		const { fake } = state;
		const id = (await create()).items[0].json.id;
		fake.requests.length = 0;
		const all = await run({ resource: 'triggerLink', operation: 'getAll' });
		expect(fake.requests[0]).toMatchObject({ path: '/links/', query: { locationId: LOCATION_ID } });
		expect(all.items.map((i) => i.json.id)).toEqual([id]);
		const updated = await run({
			resource: 'triggerLink',
			operation: 'update',
			triggerLinkId: id,
			name: 'Summer offer',
			redirectTo: 'https://example.com/summer',
		});
		expect(fake.requests[1]).toMatchObject({
			method: 'PUT',
			body: { name: 'Summer offer', redirectTo: 'https://example.com/summer' },
		});
		expect(updated.items[0].json).toMatchObject({ name: 'Summer offer' });
		const deleted = await run({ resource: 'triggerLink', operation: 'delete', triggerLinkId: id });
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
		expect(state.seed.location.collection('links').size).toBe(0);
	});
});
