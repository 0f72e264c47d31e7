import { LOCATION_ID } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Workflow › Get Many', () => {
	it('lists the sub-account’s workflows in one request', async () => {
		const result = await run({ resource: 'workflow', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/workflows/', { locationId: LOCATION_ID }],
		]);
		expect(result.items.map((i) => i.json)).toEqual([state.seed.onboarding]);
	});

	it('works on the Location ID set on the node, and refuses one that is not an ID', async () => {
		await run({
			resource: 'workflow',
			operation: 'getAll',
			returnAll: true,
			locationId: 'loc_other_0000000001',
		});
		expect(state.fake.requests.map((r) => r.query)).toEqual([
			{ locationId: 'loc_other_0000000001' },
		]);
		state.fake.requests.length = 0;
		const bad = await run({
			resource: 'workflow',
			operation: 'getAll',
			returnAll: true,
			locationId: '={{ { "id": 1 } }}',
		});
		expect(bad.error?.message).toMatch(/Location ID/);
		expect(state.fake.requests).toEqual([]);
	});
});
