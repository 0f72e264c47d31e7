import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyCollection,
} from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';
import { idParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { labelOf, optionsOf, readCollection, readText, refuse } from '../../shared/read';

const DROPDOWN =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';
const DROPDOWNS =
	'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

export const postIdParameter = idParameter(
	'postId',
	'Post ID',
	'ID of the social planner post (its _id)',
);

export const POST_TYPES = [
	{ name: 'Post', value: 'post' },
	{ name: 'Reel', value: 'reel' },
	{ name: 'Story', value: 'story' },
];

/** States a request may put a post in; HighLevel sets the others (in progress, failed…) itself. */
const POST_STATUSES = [
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
	{ name: 'Scheduled', value: 'scheduled' },
];

/** A post's fields (CreatePostDTO, PostCreateRequest), each checked before any request. */
export const POST_FIELDS = fieldTable([
	{
		name: 'accountIds',
		title: 'Account Names or IDs',
		description: `Connected social accounts to post on. ${DROPDOWNS}.`,
		check: 'list',
		type: 'multiOptions',
		loadOptionsMethod: 'getSocialAccounts',
	},
	{
		name: 'summary',
		title: 'Text',
		description:
			'Text of the post; HighLevel trims it to what each platform takes (e.g. 280 characters on X)',
		check: 'text',
		placeholder: 'Our spring webinar starts Tuesday at 10 am. Save your seat!',
		typeOptions: { rows: 4 },
		maxLength: 100_000,
	},
	{
		name: 'type',
		title: 'Post Type',
		description: 'Whether it is a feed post, a reel or a story',
		check: 'choice',
		type: 'options',
		options: POST_TYPES,
		default: 'post',
	},
	{
		name: 'userId',
		title: 'User Name or ID',
		description: `The HighLevel user the post is made by. ${DROPDOWN}.`,
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getUsers',
	},
	{
		name: 'scheduleDate',
		title: 'Schedule Date',
		description:
			'When the post goes out, as an ISO 8601 date and time, e.g. 2027-03-01T09:30:00Z (with a time zone, or UTC)',
		check: 'dateTime',
		type: 'dateTime',
		placeholder: '2027-03-01T09:30:00Z',
	},
	{
		name: 'status',
		title: 'Status',
		description:
			'Draft keeps the post in the planner without posting it; Scheduled posts it at Schedule Date; Published marks it as posted now',
		check: 'choice',
		type: 'options',
		options: POST_STATUSES,
		default: 'draft',
	},
	{
		name: 'categoryId',
		title: 'Category Name or ID',
		description: `Social planner category of the post. ${DROPDOWN}.`,
		check: 'id',
		type: 'options',
		loadOptionsMethod: 'getSocialCategories',
	},
	{
		name: 'tags',
		title: 'Tag Names or IDs',
		description: `Social planner tags of the post. ${DROPDOWNS}.`,
		check: 'list',
		type: 'multiOptions',
		loadOptionsMethod: 'getSocialTags',
	},
	{
		name: 'followUpComment',
		title: 'Follow-Up Comment',
		description:
			'First comment posted under the post (not on TikTok or Google Business Profile; at most 280 characters on X)',
		check: 'text',
		placeholder: 'Register at https://example.com/webinar',
	},
]);

/** One image or video of Media. */
const mediaEntry: INodePropertyCollection = {
	displayName: 'Media',
	name: 'media',
	values: [
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/spring-webinar.png',
			description: 'Public web address of the image or video',
		},
		{
			displayName: 'MIME Type',
			name: 'type',
			type: 'string',
			default: '',
			placeholder: 'image/png',
			description:
				'Kind of file, e.g. image/png or video/mp4; when empty, told from the address’s extension',
		},
		{
			displayName: 'Caption',
			name: 'caption',
			type: 'string',
			default: '',
			description: 'Caption of this image or video, where the platform shows one',
		},
	],
};

/** Media by address: one entry per image or video. */
export const mediaParameter: INodeProperties = {
	displayName: 'Media',
	name: 'media',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Media',
	default: {},
	description: 'Images or videos of the post, by public web address',
	options: [mediaEntry],
};

const URL_FORMAT = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const MIME_FORMAT = /^(image|video)\/[a-z0-9.+-]+$/i;
const MIME_BY_EXTENSION: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	gif: 'image/gif',
	webp: 'image/webp',
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	webm: 'video/webm',
};

/** The Media entries as HighLevel's `media` list, each address and type checked. */
export function readMedia(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] | undefined {
	const raw = readCollection(ctx, itemIndex, mediaParameter);
	const entries = raw?.media;
	if (entries === undefined) return undefined;
	if (!Array.isArray(entries))
		throw refuse(ctx, itemIndex, mediaParameter, 'a list of media entries', entries);
	return (entries as unknown[]).map((raw) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw))
			throw refuse(ctx, itemIndex, mediaParameter, 'entries with a URL', raw);
		const entry = raw as IDataObject;
		// An entry's value left out (or null) counts as empty.
		const given = optionsOf(
			{ displayName: mediaParameter.displayName, options: mediaEntry.values },
			{ url: entry.url ?? '', type: entry.type ?? '', caption: entry.caption ?? '' },
		);
		const url = readText(ctx, itemIndex, given('url'), 2048);
		if (!URL_FORMAT.test(url))
			throw refuse(
				ctx,
				itemIndex,
				given('url'),
				'a web address such as https://example.com/spring-webinar.png',
				entry.url,
			);
		const type = readText(ctx, itemIndex, given('type'), 100);
		if (type && !MIME_FORMAT.test(type))
			throw refuse(
				ctx,
				itemIndex,
				given('type'),
				'an image or video type such as image/png or video/mp4',
				entry.type,
			);
		const extension = /\.([a-z0-9]+)$/i.exec(url.split(/[?#]/)[0])?.[1]?.toLowerCase();
		const mime = type || (extension ? MIME_BY_EXTENSION[extension] : undefined);
		const caption = readText(ctx, itemIndex, given('caption'), 2200);
		return { url, ...(mime ? { type: mime } : {}), ...(caption ? { caption } : {}) };
	});
}

/** The body's account and tag lists: each entry an ID, and at least one account where asked. */
export function checkIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
	accountsRequired: boolean,
): void {
	for (const name of ['accountIds', 'tags']) {
		const list = body[name] as string[] | undefined;
		if (list === undefined) continue;
		const label = labelOf(POST_FIELDS.property(name));
		list.forEach((entry) => validate.id(ctx, itemIndex, label, entry));
	}
	const accounts = body.accountIds as string[] | undefined;
	if (accountsRequired && !accounts?.length)
		throw refuse(
			ctx,
			itemIndex,
			POST_FIELDS.property('accountIds'),
			'at least one connected social account (IDs from Get Many Accounts)',
			accounts ?? '',
		);
}
