import { newId } from '../store';
import { HttpError, type Handler } from './framework';
import { recordIn, storeOf, textQuery } from './listing';

/** What HighLevel refuses beyond its DTOs' validation: a 400, as a 422 here means the request broke the spec. */
const refused = (message: string) => new HttpError(400, { statusCode: 400, message });

type Rec = Record<string, unknown>;

/** HighLevel keeps an absolute http(s) address to redirect to. */
function checkUrl(value: unknown): string {
	const url = String(value);
	if (!/^https?:\/\/[^\s]+$/.test(url)) throw refused('redirectTo is not a URL address');
	return url;
}

/** Trigger links (links.json): `GET /links/` answers the whole list. */
export const LINK_HANDLERS: Record<string, Handler> = {
	'links/create-link': (call) => {
		const store = call.location(String(call.body.locationId));
		const id = newId();
		const slug = String(call.body.name)
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_');
		const link: Rec = {
			id,
			name: call.body.name,
			redirectTo: checkUrl(call.body.redirectTo),
			fieldKey: `{{trigger_link.${slug}_${id.slice(0, 4)}}}`,
			locationId: store.id,
		};
		store.collection('links').set(id, link);
		return { status: 201, body: { link } };
	},
	'links/get-links': (call) => ({
		body: {
			links: [
				...call
					.location(String(textQuery(call, 'locationId')))
					.collection('links')
					.values(),
			],
		},
	}),
	'links/get-link-by-id': (call) => ({
		body: {
			link: recordIn(
				call.location(String(textQuery(call, 'locationId'))).collection('links'),
				call.params.linkId,
				'Link',
			),
		},
	}),
	'links/update-link': (call) => {
		const link = recordIn(storeOf(call).collection('links'), call.params.linkId, 'Link');
		Object.assign(link, { name: call.body.name, redirectTo: checkUrl(call.body.redirectTo) });
		return { status: 201, body: { link } };
	},
	'links/delete-link': (call) => {
		const links = storeOf(call).collection('links');
		recordIn(links, call.params.linkId, 'Link');
		links.delete(call.params.linkId);
		// `succeded` is how DeleteLinksSuccessfulResponseDto spells it.
		return { status: 201, body: { succeded: true } };
	},
};
