import { loadOptions, searchList } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state } = useFakeHighLevel();

const base = () => ({ baseUrl: state.fake.baseUrl, parameters: { resource: 'contact', operation: 'create' } });

describe('Dropdowns', () => {
	it('lists the location’s users, tags, workflows and campaigns', async () => {
		const { seed, fake } = state;
		seed.location.addContact({ email: 'x@example.com', tags: ['zeta', 'alpha'] });
		const users = await loadOptions({ ...base(), method: 'getUsers' });
		expect(users).toEqual([
			expect.objectContaining({ name: 'Ada Lovelace', value: seed.ada.id, description: 'ada@example.com' }),
			expect.objectContaining({ name: 'Alan Turing', value: seed.alan.id }),
		]);
		const tags = await loadOptions({ ...base(), method: 'getTags' });
		expect(tags.map((t) => t.value)).toEqual(expect.arrayContaining(['alpha', 'zeta']));
		const workflows = await loadOptions({ ...base(), method: 'getWorkflows' });
		expect(workflows).toEqual([expect.objectContaining({ name: 'Onboarding', value: seed.onboarding.id })]);
		const campaigns = await loadOptions({ ...base(), method: 'getCampaigns' });
		expect(campaigns).toEqual([expect.objectContaining({ name: 'Spring sale', value: seed.spring.id })]);
		expect(fake.requests.find((r) => r.path.startsWith('/users'))?.query).toMatchObject({ locationId: expect.any(String) });
	});

	it('searches the contact custom fields by name', async () => {
		const { seed } = state;
		const all = await searchList({ ...base(), method: 'searchContactCustomFields' });
		expect(all.results.map((r) => r.value)).toEqual([seed.colour.id, seed.interests.id]);
		const filtered = await searchList({ ...base(), method: 'searchContactCustomFields', filter: 'inter' });
		expect(filtered.results).toEqual([{ name: 'Interests (multiple options)', value: seed.interests.id }]);
	});
});
