import { LOCATION_ID, loadOptions } from '../harness/run';
import {
	addBlog,
	addBlogAuthor,
	addBlogCategory,
	addBlogPost,
} from '../fake-highlevel/handlers/blogs';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

function seedBlog() {
	const { location } = state.seed;
	const blog = addBlog(location, 'Agency news');
	const author = addBlogAuthor(location, 'Ada Lovelace');
	const events = addBlogCategory(location, 'Events');
	return { blog, author, events };
}

describe('Blog › Create Post, Update Post', () => {
	it('creates a post with every field HighLevel requires, the missing ones sent empty', async () => {
		const { fake } = state;
		const { blog, author, events } = seedBlog();
		const result = await run({
			resource: 'blog',
			operation: 'createPost',
			blogId: blog._id,
			title: 'Spring webinar recap',
			rawHTML: '<p>Thanks for joining.</p>',
			status: 'PUBLISHED',
			urlSlug: 'spring-webinar-recap',
			author: author._id,
			additionalFields: {
				categories: [events._id],
				tags: 'webinar, recap',
				publishedAt: '2026-03-01T10:00:00Z',
				imageUrl: 'https://example.com/cover.jpg',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/blogs\/posts$/);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.body).toEqual({
			title: 'Spring webinar recap',
			rawHTML: '<p>Thanks for joining.</p>',
			status: 'PUBLISHED',
			urlSlug: 'spring-webinar-recap',
			author: author._id,
			categories: [events._id],
			tags: ['webinar', 'recap'],
			publishedAt: '2026-03-01T10:00:00.000Z',
			imageUrl: 'https://example.com/cover.jpg',
			description: '',
			imageAltText: '',
			canonicalLink: '',
			blogId: blog._id,
			locationId: LOCATION_ID,
		});
		expect(result.items[0].json).toMatchObject({
			_id: expect.any(String),
			title: 'Spring webinar recap',
			status: 'PUBLISHED',
			urlSlug: 'spring-webinar-recap',
		});
	});

	it('replaces a post by ID, Published At defaulting to now', async () => {
		const { fake, seed } = state;
		const { blog, author } = seedBlog();
		const post = addBlogPost(seed.location, {
			blogId: blog._id,
			title: 'Old',
			urlSlug: 'old',
			rawHTML: '<p>Old</p>',
			author: author._id,
		});
		const before = Date.now();
		const result = await run({
			resource: 'blog',
			operation: 'updatePost',
			blogId: blog._id,
			postId: post._id,
			title: 'New',
			rawHTML: '<p>New</p>',
			status: 'DRAFT',
			urlSlug: 'new',
			author: author._id,
		});
		expect(result.error).toBeUndefined();
		const [put] = requestsTo(fake, 'PUT', /^\/blogs\/posts\//);
		expect(put.path).toBe(`/blogs/posts/${String(post._id)}`);
		expect(put.body).toMatchObject({
			title: 'New',
			rawHTML: '<p>New</p>',
			status: 'DRAFT',
			urlSlug: 'new',
			author: author._id,
			blogId: blog._id,
			locationId: LOCATION_ID,
			categories: [],
			tags: [],
			description: '',
		});
		expect(
			Date.parse(String((put.body as Record<string, unknown>).publishedAt)),
		).toBeGreaterThanOrEqual(before - 1000);
		expect(result.items[0].json).toMatchObject({ _id: post._id, title: 'New', status: 'DRAFT' });
	});

	it('fails the item with HighLevel’s message for an unknown post', async () => {
		const { blog, author } = seedBlog();
		const result = await run({
			resource: 'blog',
			operation: 'updatePost',
			blogId: blog._id,
			postId: 'noSuchPost',
			title: 'T',
			rawHTML: '<p>x</p>',
			status: 'DRAFT',
			urlSlug: 'x',
			author: author._id,
		});
		expect(result.error?.message).toMatch(/Blog › Update Post: Blog post not found/);
	});
});

describe('Blog › Get Many, Get Many Posts, Authors, Categories', () => {
	it('pages through blogs with skip and posts with offset, 50 at a time', async () => {
		const { fake, seed } = state;
		const blogs = Array.from({ length: 60 }, (_, i) => addBlog(seed.location, `Blog ${i}`));
		const author = addBlogAuthor(seed.location, 'Ada');
		const posts = Array.from({ length: 55 }, (_, i) =>
			addBlogPost(seed.location, {
				blogId: blogs[0]._id,
				title: `Post ${i}`,
				urlSlug: `post-${i}`,
				rawHTML: '<p/>',
				author: author._id,
			}),
		);
		const listed = await run({ resource: 'blog', operation: 'getAll', returnAll: true });
		expect(listed.items.map((i) => i.json._id)).toEqual(blogs.map((b) => b._id));
		expect(requestsTo(fake, 'GET', /^\/blogs\/site\/all$/).map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '50' },
			{ locationId: LOCATION_ID, skip: '50', limit: '50' },
		]);
		const got = await run({
			resource: 'blog',
			operation: 'getPosts',
			blogId: blogs[0]._id,
			returnAll: true,
			filters: { status: 'PUBLISHED', searchTerm: 'Post' },
		});
		expect(got.items).toHaveLength(55);
		expect(new Set(got.items.map((i) => i.json._id))).toEqual(new Set(posts.map((p) => p._id)));
		expect(requestsTo(fake, 'GET', /^\/blogs\/posts\/all$/).map((r) => r.query)).toEqual([
			{
				locationId: LOCATION_ID,
				blogId: blogs[0]._id,
				searchTerm: 'Post',
				status: 'PUBLISHED',
				offset: '0',
				limit: '50',
			},
			{
				locationId: LOCATION_ID,
				blogId: blogs[0]._id,
				searchTerm: 'Post',
				status: 'PUBLISHED',
				offset: '50',
				limit: '50',
			},
		]);
	});

	it('lists authors and categories', async () => {
		const { fake } = state;
		const { author, events } = seedBlog();
		const authors = await run({
			resource: 'blog',
			operation: 'getAuthors',
			returnAll: false,
			limit: 10,
		});
		expect(authors.items.map((i) => i.json)).toEqual([author]);
		const categories = await run({ resource: 'blog', operation: 'getCategories', returnAll: true });
		expect(categories.items.map((i) => i.json)).toEqual([events]);
		expect(
			requestsTo(fake, 'GET', /^\/blogs\/(authors|categories)$/).map((r) => [r.path, r.query]),
		).toEqual([
			['/blogs/authors', { locationId: LOCATION_ID, offset: '0', limit: '10' }],
			['/blogs/categories', { locationId: LOCATION_ID, offset: '0', limit: '50' }],
		]);
	});

	it('fills the blog, author, category and post dropdowns', async () => {
		const { seed, fake } = state;
		const { blog, author, events } = seedBlog();
		const post = addBlogPost(seed.location, {
			blogId: blog._id,
			title: 'Hello',
			urlSlug: 'hello',
			rawHTML: '<p/>',
			author: author._id,
		});
		const base = {
			baseUrl: fake.baseUrl,
			parameters: { resource: 'blog', operation: 'updatePost', blogId: String(blog._id) },
		};
		expect(await loadOptions({ ...base, method: 'getBlogs' })).toEqual([
			{ name: 'Agency news', value: blog._id },
		]);
		expect(await loadOptions({ ...base, method: 'getBlogAuthors' })).toEqual([
			{ name: 'Ada Lovelace', value: author._id },
		]);
		expect(await loadOptions({ ...base, method: 'getBlogCategories' })).toEqual([
			{ name: 'Events', value: events._id, description: '/events' },
		]);
		expect(await loadOptions({ ...base, method: 'getBlogPosts' })).toEqual([
			{ name: 'Hello', value: post._id, description: 'Status: PUBLISHED' },
		]);
	});

	it('lists every blog’s posts, named after their blog, while no blog is chosen', async () => {
		const { seed, fake } = state;
		const { blog, author } = seedBlog();
		const other = addBlog(seed.location, 'Zebra blog');
		const first = addBlogPost(seed.location, {
			blogId: blog._id,
			title: 'Hello',
			urlSlug: 'hello',
			rawHTML: '<p/>',
			author: author._id,
		});
		const second = addBlogPost(seed.location, {
			blogId: other._id,
			title: 'Stripes',
			urlSlug: 'stripes',
			rawHTML: '<p/>',
			author: author._id,
			status: 'DRAFT',
		});
		const options = await loadOptions({
			baseUrl: fake.baseUrl,
			parameters: { resource: 'blog', operation: 'updatePost', blogId: '={{ $json.blog }}' },
			method: 'getBlogPosts',
		});
		expect(options).toEqual([
			{ name: 'Agency news › Hello', value: first._id, description: 'Status: PUBLISHED' },
			{ name: 'Zebra blog › Stripes', value: second._id, description: 'Status: DRAFT' },
		]);
	});
});

describe('Blog › Check Slug', () => {
	it('says whether a slug is taken, ignoring the post being edited', async () => {
		const { fake, seed } = state;
		const { blog, author } = seedBlog();
		const post = addBlogPost(seed.location, {
			blogId: blog._id,
			title: 'Hello',
			urlSlug: 'hello',
			rawHTML: '<p/>',
			author: author._id,
		});
		const taken = await run({ resource: 'blog', operation: 'checkSlug', urlSlug: 'hello' });
		expect(taken.items.map((i) => i.json)).toEqual([{ urlSlug: 'hello', exists: true }]);
		const own = await run({
			resource: 'blog',
			operation: 'checkSlug',
			urlSlug: 'hello',
			options: { postId: post._id },
		});
		expect(own.items.map((i) => i.json)).toEqual([{ urlSlug: 'hello', exists: false }]);
		expect(
			requestsTo(fake, 'GET', /^\/blogs\/posts\/url-slug-exists$/).map((r) => r.query),
		).toEqual([
			{ urlSlug: 'hello', locationId: LOCATION_ID },
			{ urlSlug: 'hello', postId: post._id, locationId: LOCATION_ID },
		]);
	});
});

describe('Blog › bad input', () => {
	const post = {
		operation: 'createPost',
		blogId: 'b1',
		title: 'T',
		rawHTML: '<p/>',
		status: 'DRAFT',
		urlSlug: 'ok',
		author: 'a1',
	};
	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a slug with spaces',
			{ ...post, urlSlug: 'Spring Recap' },
			/Invalid 'URL Slug' in item 0: expected lower case letters/,
		],
		[
			'a title that resolves to nothing',
			{ ...post, title: '={{ $json.none }}' },
			/Invalid 'Title' in item 0: expected the title of the post/,
		],
		['a status not offered', { ...post, status: 'LIVE' }, /Invalid 'Status' in item 0/],
		[
			'an image that is no web address',
			{ ...post, additionalFields: { imageUrl: 'cover.jpg' } },
			/Invalid 'Image URL' in item 0/,
		],
		[
			'a publish time that is no date',
			{ ...post, additionalFields: { publishedAt: 'tomorrow' } },
			/Invalid 'Published At' in item 0/,
		],
		[
			'a post ID with a slash',
			{ ...post, operation: 'updatePost', postId: 'a/b' },
			/Invalid 'Post' in item 0/,
		],
		[
			'a slug check with an upper case slug',
			{ operation: 'checkSlug', urlSlug: 'Hello' },
			/Invalid 'URL Slug' in item 0/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run({ resource: 'blog', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});
});
