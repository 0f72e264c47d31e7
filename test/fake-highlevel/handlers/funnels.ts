import { newId, type LocationStore } from '../store';
import type { Handler } from './framework';
import { intQuery, notFound, storeOf, textQuery } from './listing';

type Rec = Record<string, unknown>;

/** A funnel (or website) as `GET /funnels/funnel/list` lists it, with one step per page; returns it and its pages. */
export function addFunnel(
	store: LocationStore,
	name: string,
	pageNames: string[],
	type: 'funnel' | 'website' = 'funnel',
): { funnel: Rec; pages: Rec[] } {
	const funnelId = newId();
	const now = store.now();
	const pages = pageNames.map((pageName) => ({
		_id: newId(),
		locationId: store.id,
		funnelId,
		name: pageName,
		stepId: newId(),
		deleted: false,
		updatedAt: now,
	}));
	const funnel = {
		_id: funnelId,
		locationId: store.id,
		name,
		type,
		deleted: false,
		domainId: '',
		url: `/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
		steps: pages.map((page, i) => ({
			id: page.stepId,
			name: page.name,
			pages: [page._id],
			products: [],
			sequence: i + 1,
			type: 'optin_funnel_page',
			url: `/step-${i + 1}`,
		})),
		dateAdded: now,
		dateUpdated: now,
		updatedAt: now,
	};
	store.collection('funnels').set(funnelId, funnel);
	for (const page of pages) store.collection('funnelPages').set(page._id, page);
	return { funnel, pages };
}

const contains = (value: unknown, text: string | undefined) =>
	!text || String(value).toLowerCase().includes(text.toLowerCase());

/** Funnels (funnels.json): funnels, their pages and the location's redirects, all offset + limit. */
export const FUNNEL_HANDLERS: Record<string, Handler> = {
	'funnels/getFunnels': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const offset = intQuery(call, 'offset', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1 });
		const type = textQuery(call, 'type');
		const matching = [...store.collection('funnels').values()].filter(
			(f) => (!type || f.type === type) && contains(f.name, textQuery(call, 'name')),
		);
		// The spec types `funnels` as one object; HighLevel sends the list.
		return {
			body: {
				funnels: matching.slice(offset, offset + limit),
				count: matching.length,
				traceId: newId(),
			},
		};
	},
	'funnels/getPagesByFunnelId': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const offset = intQuery(call, 'offset', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1 });
		const funnelId = textQuery(call, 'funnelId');
		if (!store.collection('funnels').has(String(funnelId))) throw notFound('Funnel');
		const pages = [...store.collection('funnelPages').values()].filter(
			(p) => p.funnelId === funnelId && contains(p.name, textQuery(call, 'name')),
		);
		// FunnelPageResponseDTO is one page; HighLevel answers the list of them.
		return { body: pages.slice(offset, offset + limit) };
	},
	'funnels/create-redirect': (call) => {
		const store = call.location(String(call.body.locationId));
		const redirect = {
			id: newId(),
			locationId: store.id,
			domain: call.body.domain,
			path: call.body.path,
			pathLowercase: String(call.body.path).toLowerCase(),
			type: 'Permanent',
			target: call.body.target,
			action: call.body.action,
		};
		store.collection('redirects').set(redirect.id, redirect);
		return { status: 201, body: { data: redirect } };
	},
	'funnels/fetch-redirects-list': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const offset = intQuery(call, 'offset', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1 });
		const search = textQuery(call, 'search');
		const matching = [...store.collection('redirects').values()].filter(
			(r) => contains(r.path, search) || contains(r.target, search),
		);
		return {
			body: { data: { count: matching.length, data: matching.slice(offset, offset + limit) } },
		};
	},
	'funnels/update-redirect-by-id': (call) => {
		const redirect = call
			.location(String(call.body.locationId))
			.collection('redirects')
			.get(call.params.id);
		if (!redirect) throw notFound('Redirect');
		Object.assign(redirect, { target: call.body.target, action: call.body.action });
		return { body: { data: redirect } };
	},
	'funnels/delete-redirect-by-id': (call) => {
		const redirects = storeOf(call).collection('redirects');
		if (!redirects.delete(call.params.id)) throw notFound('Redirect');
		return { body: { data: { status: 'ok' } } };
	},
};
