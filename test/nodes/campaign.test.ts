import { LOCATION_ID } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Campaign › Get Many', () => {
	it('lists the campaigns, all or by status', async () => {
		const draft = state.seed.location.addCampaign('Winter sale');
		draft.status = 'draft';
		const all = await run({ resource: 'campaign', operation: 'getAll', returnAll: true });
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/campaigns/', { locationId: LOCATION_ID }],
		]);
		expect(all.items.map((i) => i.json.name)).toEqual(['Spring sale', 'Winter sale']);

		state.fake.requests.length = 0;
		const drafts = await run({
			resource: 'campaign',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'draft' },
		});
		expect(state.fake.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, status: 'draft' },
		]);
		expect(drafts.items.map((i) => i.json)).toEqual([draft]);
	});

	it('refuses a status HighLevel does not have before any request', async () => {
		const result = await run({
			resource: 'campaign',
			operation: 'getAll',
			returnAll: true,
			filters: { status: '={{ "paused" }}' },
		});
		expect(result.error?.message).toMatch(
			/Campaign › Get Many: Invalid 'Status' in item 0: expected one of draft, published/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});
