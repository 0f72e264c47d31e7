import type { ResourceDefinition } from '../../shared/types';
import { checkSlug } from './checkSlug';
import { getAll, getAuthors, getCategories, getPosts } from './lists';
import { createPost, updatePost } from './posts';

export const blog: ResourceDefinition = {
	value: 'blog',
	name: 'Blog',
	description: 'Blogs of a sub-account: their posts, authors and categories',
	defaultOperation: createPost.value,
	operations: [checkSlug, createPost, getAll, getAuthors, getCategories, getPosts, updatePost].sort(
		(a, b) => a.name.localeCompare(b.name),
	),
};
