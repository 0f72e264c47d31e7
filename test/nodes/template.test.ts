import { addTemplate } from '../fake-highlevel/handlers/locations';
import { LOCATION_ID, loadOptions } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();
const COMPANY_ID = 'company_test_0001';

describe('Email/SMS Template', () => {
	it('lists the templates of the agency’s origin page by page up to HighLevel’s count, by type too', async () => {
		for (let i = 0; i < 105; i++)
			addTemplate(
				state.seed.location,
				i % 5 ? 'email' : 'sms',
				`Template ${String(i).padStart(3, '0')}`,
			);
		const all = await run({ resource: 'template', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/locations/${LOCATION_ID}`, {}],
			[
				'GET',
				`/locations/${LOCATION_ID}/templates`,
				{ originId: COMPANY_ID, skip: '0', limit: '100' },
			],
			[
				'GET',
				`/locations/${LOCATION_ID}/templates`,
				{ originId: COMPANY_ID, skip: '100', limit: '100' },
			],
		]);
		expect(all.items).toHaveLength(105);
		state.fake.requests.length = 0;
		const sms = await run({
			resource: 'template',
			operation: 'getAll',
			returnAll: true,
			filters: { type: 'sms' },
		});
		expect(requestsTo(state.fake, 'GET', /templates$/).map((r) => r.query)).toEqual([
			{ originId: COMPANY_ID, type: 'sms', skip: '0', limit: '100' },
		]);
		expect(sms.items).toHaveLength(21);
		expect(sms.items.every((i) => i.json.type === 'sms')).toBe(true);
		state.fake.requests.length = 0;
		const three = await run({
			resource: 'template',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
		});
		expect(requestsTo(state.fake, 'GET', /templates$/).map((r) => r.query)).toEqual([
			{ originId: COMPANY_ID, skip: '0', limit: '3' },
		]);
		expect(three.items.map((i) => i.json.name)).toEqual(
			all.items.slice(0, 3).map((i) => i.json.name),
		);
	});

	it('deletes a template picked from the dropdown; it is then among the deleted ones', async () => {
		const welcome = addTemplate(state.seed.location, 'email', 'Welcome');
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'template', operation: 'delete' },
			method: 'getTemplates',
		});
		expect(options.map((o) => [o.name, o.value, o.description])).toEqual([
			['Welcome', welcome.id, 'email'],
		]);
		state.fake.requests.length = 0;
		const result = await run({ resource: 'template', operation: 'delete', templateId: welcome.id });
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['DELETE', `/locations/${LOCATION_ID}/templates/${String(welcome.id)}`],
		]);
		expect(result.items.map((i) => i.json)).toEqual([{ id: welcome.id, deleted: true }]);
		const deleted = await run({
			resource: 'template',
			operation: 'getAll',
			returnAll: true,
			filters: { deleted: true },
		});
		expect(deleted.items.map((i) => i.json.name)).toEqual(['Welcome']);
	});

	it.each([
		[
			'a type HighLevel does not have',
			{ operation: 'getAll', returnAll: true, filters: { type: '={{ "fax" }}' } },
			/Email\/SMS Template › Get Many: Invalid 'Type' in item 0: expected one of email, sms, whatsapp/,
		],
		[
			'a template ID with a slash',
			{ operation: 'delete', templateId: 'a/b' },
			/Email\/SMS Template › Delete: Invalid 'Template' in item 0: expected an ID/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'template', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
