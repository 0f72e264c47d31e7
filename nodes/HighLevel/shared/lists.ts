import type { IDataObject } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import type { HighLevelContext } from '../transport/connection';
import { apiRequest, type ApiRequest } from '../transport/request';
import { skipLimitPager, totalNumber, type Pager } from '../transport/paginate';
import { COMMERCE_LIST_CALLS } from './commerce';
import { CONTENT_LIST_CALLS } from '../methods/contentOptions';
import { SUB_ACCOUNT_LIST_CALLS } from '../methods/subAccounts';
import { ASSOCIATION_LIST_CALLS } from '../methods/associationOptions';
import { SOCIAL_LIST_CALLS } from '../methods/socialOptions';
import { MEDIA_LIST_CALLS } from '../methods/mediaOptions';

/**
 * The location-wide lists dropdowns show and operations resolve names against. Each comes
 * whole from one request (HighLevel does not page them).
 */
const customFields =
	(model: 'contact' | 'opportunity') =>
	(locationId: string): [ApiRequest, string] => [
		{ operation: 'locations/get-custom-fields', path: { locationId }, qs: { model }, locationId },
		'customFields',
	];

const LISTS = {
	contactCustomFields: customFields('contact'),
	opportunityCustomFields: customFields('opportunity'),
	tags: (locationId: string): [ApiRequest, string] => [
		{ operation: 'locations/get-location-tags', path: { locationId }, locationId },
		'tags',
	],
	users: (locationId: string): [ApiRequest, string] => [
		{ operation: 'users/get-user-by-location', qs: { locationId }, locationId },
		'users',
	],
	workflows: (locationId: string): [ApiRequest, string] => [
		{ operation: 'workflows/get-workflow', qs: { locationId }, locationId },
		'workflows',
	],
	campaigns: (locationId: string): [ApiRequest, string] => [
		{ operation: 'campaigns/get-campaigns', qs: { locationId }, locationId },
		'campaigns',
	],
	// Each pipeline carries its stages.
	pipelines: (locationId: string): [ApiRequest, string] => [
		{ operation: 'opportunities/get-pipelines', qs: { locationId }, locationId },
		'pipelines',
	],
	// HighLevel answers up to `limit` reasons; 100 is its default and covers any real list.
	lostReasons: (locationId: string): [ApiRequest, string] => [
		{ operation: 'opportunities/get-lost-reason', qs: { locationId, limit: 100 }, locationId },
		'lostReasons',
	],
	customValues: (locationId: string): [ApiRequest, string] => [
		{ operation: 'locations/get-custom-values', path: { locationId }, locationId },
		'customValues',
	],
	// Drafts too, so an inactive calendar can still be picked.
	calendars: (locationId: string): [ApiRequest, string] => [
		{ operation: 'calendars/get-calendars', qs: { locationId }, locationId },
		'calendars',
	],
	calendarGroups: (locationId: string): [ApiRequest, string] => [
		{ operation: 'calendars/get-groups', qs: { locationId }, locationId },
		'groups',
	],
} as const;

export type ListName = keyof typeof LISTS;

/** Every HighLevel operation the lists (and so the dropdowns) call, for the scopes the node asks for. */
export const LIST_CALLS: readonly OperationKey[] = [
	...Object.values(LISTS).map((list) => list('')[0].operation),
	'forms/get-forms',
	...COMMERCE_LIST_CALLS,
	...ASSOCIATION_LIST_CALLS,
	'surveys/get-surveys',
	'locations/GET-all-or-email-sms-templates',
	...CONTENT_LIST_CALLS,
	...SUB_ACCOUNT_LIST_CALLS,
	...SOCIAL_LIST_CALLS,
	...MEDIA_LIST_CALLS,
];

export async function loadList(
	ctx: HighLevelContext,
	list: ListName,
	locationId: string,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const [request, key] = LISTS[list](locationId);
	const body = await apiRequest<IDataObject>(ctx, { ...request, itemIndex });
	const items = body[key];
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

/** Loads a list at most once per execution, however many items need it. */
export async function cachedList(
	ctx: HighLevelContext,
	cache: Map<string, Promise<unknown>>,
	list: ListName,
	locationId: string,
	itemIndex: number,
): Promise<IDataObject[]> {
	const key = `${list}:${locationId}`;
	let pending = cache.get(key) as Promise<IDataObject[]> | undefined;
	if (!pending) {
		pending = loadList(ctx, list, locationId, itemIndex);
		cache.set(key, pending);
		// A failed load is not cached: the next item tries again.
		pending.catch(() => cache.delete(key));
	}
	return await pending;
}

/** forms.json: "will allow maximum up to 50". */
const FORMS_PAGE_SIZE = 50;

/** The location's forms, page by page (HighLevel pages this list); Form › Get Many and the Form dropdown read it. */
export function formsPager(locationId: string, itemIndex?: number): Pager<number> {
	return skipLimitPager(
		{ operation: 'forms/get-forms', qs: { locationId }, itemIndex, locationId },
		'forms',
		FORMS_PAGE_SIZE,
		totalNumber,
	);
}

/** surveys.json names no largest `limit`; forms' 50 is the page asked for. */
const SURVEYS_PAGE_SIZE = 50;

/** The location's surveys, page by page; Survey › Get Many and the Survey dropdown read it. */
export function surveysPager(locationId: string, itemIndex?: number): Pager<number> {
	return skipLimitPager(
		{ operation: 'surveys/get-surveys', qs: { locationId }, itemIndex, locationId },
		'surveys',
		SURVEYS_PAGE_SIZE,
		totalNumber,
	);
}

/** locations.json names no largest `limit`; 100 is the page asked for, `totalCount` ends the list. */
const TEMPLATES_PAGE_SIZE = 100;

/**
 * The sub-account's message templates, page by page: HighLevel lists them by origin, the agency
 * (`originId`); Email/SMS Template › Get Many (with its filters) and the Template dropdown read it.
 */
export function templatesPager(
	locationId: string,
	originId: string,
	itemIndex?: number,
	filters: IDataObject = {},
): Pager<number> {
	return skipLimitPager(
		{
			operation: 'locations/GET-all-or-email-sms-templates',
			path: { locationId },
			qs: { originId, ...filters },
			itemIndex,
			locationId,
		},
		'templates',
		TEMPLATES_PAGE_SIZE,
		(body) => (typeof body.totalCount === 'number' ? body.totalCount : undefined),
	);
}
