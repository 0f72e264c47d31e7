import { FakeHighLevel } from './index';

const TOKEN = 'fake-test-token';
let fake: FakeHighLevel;

beforeAll(async () => {
	fake = await FakeHighLevel.start();
});
afterAll(async () => fake.stop());
beforeEach(() => {
	fake.reset();
	fake.setRateLimit({ max: 100, intervalMs: 10_000 });
	fake.addToken(TOKEN, { locationId: 'loc1', scopes: ['contacts.readonly', 'contacts.write'] });
});

async function call(
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {},
) {
	const response = await fetch(fake.baseUrl + path, {
		method,
		headers: {
			authorization: `Bearer ${TOKEN}`,
			version: '2021-07-28',
			'content-type': 'application/json',
			...headers,
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return {
		status: response.status,
		body: text ? JSON.parse(text) : undefined,
		headers: response.headers,
	};
}

describe('the fake HighLevel keeps to the contract', () => {
	it('rejects a wrong Version header', async () => {
		const r = await call('POST', '/contacts/', { locationId: 'loc1' }, { version: '2021-04-15' });
		expect(r.status).toBe(400);
		expect(r.body.message).toMatch(/Version/);
	});

	it('rejects body properties the spec does not declare, as NestJS does', async () => {
		const r = await call('POST', '/contacts/', { locationId: 'loc1', favouriteColour: 'blue' });
		expect(r).toMatchObject({
			status: 422,
			body: { message: ['property favouriteColour should not exist'] },
		});
	});

	it('rejects a wrongly typed field', async () => {
		const r = await call('POST', '/contacts/', { locationId: 'loc1', dnd: 'yes' });
		expect(r.status).toBe(422);
	});

	it('rejects a missing required query parameter and an unknown one', async () => {
		expect((await call('GET', '/contacts/search/duplicate?email=a@b.co')).status).toBe(422);
		expect(
			(await call('GET', '/contacts/search/duplicate?locationId=loc1&mail=a@b.co')).status,
		).toBe(422);
	});

	it('rejects a search filter operator HighLevel does not have, and a page past 500', async () => {
		const bad = await call('POST', '/contacts/search', {
			locationId: 'loc1',
			pageLimit: 10,
			filters: [{ field: 'email', operator: 'like', value: 'x' }],
		});
		expect(bad.status).toBe(422);
		expect(
			(await call('POST', '/contacts/search', { locationId: 'loc1', pageLimit: 501 })).status,
		).toBe(422);
	});

	it('routes literal paths before parameters and answers 404 for unknown routes', async () => {
		const search = await call('POST', '/contacts/search', { locationId: 'loc1', pageLimit: 1 });
		expect(search.status).toBe(200);
		expect(fake.requests[0].operationKey).toBe('contacts/search-contacts-advanced');
		expect((await call('GET', '/nowhere')).status).toBe(404);
	});
});

describe('auth and limits', () => {
	it('answers 401 for a missing or unknown token, and names scope and location problems', async () => {
		expect((await call('GET', '/contacts/x', undefined, { authorization: '' })).body.message).toBe(
			'Invalid token: access token is invalid',
		);
		expect(
			(await call('GET', '/contacts/x', undefined, { authorization: 'Bearer nope' })).body,
		).toEqual({ statusCode: 401, message: 'Invalid JWT' });
		fake.addToken('read-only', { locationId: 'loc1', scopes: ['contacts.readonly'] });
		const scope = await call(
			'POST',
			'/contacts/',
			{ locationId: 'loc1' },
			{ authorization: 'Bearer read-only' },
		);
		expect(scope).toMatchObject({
			status: 401,
			body: { message: 'The token is not authorized for this scope.' },
		});
		const other = await call('POST', '/contacts/', { locationId: 'loc2' });
		expect(other).toMatchObject({
			status: 403,
			body: { message: 'The token does not have access to this location' },
		});
	});

	it('sends rate-limit headers and answers 429 past the limit without applying the request', async () => {
		fake.setRateLimit({ max: 2, intervalMs: 60_000 });
		const first = await call('POST', '/contacts/', { locationId: 'loc1', email: 'a@example.com' });
		expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
		expect(first.headers.get('x-ratelimit-max')).toBe('2');
		await call('POST', '/contacts/', { locationId: 'loc1', email: 'b@example.com' });
		const third = await call('POST', '/contacts/', { locationId: 'loc1', email: 'c@example.com' });
		expect(third.status).toBe(429);
		expect(fake.location('loc1').contacts.size).toBe(2);
	});
});

describe('records', () => {
	it('upserts by email, case-insensitively, then by phone', async () => {
		const a = await call('POST', '/contacts/upsert', {
			locationId: 'loc1',
			email: 'Sam@Example.com',
		});
		const b = await call('POST', '/contacts/upsert', {
			locationId: 'loc1',
			email: 'sam@example.com',
			phone: '+15550001111',
		});
		const c = await call('POST', '/contacts/upsert', {
			locationId: 'loc1',
			phone: '+15550001111',
			firstName: 'Sam',
		});
		expect([a.body.new, b.body.new, c.body.new]).toEqual([true, false, false]);
		expect(fake.location('loc1').contacts.size).toBe(1);
	});

	it('pages a search by searchAfter without repeating or skipping', async () => {
		fake.location('loc1').seedContacts(25);
		const seen: string[] = [];
		let searchAfter: unknown;
		for (;;) {
			const r = await call('POST', '/contacts/search', {
				locationId: 'loc1',
				pageLimit: 10,
				...(searchAfter ? { searchAfter } : {}),
			});
			seen.push(...r.body.contacts.map((c: { id: string }) => c.id));
			if (r.body.contacts.length < 10) break;
			searchAfter = r.body.contacts[9].searchAfter;
		}
		expect(seen).toHaveLength(25);
		expect(new Set(seen).size).toBe(25);
	});
});

describe('the fake HighLevel answers what the node calls', () => {
	it('has a handler for every HighLevel operation an operation or a dropdown declares', async () => {
		const { HANDLERS } = await import('./handlers');
		const { RESOURCES } = await import('../../nodes/HighLevel/resources');
		const { LIST_CALLS } = await import('../../nodes/HighLevel/shared/lists');
		const declared = new Set<string>([
			...RESOURCES.flatMap((r) => r.operations.flatMap((o) => o.calls)),
			...LIST_CALLS,
		]);
		expect([...declared].filter((key) => !(key in HANDLERS)).sort()).toEqual([]);
	});
});
