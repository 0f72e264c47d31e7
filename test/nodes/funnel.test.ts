import { LOCATION_ID, loadOptions } from '../harness/run';
import { addFunnel } from '../fake-highlevel/handlers/funnels';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Funnel › Get Many (offset + limit with count)', () => {
	it('returns every funnel, 50 per page, stopping at the count, with the Version header the spec leaves out', async () => {
		const { fake, seed } = state;
		const made = Array.from(
			{ length: 100 },
			(_, i) => addFunnel(seed.location, `Funnel ${i}`, ['Home']).funnel,
		);
		const result = await run({ resource: 'funnel', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json._id)).toEqual(made.map((f) => f._id));
		const pages = requestsTo(fake, 'GET', /^\/funnels\/funnel\/list$/);
		expect(pages.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, offset: '0', limit: '50' },
			{ locationId: LOCATION_ID, offset: '50', limit: '50' },
		]);
		expect(pages[0].headers.version).toBe('2021-07-28');
	});

	it('filters by name and type', async () => {
		const { fake, seed } = state;
		addFunnel(seed.location, 'Spring webinar', ['Home']);
		const site = addFunnel(seed.location, 'Spring website', ['Home'], 'website').funnel;
		const result = await run({
			resource: 'funnel',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { name: 'spring', type: 'website' },
		});
		expect(result.items.map((i) => i.json._id)).toEqual([site._id]);
		expect(requestsTo(fake, 'GET', /^\/funnels\/funnel\/list$/).map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, name: 'spring', type: 'website', offset: '0', limit: '5' },
		]);
	});

	it('lists the funnels in the Funnel dropdown by name, marking websites', async () => {
		const { seed } = state;
		const webinar = addFunnel(seed.location, 'Webinar', []).funnel;
		const site = addFunnel(seed.location, 'Agency site', [], 'website').funnel;
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'funnel', operation: 'getPages' },
			method: 'getFunnels',
		});
		expect(options).toEqual([
			{ name: 'Agency site', value: site._id, description: 'Website' },
			{ name: 'Webinar', value: webinar._id, description: undefined },
		]);
	});
});

describe('Funnel › Get Many Pages', () => {
	it('lists the pages of one funnel, read from HighLevel’s bare list', async () => {
		const { fake, seed } = state;
		const { funnel, pages } = addFunnel(seed.location, 'Webinar', ['Registration', 'Thank you']);
		addFunnel(seed.location, 'Other', ['Elsewhere']);
		const result = await run({
			resource: 'funnel',
			operation: 'getPages',
			funnelId: funnel._id,
			returnAll: true,
			filters: { name: 'Thank' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([pages[1]]);
		expect(requestsTo(fake, 'GET', /^\/funnels\/page$/).map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, funnelId: funnel._id, name: 'Thank', offset: '0', limit: '50' },
		]);
	});
});

describe('Funnel Redirect › Create, Get Many, Update, Delete', () => {
	it('creates, lists, retargets and deletes a redirect, the location in body or query as each endpoint takes it', async () => {
		const { fake, seed } = state;
		const created = await run({
			resource: 'funnelRedirect',
			operation: 'create',
			domain: 'example.com',
			path: '/old-offer',
			target: 'https://example.com/new',
			action: 'url',
		});
		expect(created.error).toBeUndefined();
		const [post] = requestsTo(fake, 'POST', /^\/funnels\/lookup\/redirect$/);
		expect(post.body).toEqual({
			domain: 'example.com',
			path: '/old-offer',
			target: 'https://example.com/new',
			action: 'url',
			locationId: LOCATION_ID,
		});
		const redirect = created.items[0].json;
		expect(redirect).toMatchObject({
			id: expect.any(String),
			domain: 'example.com',
			path: '/old-offer',
			target: 'https://example.com/new',
		});

		const listed = await run({
			resource: 'funnelRedirect',
			operation: 'getAll',
			returnAll: true,
			filters: { search: '/old' },
		});
		expect(listed.items.map((i) => i.json.id)).toEqual([redirect.id]);
		expect(
			requestsTo(fake, 'GET', /^\/funnels\/lookup\/redirect\/list$/).map((r) => r.query),
		).toEqual([{ locationId: LOCATION_ID, search: '/old', offset: '0', limit: '100' }]);

		const updated = await run({
			resource: 'funnelRedirect',
			operation: 'update',
			funnelRedirectId: redirect.id,
			target: 'https://example.com/newer',
			action: 'website',
		});
		expect(updated.error).toBeUndefined();
		const [patch] = requestsTo(fake, 'PATCH', /^\/funnels\/lookup\/redirect\//);
		expect([patch.path, patch.body]).toEqual([
			`/funnels/lookup/redirect/${String(redirect.id)}`,
			{ target: 'https://example.com/newer', action: 'website', locationId: LOCATION_ID },
		]);
		expect(updated.items[0].json).toMatchObject({
			id: redirect.id,
			target: 'https://example.com/newer',
			action: 'website',
		});

		const deleted = await run({
			resource: 'funnelRedirect',
			operation: 'delete',
			funnelRedirectId: redirect.id,
		});
		expect(deleted.error).toBeUndefined();
		const [del] = requestsTo(fake, 'DELETE', /^\/funnels\/lookup\/redirect\//);
		expect([del.path, del.query]).toEqual([
			`/funnels/lookup/redirect/${String(redirect.id)}`,
			{ locationId: LOCATION_ID },
		]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: redirect.id, deleted: true }]);
		expect(seed.location.collection('redirects').size).toBe(0);
	});

	it('pages through redirects nested under data, stopping at their count', async () => {
		const { fake, seed } = state;
		for (let i = 0; i < 150; i++)
			seed.location
				.collection('redirects')
				.set(`r${i}`, { id: `r${i}`, path: `/p${i}`, target: 'https://example.com' });
		const result = await run({ resource: 'funnelRedirect', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(150);
		expect(
			requestsTo(fake, 'GET', /^\/funnels\/lookup\/redirect\/list$/).map((r) => r.query.offset),
		).toEqual(['0', '100']);
	});
});

describe('Funnel › bad input', () => {
	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a funnel ID with a slash',
			{ resource: 'funnel', operation: 'getPages', funnelId: 'a/b' },
			/Invalid 'Funnel' in item 0/,
		],
		[
			'a type not offered',
			{ resource: 'funnel', operation: 'getAll', filters: { type: 'store' } },
			/Invalid 'Type' in item 0/,
		],
		[
			'a domain with a scheme',
			{
				resource: 'funnelRedirect',
				operation: 'create',
				domain: 'https://example.com',
				path: '/a',
				target: 'https://example.com/b',
				action: 'url',
			},
			/Invalid 'Domain' in item 0: expected a domain name/,
		],
		[
			'a path without a slash',
			{
				resource: 'funnelRedirect',
				operation: 'create',
				domain: 'example.com',
				path: 'old',
				target: 'https://example.com/b',
				action: 'url',
			},
			/Invalid 'Path' in item 0: expected a path starting with \//,
		],
		[
			'a target that is no web address',
			{
				resource: 'funnelRedirect',
				operation: 'update',
				funnelRedirectId: 'r1',
				target: 'example',
				action: 'url',
			},
			/Invalid 'Target' in item 0: expected a web address/,
		],
		[
			'a target type not offered',
			{
				resource: 'funnelRedirect',
				operation: 'update',
				funnelRedirectId: 'r1',
				target: 'https://example.com',
				action: 'page',
			},
			/Target Type/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run(parameters);
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});
});
