import { loadOptions } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state } = useFakeHighLevel();

const base = () => ({
	baseUrl: state.fake.baseUrl,
	parameters: { resource: 'contact', operation: 'create' },
});

describe('Dropdowns', () => {
	it('lists the location’s users, tags, workflows and campaigns', async () => {
		const { seed, fake } = state;
		seed.location.addContact({ email: 'x@example.com', tags: ['zeta', 'alpha'] });
		const users = await loadOptions({ ...base(), method: 'getUsers' });
		expect(users).toEqual([
			expect.objectContaining({
				name: 'Ada Lovelace',
				value: seed.ada.id,
				description: 'ada@example.com',
			}),
			expect.objectContaining({ name: 'Alan Turing', value: seed.alan.id }),
		]);
		const tags = await loadOptions({ ...base(), method: 'getTags' });
		expect(tags.map((t) => t.value)).toEqual(expect.arrayContaining(['alpha', 'zeta']));
		const workflows = await loadOptions({ ...base(), method: 'getWorkflows' });
		expect(workflows).toEqual([
			expect.objectContaining({ name: 'Onboarding', value: seed.onboarding.id }),
		]);
		const campaigns = await loadOptions({ ...base(), method: 'getCampaigns' });
		expect(campaigns).toEqual([
			expect.objectContaining({ name: 'Spring sale', value: seed.spring.id }),
		]);
		expect(fake.requests.find((r) => r.path.startsWith('/users'))?.query).toMatchObject({
			locationId: expect.any(String),
		});
	});
});
