import { LOCATION_ID, PIT_TOKEN, loadOptions } from '../harness/run';
import {
	addSocialAccount,
	addSocialCategory,
	addSocialPost,
	addSocialTag,
	socialPlannerBehaviour,
	type SocialPlannerBehaviour,
} from '../fake-highlevel/handlers/socialPlanner';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const BASE = `/social-media-posting/${LOCATION_ID}`;

/** The planner of the test location: two connected accounts, a category and two tags. */
function seedPlanner() {
	const { location } = state.seed;
	const facebook = addSocialAccount(location, { name: 'Acme', platform: 'facebook' });
	const instagram = addSocialAccount(location, { name: 'acme.shop', platform: 'instagram' });
	const promotions = addSocialCategory(location, 'Promotions');
	const spring = addSocialTag(location, 'spring');
	const webinar = addSocialTag(location, 'webinar');
	return { facebook, instagram, promotions, spring, webinar };
}

/** `n` posts scheduled a minute apart from 2027-01-01, the newest listed first. */
function seedPosts(n: number, accountId: string) {
	return Array.from({ length: n }, (_, i) =>
		addSocialPost(state.seed.location, {
			accountIds: [accountId],
			summary: `Post ${i}`,
			type: 'post',
			userId: state.seed.ada.id,
			scheduleDate: new Date(Date.UTC(2027, 0, 1) + i * 60_000).toISOString(),
		}),
	);
}

describe('Social Planner › Create Post', () => {
	it('sends text, media, schedule, accounts and user as typed fields, and outputs the post', async () => {
		const { fake, seed } = state;
		const { facebook, instagram, promotions, spring } = seedPlanner();
		const result = await run({
			resource: 'socialPlanner',
			operation: 'createPost',
			accountIds: [facebook.id, instagram.id],
			summary: 'Spring webinar on Tuesday. Save your seat!',
			userId: seed.ada.id,
			type: 'post',
			media: {
				media: [
					{ url: 'https://example.com/webinar.png', type: '', caption: '' },
					{ url: 'https://example.com/clip', type: 'video/mp4', caption: 'Teaser' },
				],
			},
			additionalFields: {
				scheduleDate: '2027-03-01T09:30:00Z',
				categoryId: promotions._id,
				tags: [spring._id],
				followUpComment: 'Register at https://example.com/webinar',
			},
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests).toHaveLength(1);
		const [request] = fake.requests;
		expect(request).toMatchObject({ method: 'POST', path: `${BASE}/posts`, query: {} });
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.body).toEqual({
			accountIds: [facebook.id, instagram.id],
			summary: 'Spring webinar on Tuesday. Save your seat!',
			userId: seed.ada.id,
			type: 'post',
			scheduleDate: '2027-03-01T09:30:00.000Z',
			categoryId: promotions._id,
			tags: [spring._id],
			followUpComment: 'Register at https://example.com/webinar',
			media: [
				{ url: 'https://example.com/webinar.png', type: 'image/png' },
				{ url: 'https://example.com/clip', type: 'video/mp4', caption: 'Teaser' },
			],
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[0].json).toMatchObject({
			_id: expect.any(String),
			summary: 'Spring webinar on Tuesday. Save your seat!',
			status: 'scheduled',
			displayDate: '2027-03-01T09:30:00.000Z',
			accountIds: [facebook.id, instagram.id],
		});
	});

	it('names the item and the field of a schedule date that is not a date, and sends nothing', async () => {
		const { fake, seed } = state;
		const { facebook } = seedPlanner();
		const result = await run(
			{
				resource: 'socialPlanner',
				operation: 'createPost',
				accountIds: [facebook.id],
				summary: '={{ $json.text }}',
				userId: seed.ada.id,
				type: 'post',
				additionalFields: { scheduleDate: '={{ $json.when }}' },
			},
			{
				items: [
					{ text: 'Fine', when: '2027-03-01T09:30:00Z' },
					{ text: 'Broken', when: '2027-02-30T09:30:00Z' },
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ summary: 'Fine' });
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[1].json.error).toMatch(
			/^Social Planner › Create Post: Invalid 'Schedule Date' in item 1: expected a date that exists on the calendar/,
		);
		expect(requestsTo(fake, 'POST', /\/posts$/)).toHaveLength(1);
	});

	it('asks for at least one account, and for text or media', async () => {
		const { fake, seed } = state;
		const { facebook } = seedPlanner();
		const noAccount = await run(
			{
				resource: 'socialPlanner',
				operation: 'createPost',
				accountIds: '={{ $json.accounts }}',
				summary: 'Hello',
				userId: seed.ada.id,
				type: 'post',
			},
			{ items: [{ accounts: [] }] },
		);
		expect(noAccount.error?.message).toMatch(
			/Invalid 'Account' in item 0: expected at least one connected social account/,
		);
		const empty = await run({
			resource: 'socialPlanner',
			operation: 'createPost',
			accountIds: [facebook.id],
			summary: '',
			userId: seed.ada.id,
			type: 'post',
		});
		expect(empty.error?.message).toMatch(
			/Invalid 'Text' in item 0: expected the text of the post, or at least one Media entry/,
		);
		expect(fake.requests).toEqual([]);
	});

	it('reports a create whose answer was lost as possibly applied, and does not resend it', async () => {
		const { fake, seed } = state;
		const { facebook } = seedPlanner();
		fake.injectFault({
			operationKey: 'social-media-posting/create-post',
			fault: { kind: 'reset-after' },
		});
		const result = await run({
			resource: 'socialPlanner',
			operation: 'createPost',
			accountIds: [facebook.id],
			summary: 'Once only',
			userId: seed.ada.id,
			type: 'post',
		});
		expect(result.error?.message).toMatch(/may have been applied and was not resent/);
		expect(requestsTo(fake, 'POST', /\/posts$/)).toHaveLength(1);
		expect(seed.location.collection('socialPosts').size).toBe(1);
	});
});

describe('Social Planner › Get Post, Delete Post', () => {
	it('gets a post by ID and deletes it', async () => {
		const { fake } = state;
		const { facebook } = seedPlanner();
		const [post] = seedPosts(1, facebook.id);
		const got = await run({ resource: 'socialPlanner', operation: 'getPost', postId: post._id });
		expect(got.error).toBeUndefined();
		expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `${BASE}/posts/${post._id}` });
		const { error, ...rest } = post;
		expect(error).toBe('');
		// HighLevel's empty `error` stays out: n8n would take the post for a failed item.
		expect(got.items.map((i) => i.json)).toEqual([rest]);
		const deleted = await run({
			resource: 'socialPlanner',
			operation: 'deletePost',
			postId: post._id,
		});
		expect(fake.requests[1]).toMatchObject({ method: 'DELETE', path: `${BASE}/posts/${post._id}` });
		expect(deleted.items[0].json).toEqual({ id: post._id, deleted: true });
		expect(state.seed.location.collection('socialPosts').size).toBe(0);
	});
});

describe('Social Planner › Get Post', () => {
	it('outputs why publishing failed as publishError, never as an error of the item', async () => {
		const { facebook } = seedPlanner();
		const [post] = seedPosts(1, facebook.id);
		Object.assign(post, { status: 'failed', error: 'Failed due to auth token' });
		const got = await run({ resource: 'socialPlanner', operation: 'getPost', postId: post._id });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({
			status: 'failed',
			publishError: 'Failed due to auth token',
		});
		expect(got.items[0].json).not.toHaveProperty('error');
	});
});

describe.each<SocialPlannerBehaviour['edit']>(['replace', 'merge'])(
	'Social Planner › Update Post (HighLevel %ss the post)',
	(edit) => {
		it('changes what is given and keeps every other field', async () => {
			const { fake, seed } = state;
			socialPlannerBehaviour(seed.location).edit = edit;
			const { facebook, instagram, promotions, spring } = seedPlanner();
			const created = await run({
				resource: 'socialPlanner',
				operation: 'createPost',
				accountIds: [facebook.id, instagram.id],
				summary: 'Before',
				userId: seed.ada.id,
				type: 'reel',
				media: { media: [{ url: 'https://example.com/a.mp4' }] },
				additionalFields: {
					scheduleDate: '2027-03-01T09:30:00Z',
					categoryId: promotions._id,
					tags: [spring._id],
				},
			});
			const id = String(created.items[0].json._id);
			fake.requests.length = 0;
			const result = await run({
				resource: 'socialPlanner',
				operation: 'updatePost',
				postId: id,
				updateFields: { summary: 'After' },
			});
			expect(result.error).toBeUndefined();
			expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET ${BASE}/posts/${id}`,
				`PUT ${BASE}/posts/${id}`,
				`GET ${BASE}/posts/${id}`,
			]);
			expect(fake.requests[1].body).toEqual({
				accountIds: [facebook.id, instagram.id],
				summary: 'After',
				type: 'reel',
				status: 'scheduled',
				scheduleDate: '2027-03-01T09:30:00.000Z',
				categoryId: promotions._id,
				tags: [spring._id],
				media: [{ url: 'https://example.com/a.mp4', type: 'video/mp4' }],
			});
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({
				_id: id,
				summary: 'After',
				type: 'reel',
				status: 'scheduled',
				displayDate: '2027-03-01T09:30:00.000Z',
				categoryId: promotions._id,
				tags: [spring._id],
				accountIds: [facebook.id, instagram.id],
				media: [{ url: 'https://example.com/a.mp4', type: 'video/mp4' }],
			});
		});
	},
);

describe('Social Planner › Update Post', () => {
	it('asks for a field to change before any request', async () => {
		const result = await run({
			resource: 'socialPlanner',
			operation: 'updatePost',
			postId: 'abc123',
			updateFields: {},
		});
		expect(result.error?.message).toMatch(
			/Invalid 'Update Fields' in item 0: expected at least one field to change/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});

/**
 * Where each page starts when HighLevel answers at most `page` records: every record read moves
 * the start, and a list ends with the empty page after its last record.
 */
function skips(total: number, page: number): string[] {
	const starts: string[] = [];
	for (let at = 0; at < total; at += Math.min(page, total - at)) starts.push(String(at));
	return [...starts, String(total)];
}

const VARIANTS: Array<Partial<SocialPlannerBehaviour>> = [
	{ count: 'total' },
	{ count: 'page' },
	{ count: 'absent' },
	{ count: 'page', pageCap: 20 },
];

describe.each(VARIANTS)('Social Planner › Get Many Posts (list answers %o)', (variant) => {
	it('reads every page with Return All, the filters in each request', async () => {
		const { fake, seed } = state;
		Object.assign(socialPlannerBehaviour(seed.location), variant);
		const { facebook, instagram } = seedPlanner();
		const posts = seedPosts(120, facebook.id);
		seedPosts(3, instagram.id);
		const result = await run({
			resource: 'socialPlanner',
			operation: 'getPosts',
			returnAll: true,
			filters: {
				accountIds: [facebook.id],
				fromDate: '2026-12-31T00:00:00Z',
				type: 'scheduled',
				includeUsers: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json._id)).toEqual(posts.map((p) => p._id).reverse());
		expect(result.items[0].json.user).toMatchObject({ id: seed.ada.id, email: 'ada@example.com' });
		const pages = requestsTo(fake, 'POST', /\/posts\/list$/);
		const page = variant.pageCap ?? 50;
		// Pages until one comes back empty: HighLevel does not say what `count` counts.
		expect(pages.map((r) => (r.body as { skip: string }).skip)).toEqual(skips(120, page));
		expect(pages[0].path).toBe(`${BASE}/posts/list`);
		expect(pages[0].body).toEqual({
			skip: '0',
			limit: '50',
			fromDate: '2026-12-31T00:00:00.000Z',
			toDate: '2100-01-01T00:00:00.000Z',
			includeUsers: 'true',
			type: 'scheduled',
			accounts: facebook.id,
		});
	});
});

describe('Social Planner › Get Many Posts', () => {
	it('stops at Limit, asking for no more than it needs', async () => {
		const { fake } = state;
		const { facebook } = seedPlanner();
		seedPosts(30, facebook.id);
		const result = await run({ resource: 'socialPlanner', operation: 'getPosts', limit: 7 });
		expect(result.items).toHaveLength(7);
		expect(fake.requests).toHaveLength(1);
		expect(fake.requests[0].body).toEqual({
			skip: '0',
			limit: '7',
			fromDate: '2000-01-01T00:00:00.000Z',
			toDate: '2100-01-01T00:00:00.000Z',
			includeUsers: 'false',
		});
	});

	it('refuses a To Date before From Date, naming the field', async () => {
		const result = await run({
			resource: 'socialPlanner',
			operation: 'getPosts',
			filters: { fromDate: '2027-01-02T00:00:00Z', toDate: '2027-01-01T00:00:00Z' },
		});
		expect(result.error?.message).toMatch(
			/Invalid 'To Date' in item 0: expected a moment after 'From Date'/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Social Planner › Get Many Accounts, Categories, Tags', () => {
	it('lists the connected accounts', async () => {
		const { fake } = state;
		const { facebook, instagram } = seedPlanner();
		const result = await run({
			resource: 'socialPlanner',
			operation: 'getAccounts',
			returnAll: true,
		});
		expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `${BASE}/accounts`, query: {} });
		expect(result.items.map((i) => i.json.id)).toEqual([facebook.id, instagram.id]);
	});

	it.each<Partial<SocialPlannerBehaviour>>([{ count: 'page' }, { count: 'total', pageCap: 20 }])(
		'pages through categories and tags with Return All (%o)',
		async (variant) => {
			const { fake, seed } = state;
			Object.assign(socialPlannerBehaviour(seed.location), variant);
			for (let i = 0; i < 60; i++) addSocialTag(seed.location, `tag ${String(i).padStart(2, '0')}`);
			addSocialCategory(seed.location, 'Promotions');
			const tags = await run({ resource: 'socialPlanner', operation: 'getTags', returnAll: true });
			expect(tags.items.map((i) => i.json.tag)).toEqual(
				Array.from({ length: 60 }, (_, i) => `tag ${String(i).padStart(2, '0')}`),
			);
			const page = variant.pageCap ?? 50;
			expect(requestsTo(fake, 'GET', /\/tags$/).map((r) => r.query)).toEqual(
				skips(60, page).map((skip) => ({ skip, limit: '50' })),
			);
			const categories = await run({
				resource: 'socialPlanner',
				operation: 'getCategories',
				limit: 5,
				filters: { searchText: 'promo' },
			});
			expect(requestsTo(fake, 'GET', /\/categories$/)[0].query).toEqual({
				searchText: 'promo',
				skip: '0',
				limit: '5',
			});
			expect(categories.items.map((i) => i.json.name)).toEqual(['Promotions']);
		},
	);

	it('fills the account, category and tag dropdowns', async () => {
		const { facebook, instagram, promotions, spring, webinar } = seedPlanner();
		const list = (method: string) =>
			loadOptions({
				baseUrl: state.fake.baseUrl,
				parameters: { resource: 'socialPlanner', operation: 'createPost' },
				method,
			});
		expect(await list('getSocialAccounts')).toEqual([
			{ name: 'Acme (Facebook)', value: facebook.id },
			{ name: 'acme.shop (Instagram)', value: instagram.id },
		]);
		expect(await list('getSocialCategories')).toEqual([
			{ name: 'Promotions', value: promotions._id },
		]);
		expect(await list('getSocialTags')).toEqual([
			{ name: 'spring', value: spring._id },
			{ name: 'webinar', value: webinar._id },
		]);
	});
});
