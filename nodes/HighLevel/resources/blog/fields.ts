import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';
import * as validate from '../../shared/validate';

const DROPDOWN =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

export const blogIdParameter: INodeProperties = {
	displayName: 'Blog Name or ID',
	name: 'blogId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getBlogs', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const postIdParameter: INodeProperties = {
	displayName: 'Post Name or ID',
	name: 'postId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getBlogPosts', loadOptionsDependsOn: ['blogId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const POST_STATUSES = [
	{ name: 'Archived', value: 'ARCHIVED' },
	{ name: 'Draft', value: 'DRAFT' },
	{ name: 'Published', value: 'PUBLISHED' },
	{ name: 'Scheduled', value: 'SCHEDULED' },
];

/** Every field of a blog post (CreateBlogPostParams, UpdateBlogPostParams). */
export const POST_FIELDS = fieldTable([
	{
		name: 'title',
		title: 'Title',
		description: 'Title of the post',
		check: 'text',
		placeholder: 'Spring webinar recap',
		nonEmpty: true,
		maxLength: 500,
	},
	{
		name: 'rawHTML',
		title: 'Content (HTML)',
		description: 'Body of the post as HTML, e.g. <h1>Recap</h1><p>Thanks for joining…</p>',
		check: 'text',
		placeholder: '<p>Thanks for joining our spring webinar.</p>',
		typeOptions: { rows: 6 },
		nonEmpty: true,
		maxLength: 1_000_000,
	},
	{
		name: 'status',
		title: 'Status',
		description:
			'Draft (not shown), Published (live now or at Published At), Scheduled (goes live at Published At) or Archived',
		check: 'choice',
		type: 'options',
		options: POST_STATUSES,
		default: 'DRAFT',
	},
	{
		name: 'urlSlug',
		title: 'URL Slug',
		description:
			'Address of the post on the blog, lower case words joined by hyphens, e.g. spring-webinar-recap (Check Slug tells whether it is free)',
		check: 'text',
		placeholder: 'spring-webinar-recap',
		expected: 'lower case letters, digits and hyphens such as spring-webinar-recap',
	},
	{
		name: 'author',
		title: 'Author Name or ID',
		description: DROPDOWN,
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getBlogAuthors',
	},
	{
		name: 'description',
		title: 'Description',
		description: 'Short summary shown in post lists and search results',
		check: 'text',
		maxLength: 5000,
	},
	{
		name: 'imageUrl',
		title: 'Image URL',
		description: 'Address of the post’s cover image',
		check: 'text',
		placeholder: 'https://example.com/cover.jpg',
		expected: 'a web address such as https://example.com/cover.jpg',
	},
	{
		name: 'imageAltText',
		title: 'Image Alt Text',
		description: 'Text describing the cover image for screen readers and search engines',
		check: 'text',
	},
	{
		name: 'categories',
		title: 'Category Names or IDs',
		description: DROPDOWN,
		check: 'list',
		type: 'multiOptions',
		loadOptionsMethod: 'getBlogCategories',
	},
	{
		name: 'tags',
		title: 'Tags',
		description: 'Tags of the post, separated by commas, e.g. webinar, recap',
		check: 'list',
		placeholder: 'webinar, recap',
	},
	{
		name: 'canonicalLink',
		title: 'Canonical Link',
		description:
			'Address search engines treat as the original of the post, where it was first published elsewhere',
		check: 'text',
		placeholder: 'https://example.com/blog/spring-webinar-recap',
		expected: 'a web address such as https://example.com/blog/spring-webinar-recap',
	},
	{
		name: 'publishedAt',
		title: 'Published At',
		description: 'When the post is (or was) published; now when not set',
		check: 'dateTime',
	},
]);

/** Fields a post must have, asked for on their own; HighLevel requires the others too, sent empty when not given. */
export const REQUIRED_POST_FIELDS = ['title', 'rawHTML', 'status', 'urlSlug', 'author'];

const FORMAT: Record<string, RegExp> = {
	urlSlug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	imageUrl: /^https?:\/\/\S+$/i,
	canonicalLink: /^https?:\/\/\S+$/i,
};

/** Fails the item on a value of the body whose format HighLevel would not take (a slug, a web address). */
export function checkFormats(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
	given: IDataObject,
): void {
	for (const [name, format] of Object.entries(FORMAT)) {
		const value = body[name];
		if (value === undefined || value === '') continue;
		if (!format.test(String(value))) {
			const field = POST_FIELDS.fields.find((f) => f.name === name)!;
			throw validate.inputError(
				ctx,
				itemIndex,
				field.title,
				field.expected ?? field.description,
				given[name],
			);
		}
	}
}
