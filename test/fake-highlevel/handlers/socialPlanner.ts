import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, recordIn, textQuery, unprocessable } from './listing';

type Rec = Record<string, unknown>;

/**
 * What HighLevel leaves undocumented about the social planner, as the variants a test picks per
 * sub-account; the node must be right on each:
 * - `count`: what a list answer's `count` holds: every match (`total`), this page's records
 *   (`page`), or nothing (`absent`);
 * - `pageCap`: the most records a page holds whatever `limit` asks (none: as asked);
 * - `edit`: what PUT does with the fields it is not sent: clears them (`replace`, the default) or
 *   keeps them (`merge`).
 */
export interface SocialPlannerBehaviour {
	count: 'total' | 'page' | 'absent';
	pageCap?: number;
	edit: 'replace' | 'merge';
}

const behaviours = new WeakMap<LocationStore, SocialPlannerBehaviour>();

export function socialPlannerBehaviour(store: LocationStore): SocialPlannerBehaviour {
	let behaviour = behaviours.get(store);
	if (!behaviour) behaviours.set(store, (behaviour = { count: 'total', edit: 'replace' }));
	return behaviour;
}

const ACCOUNTS = 'socialAccounts';
const CATEGORIES = 'socialCategories';
const TAGS = 'socialTags';
const POSTS = 'socialPosts';

/** HighLevel's answer to a request it understood and will not do. */
const refused = (message: string) => new HttpError(400, { statusCode: 400, message });

/** An account connected to the planner; its ID joins the OAuth connection, the location and the profile. */
export function addSocialAccount(
	store: LocationStore,
	account: { name: string; platform: string; isExpired?: boolean },
): Rec & { id: string } {
	const oauthId = newId();
	const profileId = String(Math.floor(Math.random() * 1e15));
	const record = {
		id: `${oauthId}_${store.id}_${profileId}`,
		oauthId,
		profileId,
		name: account.name,
		platform: account.platform,
		type: 'page',
		expire: '2027-06-30T00:00:00.000Z',
		isExpired: account.isExpired ?? false,
		meta: { canDelete: true },
	};
	store.collection(ACCOUNTS).set(record.id, record);
	return record;
}

export function addSocialCategory(store: LocationStore, name: string): Rec & { _id: string } {
	const when = store.now();
	const category = {
		_id: newId(),
		name,
		primaryColor: '#1E88E5',
		secondaryColor: '#E3F2FD',
		locationId: store.id,
		createdBy: firstUser(store),
		deleted: false,
		createdAt: when,
		updatedAt: when,
	};
	store.collection(CATEGORIES).set(category._id, category);
	return category;
}

export function addSocialTag(store: LocationStore, tag: string): Rec & { _id: string } {
	const when = store.now();
	const record = {
		_id: newId(),
		tag,
		locationId: store.id,
		createdBy: firstUser(store),
		deleted: false,
		createdAt: when,
		updatedAt: when,
	};
	store.collection(TAGS).set(record._id, record);
	return record;
}

const firstUser = (store: LocationStore) => String([...store.users.keys()][0] ?? '');

/** Every field a request may set, checked against the sub-account's accounts, users, categories and tags. */
function checkPostFields(store: LocationStore, body: Rec): void {
	const accounts = store.collection(ACCOUNTS);
	for (const id of (body.accountIds as string[] | undefined) ?? []) {
		if (!accounts.has(id)) throw refused(`Account ${id} is not connected to the social planner`);
	}
	if (body.userId !== undefined && !store.users.has(String(body.userId)))
		throw refused('User not found');
	if (body.categoryId !== undefined && !store.collection(CATEGORIES).has(String(body.categoryId)))
		throw refused('Category not found');
	for (const id of (body.tags as string[] | undefined) ?? []) {
		if (!store.collection(TAGS).has(id)) throw refused(`Tag ${id} not found`);
	}
	if (body.scheduleDate !== undefined && Number.isNaN(Date.parse(String(body.scheduleDate))))
		throw unprocessable('scheduleDate must be a valid ISO 8601 date string');
	for (const media of (body.media as Rec[] | undefined) ?? []) {
		if (!/^https?:\/\/\S+$/.test(String(media.url)))
			throw unprocessable('media.url must be a URL address');
	}
}

/** The fields of a request body a post keeps, as HighLevel answers them (scheduleDate as displayDate, userId as createdBy). */
function postFields(store: LocationStore, body: Rec): Rec {
	const { scheduleDate, userId, createdBy, ...rest } = body;
	const fields: Rec = { ...rest };
	if (scheduleDate !== undefined) fields.displayDate = new Date(String(scheduleDate)).toISOString();
	if (userId !== undefined || createdBy !== undefined) fields.createdBy = userId ?? createdBy;
	if (fields.status === undefined)
		fields.status = scheduleDate !== undefined ? 'scheduled' : 'published';
	if (fields.displayDate === undefined) fields.displayDate = store.now();
	return fields;
}

export function addSocialPost(store: LocationStore, body: Rec): Rec & { _id: string } {
	const when = store.now();
	const post = {
		_id: newId(),
		locationId: store.id,
		source: 'composer',
		error: '',
		accountIds: [],
		media: [],
		tags: [],
		createdAt: when,
		updatedAt: when,
		...postFields(store, body),
	};
	store.collection(POSTS).set(post._id, post);
	return post;
}

const planner = (call: Call) => call.location(call.params.locationId);

const answer = (status: number, message: string, results?: Rec) => ({
	status,
	body: { success: true, statusCode: status, message, ...(results ? { results } : {}) },
});

/** A whole number HighLevel reads from a text field of the body (skip, limit). */
function intBody(call: Call, name: string, min: number, fallback: number): number {
	// Left out, HighLevel takes SearchPostDTO's defaults ("0", "10").
	if (call.body[name] === undefined) return fallback;
	const value = Number(call.body[name]);
	if (!Number.isInteger(value) || value < min)
		throw unprocessable(`${name} must be an integer not less than ${min}`);
	return value;
}

function dateBody(call: Call, name: string): number {
	const value = Date.parse(String(call.body[name]));
	if (Number.isNaN(value)) throw unprocessable(`${name} must be a valid ISO 8601 date string`);
	return value;
}

/** One page of a list, with `count` as the sub-account's behaviour says. */
function page(store: LocationStore, hits: Rec[], skip: number, limit: number, key: string): Rec {
	const behaviour = socialPlannerBehaviour(store);
	const items = hits.slice(skip, skip + Math.min(limit, behaviour.pageCap ?? limit));
	const count =
		behaviour.count === 'total'
			? hits.length
			: behaviour.count === 'page'
				? items.length
				: undefined;
	return { [key]: items, ...(count === undefined ? {} : { count }) };
}

function searchList(call: Call, collection: string, nameKey: string, key: string) {
	const store = planner(call);
	const search = textQuery(call, 'searchText')?.toLowerCase();
	const hits = [...store.collection(collection).values()]
		.filter((r) => !r.deleted && (!search || String(r[nameKey]).toLowerCase().includes(search)))
		.sort((a, b) => String(a[nameKey]).localeCompare(String(b[nameKey])));
	return answer(
		200,
		`Fetched ${key} by Location ID`,
		page(store, hits, intQuery(call, 'skip', 0), intQuery(call, 'limit', 10, { min: 1 }), key),
	);
}

function userOf(store: LocationStore, id: unknown): Rec | undefined {
	const user = store.users.get(String(id));
	if (!user) return undefined;
	return {
		id: user.id,
		title: '',
		firstName: user.firstName,
		lastName: user.lastName,
		profilePhoto: '',
		phone: user.phone ?? '',
		email: user.email,
	};
}

/** The social planner (social-media-posting.json): accounts, posts, categories and tags of a sub-account. */
export const SOCIAL_PLANNER_HANDLERS: Record<string, Handler> = {
	'social-media-posting/get-account': (call) =>
		answer(200, 'Fetched Accounts', {
			accounts: [...planner(call).collection(ACCOUNTS).values()],
			groups: [],
		}),
	'social-media-posting/create-post': (call) => {
		const store = planner(call);
		if (!(call.body.accountIds as string[]).length) throw refused('accountIds should not be empty');
		checkPostFields(store, call.body);
		return answer(201, 'Created Post', { post: addSocialPost(store, call.body) });
	},
	'social-media-posting/get-post': (call) =>
		answer(200, 'Fetched Post', {
			post: recordIn(planner(call).collection(POSTS), call.params.id, 'Post'),
		}),
	'social-media-posting/edit-post': (call) => {
		const store = planner(call);
		const posts = store.collection(POSTS);
		const current = recordIn(posts, call.params.id, 'Post');
		checkPostFields(store, call.body);
		const kept =
			socialPlannerBehaviour(store).edit === 'merge'
				? current
				: {
						_id: current._id,
						locationId: current.locationId,
						source: current.source,
						error: '',
						accountIds: [],
						media: [],
						tags: [],
						createdAt: current.createdAt,
						createdBy: current.createdBy,
					};
		const fields = postFields(store, call.body);
		// Merging keeps the schedule of a post whose edit names none.
		if (call.body.scheduleDate === undefined && socialPlannerBehaviour(store).edit === 'merge') {
			fields.displayDate = current.displayDate;
			if (call.body.status === undefined) fields.status = current.status;
		}
		posts.set(call.params.id, { ...kept, ...fields, updatedAt: store.now() });
		return answer(200, 'Updated Post');
	},
	'social-media-posting/delete-post': (call) => {
		const posts = planner(call).collection(POSTS);
		recordIn(posts, call.params.id, 'Post');
		posts.delete(call.params.id);
		return answer(200, 'Deleted Post', { postId: call.params.id });
	},
	'social-media-posting/get-posts': (call) => {
		const store = planner(call);
		const skip = intBody(call, 'skip', 0, 0);
		const limit = intBody(call, 'limit', 1, 10);
		const from = dateBody(call, 'fromDate');
		const to = dateBody(call, 'toDate');
		const state = String(call.body.type ?? 'all');
		const accounts = call.body.accounts
			? String(call.body.accounts)
					.split(',')
					.map((a) => a.trim())
			: undefined;
		const withUsers = call.body.includeUsers === 'true';
		const hits = [...store.collection(POSTS).values()]
			.filter((p) => {
				const at = Date.parse(String(p.displayDate));
				if (at < from || at > to) return false;
				if (state === 'all' || state === 'recent') {
					if (p.status === 'deleted') return false;
				} else if (p.status !== state) return false;
				if (call.body.postType !== undefined && p.type !== call.body.postType) return false;
				return !accounts || (p.accountIds as string[]).some((a) => accounts.includes(a));
			})
			.sort((a, b) =>
				a.displayDate === b.displayDate
					? String(b._id).localeCompare(String(a._id))
					: String(b.displayDate).localeCompare(String(a.displayDate)),
			)
			.map((p) => (withUsers ? { ...p, user: userOf(store, p.createdBy) } : p));
		return answer(201, 'Fetched Posts', page(store, hits, skip, limit, 'posts'));
	},
	'social-media-posting/get-categories-location-id': (call) =>
		searchList(call, CATEGORIES, 'name', 'categories'),
	'social-media-posting/get-tags-location-id': (call) => searchList(call, TAGS, 'tag', 'tags'),
};

/** The demo's planner: three connected accounts, categories, tags and two posts by its first user. */
export function addSocialPlannerDemo(store: LocationStore): void {
	const page = addSocialAccount(store, { name: 'Demo Dental', platform: 'facebook' });
	const insta = addSocialAccount(store, { name: 'demodental', platform: 'instagram' });
	addSocialAccount(store, { name: 'Demo Dental', platform: 'linkedin' });
	const tips = addSocialCategory(store, 'Dental tips');
	addSocialCategory(store, 'Promotions');
	const spring = addSocialTag(store, 'spring');
	addSocialTag(store, 'webinar');
	addSocialPost(store, {
		accountIds: [page.id, insta.id],
		summary: 'Five minutes a day keeps the dentist away: our flossing guide.',
		type: 'post',
		userId: firstUser(store),
		categoryId: tips._id,
		tags: [spring._id],
		scheduleDate: '2027-03-01T09:30:00.000Z',
		media: [{ url: 'https://example.com/flossing.png', type: 'image/png' }],
	});
	addSocialPost(store, {
		accountIds: [page.id],
		summary: 'Spring whitening offer, coming soon.',
		type: 'post',
		userId: firstUser(store),
		status: 'draft',
	});
}
