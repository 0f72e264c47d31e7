import type { ResourceDefinition } from '../../shared/types';
import { getAccounts, getCategories, getPosts, getTags } from './lists';
import { createPost, deletePost, getPost, updatePost } from './posts';

export const socialPlanner: ResourceDefinition = {
	value: 'socialPlanner',
	name: 'Social Planner',
	description:
		'Posts of a sub-account’s social planner on its connected accounts, with their categories and tags',
	defaultOperation: createPost.value,
	operations: [
		createPost,
		deletePost,
		getAccounts,
		getCategories,
		getPost,
		getPosts,
		getTags,
		updatePost,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
