import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readCollection, readId, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resultsOf, shapePost } from '../../methods/socialOptions';
import { POST_FIELDS, checkIds, mediaParameter, postIdParameter, readMedia } from './fields';

/** Fields a create must have, asked for on their own; the others go in Additional Fields. */
const CREATE_REQUIRED = ['accountIds', 'userId', 'type'];

const createAdditionalFields = POST_FIELDS.collection('additionalFields', 'Additional Fields', [
	...CREATE_REQUIRED,
	'summary',
]);

export const createPost: OperationDefinition = {
	value: 'createPost',
	name: 'Create Post',
	action: 'Create a social planner post',
	description:
		'Post, schedule or save as draft a post with text and media on connected social accounts',
	calls: ['social-media-posting/create-post'],
	properties: [
		POST_FIELDS.property('accountIds', { required: true }),
		POST_FIELDS.property('summary'),
		POST_FIELDS.property('userId', { required: true }),
		POST_FIELDS.property('type', { required: true }),
		mediaParameter,
		createAdditionalFields,
	],
	async execute(itemIndex) {
		const values: IDataObject = {
			...readCollection(this, itemIndex, createAdditionalFields),
			...POST_FIELDS.valuesOf(this, itemIndex, [...CREATE_REQUIRED, 'summary']),
		};
		const body = POST_FIELDS.body(this, itemIndex, values);
		checkIds(this, itemIndex, body, true);
		if (!body.userId)
			throw refuse(
				this,
				itemIndex,
				POST_FIELDS.property('userId'),
				'the HighLevel user the post is made by (an ID from the User list)',
				values.userId,
			);
		if (!body.type)
			throw refuse(
				this,
				itemIndex,
				POST_FIELDS.property('type'),
				'one of post, reel, story',
				values.type,
			);
		const media = readMedia(this, itemIndex);
		if (media) body.media = media;
		if (body.summary === '') delete body.summary;
		if (!body.summary && !media?.length)
			throw refuse(
				this,
				itemIndex,
				POST_FIELDS.property('summary'),
				'the text of the post, or at least one Media entry',
				values.summary,
			);
		const locationId = await resolveLocationId(this, itemIndex);
		// Not idempotent (the spec table): an answer lost after HighLevel took it is reported, never resent.
		const response = await apiRequest<IDataObject>(this, {
			operation: 'social-media-posting/create-post',
			path: { locationId },
			body,
			itemIndex,
			locationId,
		});
		return shapePost((resultsOf(response).post as IDataObject | undefined) ?? response);
	},
};

async function fetchPost(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locationId: string,
	id: string,
): Promise<IDataObject> {
	const response = await apiRequest<IDataObject>(ctx, {
		operation: 'social-media-posting/get-post',
		path: { locationId, id },
		itemIndex,
		locationId,
	});
	return (resultsOf(response).post as IDataObject | undefined) ?? response;
}

/** The post as HighLevel keeps it, as the node outputs it. */
const getShaped = async (...args: Parameters<typeof fetchPost>) =>
	shapePost(await fetchPost(...args));

export const getPost: OperationDefinition = {
	value: 'getPost',
	name: 'Get Post',
	action: 'Get a social planner post',
	description: 'Retrieve a social planner post with its text, media, accounts and status',
	calls: ['social-media-posting/get-post'],
	properties: [postIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, postIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await getShaped(this, itemIndex, locationId, id);
	},
};

export const deletePost: OperationDefinition = {
	value: 'deletePost',
	name: 'Delete Post',
	action: 'Delete a social planner post',
	description: 'Delete a post from the social planner (a post already out stays on the platforms)',
	calls: ['social-media-posting/delete-post'],
	properties: [postIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, postIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'social-media-posting/delete-post',
			path: { locationId, id },
			itemIndex,
			locationId,
		});
		return { id, deleted: true };
	},
};

const MEDIA_KEYS = ['url', 'caption', 'type', 'thumbnail', 'defaultThumb', 'id'];
const APPROVAL_KEYS = ['approver', 'requesterNote', 'approverNote', 'approvalStatus'];
const STATUSES = [
	'draft',
	'scheduled',
	'published',
	'in_progress',
	'failed',
	'in_review',
	'notification_sent',
	'deleted',
];
const pick = (record: IDataObject, keys: string[]): IDataObject =>
	Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));

/**
 * What an edit sends to keep the post as it is: HighLevel does not say whether PUT replaces the
 * post or merges into it, so the current post goes with every change and either way only the
 * fields changed change. Read-only fields of the answer (IDs, dates, platform results) stay out.
 */
function editableOf(post: IDataObject): IDataObject {
	const kept: IDataObject = pick(post, [
		'accountIds',
		'summary',
		'type',
		'userId',
		'scheduleDate',
		'categoryId',
		'tags',
		'followUpComment',
		'ogTagsDetails',
		'tiktokPostDetails',
		'gmbPostDetails',
	]);
	if (typeof post.status === 'string' && STATUSES.includes(post.status)) kept.status = post.status;
	// Answers name a scheduled post's time displayDate.
	if (kept.scheduleDate === undefined && post.status === 'scheduled' && post.displayDate)
		kept.scheduleDate = post.displayDate;
	if (Array.isArray(post.media))
		kept.media = (post.media as IDataObject[]).map((m) => pick(m, MEDIA_KEYS));
	if (post.postApprovalDetails && typeof post.postApprovalDetails === 'object')
		kept.postApprovalDetails = pick(post.postApprovalDetails as IDataObject, APPROVAL_KEYS);
	kept.type ??= 'post';
	return kept;
}

const updateFields = POST_FIELDS.collection('updateFields', 'Update Fields', [], true);

export const updatePost: OperationDefinition = {
	value: 'updatePost',
	name: 'Update Post',
	action: 'Update a social planner post',
	description:
		'Change a post: the fields given change and every other keeps its value (HighLevel may refuse to change a post already out)',
	calls: ['social-media-posting/edit-post', 'social-media-posting/get-post'],
	properties: [
		postIdParameter,
		updateFields,
		{
			...mediaParameter,
			description:
				'Images or videos of the post, by public web address; when given, they replace the post’s media',
		},
	],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, postIdParameter);
		const changes = POST_FIELDS.body(
			this,
			itemIndex,
			readCollection(this, itemIndex, updateFields),
		);
		checkIds(this, itemIndex, changes, 'accountIds' in changes);
		const media = readMedia(this, itemIndex);
		if (media) changes.media = media;
		if (!Object.keys(changes).length)
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		const locationId = await resolveLocationId(this, itemIndex);
		const current = await fetchPost(this, itemIndex, locationId, id);
		await apiRequest(this, {
			operation: 'social-media-posting/edit-post',
			path: { locationId, id },
			body: { ...editableOf(current), ...changes },
			itemIndex,
			locationId,
		});
		// The edit answers no post: the post as HighLevel now keeps it.
		return await getShaped(this, itemIndex, locationId, id);
	},
};
