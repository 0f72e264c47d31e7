import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import {
	POST_FIELDS,
	REQUIRED_POST_FIELDS,
	blogIdParameter,
	checkFormats,
	postIdParameter,
} from './fields';

/**
 * A post's whole body: HighLevel requires every field on create and on update (a PUT that replaces
 * the post), so fields not given go out empty and Published At defaults to now.
 */
function postBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const given: IDataObject = {
		...(ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	for (const name of REQUIRED_POST_FIELDS) given[name] = ctx.getNodeParameter(name, itemIndex, '');
	for (const name of REQUIRED_POST_FIELDS) {
		const value = given[name];
		if (
			value === undefined ||
			value === null ||
			(typeof value === 'string' && value.trim() === '')
		) {
			const field = POST_FIELDS.fields.find((f) => f.name === name)!;
			throw validate.inputError(
				ctx,
				itemIndex,
				field.title.replace(/ Name or ID$/, ''),
				MISSING[name],
				value,
			);
		}
	}
	const body = POST_FIELDS.body(ctx, itemIndex, given);
	checkFormats(ctx, itemIndex, body, given);
	return {
		description: '',
		imageUrl: '',
		imageAltText: '',
		categories: [],
		tags: [],
		canonicalLink: '',
		...body,
		publishedAt: body.publishedAt ?? new Date().toISOString(),
	};
}

/** What an error asks for when a required field is empty. */
const MISSING: Record<string, string> = {
	title: 'the title of the post',
	rawHTML: 'the body of the post as HTML',
	status: 'one of DRAFT, PUBLISHED, SCHEDULED, ARCHIVED',
	urlSlug: 'the address of the post, such as spring-webinar-recap',
	author: 'the author of the post (an ID from the Author list)',
};

const requiredProperties = () =>
	REQUIRED_POST_FIELDS.map((name) => POST_FIELDS.property(name, { required: true }));

export const createPost: OperationDefinition = {
	value: 'createPost',
	name: 'Create Post',
	action: 'Create a blog post',
	description: 'Write a new post on a blog, as a draft or published',
	calls: ['blogs/create-blog-post'],
	properties: [
		blogIdParameter,
		...requiredProperties(),
		POST_FIELDS.collection('additionalFields', 'Additional Fields', REQUIRED_POST_FIELDS),
	],
	async execute(itemIndex) {
		const blogId = readId(this, itemIndex, blogIdParameter);
		const body = postBody(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'blogs/create-blog-post',
			body: { ...body, blogId, locationId },
			itemIndex,
			locationId,
		});
		return (response.data as IDataObject | undefined) ?? response;
	},
};

export const updatePost: OperationDefinition = {
	value: 'updatePost',
	name: 'Update Post',
	action: 'Update a blog post',
	description:
		'Replace a blog post: HighLevel takes the whole post, so fields left out are cleared',
	calls: ['blogs/update-blog-post'],
	properties: [
		blogIdParameter,
		postIdParameter,
		...requiredProperties(),
		{
			...POST_FIELDS.collection('additionalFields', 'Additional Fields', REQUIRED_POST_FIELDS),
			description:
				'The rest of the post; each field left out is cleared (Published At becomes now)',
		},
	],
	async execute(itemIndex) {
		const blogId = readId(this, itemIndex, blogIdParameter);
		const postId = readId(this, itemIndex, postIdParameter);
		const body = postBody(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'blogs/update-blog-post',
			path: { postId },
			body: { ...body, blogId, locationId },
			itemIndex,
			locationId,
		});
		return (response.updatedBlogPost as IDataObject | undefined) ?? response;
	},
};
