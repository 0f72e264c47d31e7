import { addPipeline } from '../fake-highlevel/handlers/opportunities';
import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Pipeline › Get Many', () => {
	it('lists the pipelines with their stages in one request, and stops at Limit', async () => {
		const sales = addPipeline(state.seed.location, 'Sales', ['New', 'Won']);
		addPipeline(state.seed.location, 'Hiring', ['Applied']);
		const all = await run({ resource: 'pipeline', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(
			state.fake.requests.map((r) => [r.method, r.path, r.query, r.headers.authorization]),
		).toEqual([
			['GET', '/opportunities/pipelines', { locationId: LOCATION_ID }, `Bearer ${PIT_TOKEN}`],
		]);
		expect(all.items.map((i) => i.json.name)).toEqual(['Sales', 'Hiring']);
		expect(all.items[0].json).toEqual(sales);
		const one = await run({ resource: 'pipeline', operation: 'getAll', limit: 1 });
		expect(one.items.map((i) => i.json.name)).toEqual(['Sales']);
	});

	it('refuses a Limit that is not a positive number before any request', async () => {
		const result = await run({
			resource: 'pipeline',
			operation: 'getAll',
			returnAll: false,
			limit: '={{ 0 }}',
		});
		expect(result.error?.message).toMatch(/Pipeline › Get Many: Invalid 'Limit' in item 0/);
		expect(state.fake.requests).toEqual([]);
	});
});
