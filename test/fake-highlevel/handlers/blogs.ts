import { newId, type LocationStore } from '../store';
import type { Handler } from './framework';
import { intQuery, notFound, textQuery } from './listing';

type Rec = Record<string, unknown>;

export function addBlog(store: LocationStore, name: string): Rec {
	const blog = { _id: newId(), name, locationId: store.id };
	store.collection('blogs').set(blog._id, blog);
	return blog;
}

export function addBlogAuthor(store: LocationStore, name: string): Rec {
	const author = {
		_id: newId(),
		name,
		locationId: store.id,
		updatedAt: store.now(),
		canonicalLink: '',
	};
	store.collection('blogAuthors').set(author._id, author);
	return author;
}

export function addBlogCategory(store: LocationStore, label: string): Rec {
	const urlSlug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	const category = {
		_id: newId(),
		label,
		urlSlug,
		locationId: store.id,
		updatedAt: store.now(),
		canonicalLink: `https://blog.example.com/category/${urlSlug}`,
	};
	store.collection('blogCategories').set(category._id, category);
	return category;
}

/** A post as HighLevel answers it (BlogPostResponseDTO), kept with its blog. */
function postRecord(store: LocationStore, body: Rec, id = newId()): Rec {
	return {
		_id: id,
		blogId: body.blogId,
		locationId: store.id,
		title: body.title,
		description: body.description,
		rawHTML: body.rawHTML,
		imageUrl: body.imageUrl,
		imageAltText: body.imageAltText,
		status: body.status,
		archived: body.status === 'ARCHIVED',
		urlSlug: body.urlSlug,
		canonicalLink: body.canonicalLink || `https://blog.example.com/post/${String(body.urlSlug)}`,
		author: body.author,
		categories: body.categories ?? [],
		tags: body.tags ?? [],
		publishedAt: body.publishedAt,
		updatedAt: store.now(),
	};
}

export function addBlogPost(store: LocationStore, fields: Rec): Rec {
	const post = postRecord(store, {
		status: 'PUBLISHED',
		description: '',
		imageUrl: '',
		imageAltText: '',
		publishedAt: store.now(),
		...fields,
	});
	store.collection('blogPosts').set(String(post._id), post);
	return post;
}

/** A post's blog and author must be the location's. */
function checkReferences(store: LocationStore, body: Rec): void {
	if (!store.collection('blogs').has(String(body.blogId))) throw notFound('Blog');
	if (!store.collection('blogAuthors').has(String(body.author))) throw notFound('Author');
	for (const id of (body.categories as string[] | undefined) ?? [])
		if (!store.collection('blogCategories').has(id)) throw notFound('Category');
}

const page = (call: Parameters<Handler>[0], records: Rec[], position: 'skip' | 'offset') => {
	const start = intQuery(call, position, 0);
	return records.slice(start, start + intQuery(call, 'limit', 10, { min: 1 }));
};
const contains = (value: unknown, text: string | undefined) =>
	!text || String(value).toLowerCase().includes(text.toLowerCase());

/** Blogs (blogs.json): blogs page with skip, posts, authors and categories with offset; none give a total. */
export const BLOG_HANDLERS: Record<string, Handler> = {
	'blogs/get-blogs': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const blogs = [...store.collection('blogs').values()].filter((b) =>
			contains(b.name, textQuery(call, 'searchTerm')),
		);
		return { body: { data: page(call, blogs, 'skip') } };
	},
	'blogs/get-blog-post': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const blogId = textQuery(call, 'blogId');
		if (!store.collection('blogs').has(String(blogId))) throw notFound('Blog');
		const status = textQuery(call, 'status');
		const posts = [...store.collection('blogPosts').values()]
			.filter(
				(p) =>
					p.blogId === blogId &&
					(!status || p.status === status) &&
					contains(p.title, textQuery(call, 'searchTerm')),
			)
			.reverse();
		return { body: { blogs: page(call, posts, 'offset') } };
	},
	'blogs/get-all-blog-authors-by-location': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		return {
			body: { authors: page(call, [...store.collection('blogAuthors').values()], 'offset') },
		};
	},
	'blogs/get-all-categories-by-location': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		return {
			body: { categories: page(call, [...store.collection('blogCategories').values()], 'offset') },
		};
	},
	'blogs/create-blog-post': (call) => {
		const store = call.location(String(call.body.locationId));
		checkReferences(store, call.body);
		const post = postRecord(store, call.body);
		store.collection('blogPosts').set(String(post._id), post);
		return { status: 201, body: { data: post } };
	},
	'blogs/update-blog-post': (call) => {
		const store = call.location(String(call.body.locationId));
		const posts = store.collection('blogPosts');
		if (!posts.has(call.params.postId)) throw notFound('Blog post');
		checkReferences(store, call.body);
		// A PUT: the post is replaced by what was sent.
		const post = postRecord(store, call.body, call.params.postId);
		posts.set(call.params.postId, post);
		return { body: { updatedBlogPost: post } };
	},
	'blogs/check-url-slug-exists': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const slug = textQuery(call, 'urlSlug');
		const ignore = textQuery(call, 'postId');
		const exists = [...store.collection('blogPosts').values()].some(
			(p) => p.urlSlug === slug && p._id !== ignore,
		);
		return { body: { exists } };
	},
};
