import { LAST_MESSAGE_TYPES } from '../../../nodes/HighLevel/shared/messageTypes';
import { RESPONSE_CORRECTIONS } from '../corrections';
import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';

type Rec = Record<string, unknown>;

/**
 * Conversations and their messages, per location. As in HighLevel, a contact has one
 * conversation, and sending a message to a contact without one starts it.
 */
const conversations = (store: LocationStore) => store.collection('conversations');
const messages = (store: LocationStore) => store.collection('messages');
/** emailMessageId → messageId, for emails (cancelled and threaded by their email ID). */
const emailIds = (store: LocationStore) => store.collection('emailMessageIds');
/** Email subscription status by contact: subscription type ("One on One" or a custom type's ID) → subscribed | unsubscribed. */
const subscriptions = (store: LocationStore) => store.collection('emailSubscriptions');

/** The largest `limit` the conversation lists are seen to take; the fake refuses more. */
export const MAX_CONVERSATION_PAGE = 100;

/** Message timestamps, unique and increasing per location, so the order of messages is stable. */
const clocks = new WeakMap<LocationStore, number>();
function tick(store: LocationStore): number {
	const at = Math.max(Date.now(), (clocks.get(store) ?? 0) + 1);
	clocks.set(store, at);
	return at;
}

// Numbered in the spec's enum order (the node's list of them), which its descriptions confirm
// (1 call, 3 email, 11 Facebook, 18 Instagram); TYPE_RCS was inserted in that list later and is
// numbered last.
const NUMBERED: readonly string[] = [
	...LAST_MESSAGE_TYPES.filter((type) => type !== 'TYPE_RCS'),
	'TYPE_RCS',
];

/** `type` of a sent or added message → the message's `messageType`. */
const MESSAGE_TYPE: Record<string, string> = {
	SMS: 'TYPE_SMS',
	RCS: 'TYPE_RCS',
	Email: 'TYPE_EMAIL',
	WhatsApp: 'TYPE_WHATSAPP',
	IG: 'TYPE_INSTAGRAM',
	FB: 'TYPE_FACEBOOK',
	GMB: 'TYPE_GMB',
	Custom: 'TYPE_CUSTOM_PROVIDER_SMS',
	WebChat: 'TYPE_WEBCHAT',
	Live_Chat: 'TYPE_LIVE_CHAT',
	ALL_IN_ONE_CHAT: 'TYPE_LIVE_CHAT',
	TIKTOK: 'TYPE_TIKTOK',
	Call: 'TYPE_CALL',
	IVR_Call: 'TYPE_IVR_CALL',
	Campaign_Call: 'TYPE_CAMPAIGN_CALL',
	Campaign_VoiceMail: 'TYPE_CAMPAIGN_VOICEMAIL',
	FORM_SUBMISSION: 'TYPE_FORM_SUBMISSION',
};
const PHONE_TYPES = ['SMS', 'RCS', 'WhatsApp'];

const bad = (message: string, extra: Rec = {}) =>
	new HttpError(400, { statusCode: 400, message, ...extra });
const unprocessable = (message: string) =>
	new HttpError(422, { statusCode: 422, message: [message], error: 'Unprocessable Entity' });
const notFound = (what: string, id: string) => bad(`${what} with id ${id} not found`);

/** The location a request without a locationId works on: the one its token is bound to. */
function tokenLocation(call: Call): LocationStore {
	if (!call.locationId)
		throw new HttpError(403, {
			statusCode: 403,
			message: 'The token does not have access to this location',
		});
	return call.location(call.locationId);
}

function contactIn(store: LocationStore, contactId: unknown): Rec {
	const contact = store.contacts.get(String(contactId));
	if (!contact) throw bad('Contact not found');
	return contact;
}

function conversationIn(store: LocationStore, id: string): Rec {
	const conversation = conversations(store).get(id);
	if (!conversation) throw notFound('Conversation', id);
	return conversation;
}

function messageIn(store: LocationStore, id: string): Rec {
	const message = messages(store).get(id);
	if (!message) throw notFound('Message', id);
	return message;
}

function contactDetails(contact: Rec): Rec {
	const fullName = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
	return {
		fullName,
		contactName: fullName || contact.companyName || contact.email || contact.phone || '',
		email: contact.email ?? '',
		phone: contact.phone ?? '',
	};
}

/** A new conversation of a contact, as HighLevel starts it (empty, read, in the inbox). */
export function addConversation(store: LocationStore, contact: Rec, fields: Rec = {}): Rec {
	const at = (fields.dateAdded as number) ?? tick(store);
	const conversation: Rec = {
		id: newId(),
		locationId: store.id,
		contactId: contact.id,
		...contactDetails(contact),
		assignedTo: contact.assignedTo,
		followers: [],
		type: contact.phone ? 'TYPE_PHONE' : 'TYPE_EMAIL',
		inbox: true,
		starred: false,
		deleted: false,
		unreadCount: 0,
		lastMessageBody: '',
		lastMessageType: 'TYPE_ACTIVITY_CONTACT',
		lastMessageDate: at,
		dateAdded: at,
		dateUpdated: at,
		...fields,
	};
	conversations(store).set(String(conversation.id), conversation);
	return conversation;
}

function conversationOfContact(store: LocationStore, contact: Rec): Rec | undefined {
	return [...conversations(store).values()].find((c) => c.contactId === contact.id);
}

/** A message stored in its conversation, which it becomes the last message of unless scheduled. */
export function addMessage(store: LocationStore, conversation: Rec, fields: Rec): Rec {
	const at = tick(store);
	const messageType = String(fields.messageType ?? 'TYPE_SMS');
	const message: Rec = {
		id: newId(),
		type: NUMBERED.indexOf(messageType) + 1,
		messageType,
		locationId: store.id,
		contactId: conversation.contactId,
		conversationId: conversation.id,
		dateAdded: new Date(at).toISOString(),
		body: '',
		direction: 'outbound',
		status: 'delivered',
		contentType: 'text/plain',
		attachments: [],
		source: 'api',
		...fields,
	};
	messages(store).set(String(message.id), message);
	if (message.status !== 'scheduled') {
		const sentAt = fields.dateAdded ? Date.parse(String(fields.dateAdded)) : at;
		Object.assign(conversation, {
			lastMessageBody: message.body,
			lastMessageType: messageType,
			lastMessageDirection: message.direction,
			lastMessageDate: sentAt,
			dateUpdated: at,
			...(message.direction === 'outbound'
				? { lastOutboundMessageAction: 'automated' }
				: { unreadCount: Number(conversation.unreadCount ?? 0) + 1 }),
		});
	}
	return message;
}

function publicMessage(message: Rec): Rec {
	return { ...message };
}

/** The `channel` values of `GET /conversations/messages/export`, as message types. */
const EXPORT_CHANNELS: Record<string, string[]> = {
	Call: ['TYPE_CALL', 'TYPE_IVR_CALL'],
	SMS: ['TYPE_SMS', 'TYPE_CUSTOM_SMS', 'TYPE_CUSTOM_PROVIDER_SMS'],
	Email: ['TYPE_EMAIL', 'TYPE_CUSTOM_EMAIL', 'TYPE_CUSTOM_PROVIDER_EMAIL'],
	WhatsApp: ['TYPE_WHATSAPP'],
	Instagram: ['TYPE_INSTAGRAM'],
	Facebook: ['TYPE_FACEBOOK'],
};

/** A date of the export's filters: ISO 8601 or epoch milliseconds. */
function exportDate(value: unknown, name: string): number | undefined {
	if (value === undefined || value === '') return undefined;
	const text = String(value);
	const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
	if (!Number.isFinite(ms)) throw unprocessable(`${name} must be a date`);
	return ms;
}

/**
 * `GET /conversations/messages/export`: a location's messages, ordered by `sortBy` (createdAt or
 * updatedAt) and `sortOrder`, from `startDate` to `endDate`, `limit` (10–500) a page with an
 * opaque `cursor` (the position after the page, base64). Without `channel`, every kind but email.
 */
function exportMessages(call: Call): Rec {
	const q = call.query as Record<string, string>;
	const store = call.location(q.locationId);
	const limit = q.limit === undefined ? 100 : Number(q.limit);
	if (!Number.isInteger(limit) || limit < 10 || limit > 500)
		throw unprocessable('limit must be a number from 10 to 500');
	const from = exportDate(q.startDate, 'startDate');
	const to = exportDate(q.endDate, 'endDate');
	const field = q.sortBy === 'updatedAt' ? 'dateUpdated' : 'dateAdded';
	const order = q.sortOrder === 'asc' ? 1 : -1;
	const types = q.channel ? EXPORT_CHANNELS[q.channel] : undefined;
	const at = (m: Rec) => Date.parse(String(m[field] ?? m.dateAdded));
	const hits = [...messages(store).values()]
		.filter((m) => m.status !== 'scheduled')
		.filter((m) =>
			types
				? types.includes(String(m.messageType))
				: !EXPORT_CHANNELS.Email.includes(String(m.messageType)),
		)
		.filter(
			(m) =>
				(!q.conversationId || m.conversationId === q.conversationId) &&
				(!q.contactId || m.contactId === q.contactId),
		)
		.filter((m) => (from === undefined || at(m) >= from) && (to === undefined || at(m) <= to))
		.sort((a, b) => order * (at(a) - at(b)) || order * String(a.id).localeCompare(String(b.id)));
	let start = 0;
	if (q.cursor) {
		start = Number(Buffer.from(q.cursor, 'base64').toString('utf8'));
		if (!Number.isInteger(start) || start < 0) throw unprocessable('cursor is invalid');
	}
	const page = hits.slice(start, start + limit);
	const end = start + page.length;
	return {
		messages: page.map(publicMessage),
		nextCursor: end < hits.length ? Buffer.from(String(end)).toString('base64') : null,
		total: hits.length,
	};
}

function text(html: unknown): string {
	return String(html ?? '')
		.replace(/<[^>]*>/g, '')
		.trim();
}

const list = (value: unknown) =>
	String(value ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);

const SORT_FIELDS: Record<string, string> = {
	last_message_date: 'lastMessageDate',
	last_manual_message_date: 'lastManualMessageDate',
};

function search(call: Call): Rec {
	const q = call.query;
	const store = call.location(String(q.locationId));
	for (const unsupported of [
		'mentions',
		'scoreProfile',
		'scoreProfileMin',
		'scoreProfileMax',
		'sortScoreProfile',
	]) {
		if (q[unsupported] !== undefined)
			throw new HttpError(501, {
				statusCode: 501,
				message: `Not implemented by the fake: ${unsupported}`,
			});
	}
	const limit = q.limit === undefined ? 20 : Number(q.limit);
	if (!Number.isInteger(limit) || limit < 1) throw unprocessable('limit must be a positive number');
	if (limit > MAX_CONVERSATION_PAGE)
		throw unprocessable(`limit must not be greater than ${MAX_CONVERSATION_PAGE}`);
	const sortBy = String(q.sortBy ?? 'last_message_date');
	const field = SORT_FIELDS[sortBy];
	if (!field)
		throw new HttpError(501, {
			statusCode: 501,
			message: `Not implemented by the fake: sortBy ${sortBy}`,
		});
	const direction = q.sort === 'asc' ? 1 : -1;
	const assigned = list(q.assignedTo);
	const followers = list(q.followers);
	const query = String(q.query ?? '').toLowerCase();
	const status = String(q.status ?? 'all');
	const startDate = q.startDate === undefined ? undefined : Number(q.startDate);
	const endDate = q.endDate === undefined ? undefined : Number(q.endDate);
	const value = (c: Rec) => Number(c[field] ?? 0);

	const hits = [...conversations(store).values()]
		.filter(
			(c) =>
				!c.deleted &&
				(q.id === undefined || c.id === q.id) &&
				(q.contactId === undefined || c.contactId === q.contactId) &&
				(!assigned.length ||
					assigned.some((a) => (a === 'unassigned' ? !c.assignedTo : c.assignedTo === a))) &&
				(!followers.length ||
					followers.some((f) => ((c.followers as string[]) ?? []).includes(f))) &&
				(!query ||
					[c.fullName, c.contactName, c.email, c.phone, c.lastMessageBody].some((v) =>
						String(v ?? '')
							.toLowerCase()
							.includes(query),
					)) &&
				(q.lastMessageType === undefined || c.lastMessageType === q.lastMessageType) &&
				(q.lastMessageDirection === undefined ||
					c.lastMessageDirection === q.lastMessageDirection) &&
				(q.lastMessageAction === undefined ||
					c.lastOutboundMessageAction === q.lastMessageAction) &&
				(status !== 'read' || Number(c.unreadCount) === 0) &&
				(status !== 'unread' || Number(c.unreadCount) > 0) &&
				(status !== 'starred' || c.starred === true) &&
				(startDate === undefined || Number(c.dateAdded) >= startDate) &&
				(endDate === undefined || Number(c.dateAdded) <= endDate),
		)
		.sort((a, b) => direction * (value(a) - value(b)) || String(a.id).localeCompare(String(b.id)));
	// Like the search index behind it: `startAfterDate` moves past the last sort value read, and
	// `total` counts every match of the query, wherever the page starts.
	const after = q.startAfterDate === undefined ? undefined : Number(q.startAfterDate);
	const rest =
		after === undefined
			? hits
			: hits.filter((c) => (direction < 0 ? value(c) < after : value(c) > after));
	return {
		conversations: rest.slice(0, limit).map((c) => ({ ...c, sort: [value(c)] })),
		total: hits.length,
	};
}

function messagesPage(call: Call): Rec {
	const store = tokenLocation(call);
	const conversation = conversationIn(store, call.params.conversationId);
	const limit = call.query.limit === undefined ? 20 : Number(call.query.limit);
	if (!Number.isInteger(limit) || limit < 1) throw unprocessable('limit must be a positive number');
	if (limit > MAX_CONVERSATION_PAGE)
		throw unprocessable(`limit must not be greater than ${MAX_CONVERSATION_PAGE}`);
	const types = list(call.query.type);
	// Newest first; messages were stored in the order they happened.
	const all = [...messages(store).values()]
		.filter(
			(m) =>
				m.conversationId === conversation.id &&
				(!types.length || types.includes(String(m.messageType))),
		)
		.reverse();
	let start = 0;
	if (call.query.lastMessageId !== undefined) {
		const index = all.findIndex((m) => m.id === call.query.lastMessageId);
		if (index === -1) throw notFound('Message', String(call.query.lastMessageId));
		start = index + 1;
	}
	const page = all.slice(start, start + limit);
	return RESPONSE_CORRECTIONS['conversations/get-messages']({
		lastMessageId: page.length ? page[page.length - 1].id : '',
		nextPage: start + page.length < all.length,
		messages: page.map(publicMessage),
	});
}

function send(call: Call): Rec {
	const store = tokenLocation(call);
	const body = call.body;
	const contact = contactIn(store, body.contactId);
	const type = String(body.type);
	if (PHONE_TYPES.includes(type) && !body.toNumber && !contact.phone)
		throw bad('Contact does not have a phone number');
	if (type === 'Email' && !body.emailTo && !contact.email)
		throw bad('Contact does not have an email address');
	const hasContent =
		[body.message, body.html, body.templateId].some((v) => typeof v === 'string' && v !== '') ||
		(Array.isArray(body.attachments) && body.attachments.length > 0);
	if (!hasContent) throw bad('message, html, attachments or templateId is required');
	let status = 'delivered';
	if (body.scheduledTimestamp !== undefined) {
		if (Number(body.scheduledTimestamp) * 1000 <= Date.now())
			throw bad('scheduledTimestamp must be in the future');
		status = 'scheduled';
	}
	const conversation = conversationOfContact(store, contact) ?? addConversation(store, contact);
	const email = type === 'Email';
	const emailMessageId = email ? newId() : undefined;
	const message = addMessage(store, conversation, {
		messageType: MESSAGE_TYPE[type],
		body: body.message ?? text(body.html),
		contentType: body.html ? 'text/html' : 'text/plain',
		attachments: body.attachments ?? [],
		status,
		...(email ? { meta: { email: { messageIds: [emailMessageId] } } } : {}),
		...(body.conversationProviderId ? { conversationProviderId: body.conversationProviderId } : {}),
	});
	if (emailMessageId) {
		// What Get Email answers beyond the message: its subject, HTML body and addresses.
		emailIds(store).set(emailMessageId, {
			messageId: message.id,
			subject: body.subject ?? '',
			body: body.html ?? body.message ?? '',
			contentType: body.html ? 'text/html' : 'text/plain',
			from: body.emailFrom ?? `no-reply@${store.id.toLowerCase()}.example`,
			to: [body.emailTo ?? contact.email],
			cc: body.emailCc ?? [],
			bcc: body.emailBcc ?? [],
		});
	}
	return {
		conversationId: conversation.id,
		messageId: message.id,
		...(emailMessageId ? { emailMessageId } : {}),
		status: status === 'scheduled' ? 'pending' : 'delivered',
	};
}

/** Inbound messages and outbound calls a custom provider reports into an existing conversation. */
function addProviderMessage(call: Call, direction: 'inbound' | 'outbound'): Rec {
	const store = tokenLocation(call);
	const body = call.body;
	const conversation = conversationIn(store, String(body.conversationId));
	if (body.contactId !== undefined && body.contactId !== conversation.contactId) {
		throw bad('The conversation does not belong to this contact');
	}
	const callData = (body.call ?? {}) as Rec;
	const message = addMessage(store, conversation, {
		messageType: MESSAGE_TYPE[String(body.type)],
		direction,
		body: body.message ?? text(body.html),
		contentType: body.html ? 'text/html' : 'text/plain',
		attachments: body.attachments ?? [],
		conversationProviderId: body.conversationProviderId,
		...(body.altId ? { altId: body.altId } : {}),
		...(body.date ? { dateAdded: new Date(String(body.date)).toISOString() } : {}),
		...(callData.status ? { meta: { callStatus: callData.status } } : {}),
	});
	return {
		success: true,
		conversationId: conversation.id,
		messageId: message.id,
		message: 'Message added successfully',
		contactId: conversation.contactId,
		dateAdded: message.dateAdded,
	};
}

function cancel(store: LocationStore, message: Rec): Rec {
	if (message.status !== 'scheduled') throw bad('Message is not scheduled');
	messages(store).delete(String(message.id));
	return { status: 200, message: 'Scheduled message cancelled successfully' };
}

export const CONVERSATION_HANDLERS: Record<string, Handler> = {
	'conversations/search-conversation': (call) => ({ body: search(call) }),
	'conversations/create-conversation': (call) => {
		const store = call.location(String(call.body.locationId));
		const contact = contactIn(store, call.body.contactId);
		const existing = conversationOfContact(store, contact);
		if (existing) throw bad('Conversation already exists', { conversationId: existing.id });
		const c = addConversation(store, contact);
		const iso = (ms: unknown) => new Date(Number(ms)).toISOString();
		return {
			status: 201,
			body: {
				success: true,
				conversation: {
					id: c.id,
					dateUpdated: iso(c.dateUpdated),
					dateAdded: iso(c.dateAdded),
					deleted: c.deleted,
					contactId: c.contactId,
					locationId: c.locationId,
					lastMessageDate: iso(c.lastMessageDate),
					...(c.assignedTo ? { assignedTo: c.assignedTo } : {}),
				},
			},
		};
	},
	'conversations/get-conversation': (call) => ({
		body: conversationIn(tokenLocation(call), call.params.conversationId),
	}),
	'conversations/update-conversation': (call) => {
		const store = call.location(String(call.body.locationId));
		const conversation = conversationIn(store, call.params.conversationId);
		for (const key of ['starred', 'unreadCount'] as const)
			if (call.body[key] !== undefined) conversation[key] = call.body[key];
		conversation.dateUpdated = tick(store);
		return { body: { success: true, conversation } };
	},
	'conversations/delete-conversation': (call) => {
		const store = tokenLocation(call);
		const conversation = conversationIn(store, call.params.conversationId);
		conversations(store).delete(String(conversation.id));
		for (const m of [...messages(store).values()])
			if (m.conversationId === conversation.id) messages(store).delete(String(m.id));
		return { body: { success: true } };
	},
	'conversations/get-messages': (call) => ({ body: messagesPage(call) }),
	'conversations/export-messages-by-location': (call) => ({ body: exportMessages(call) }),
	'conversations/get-message': (call) => ({
		body: publicMessage(messageIn(tokenLocation(call), call.params.id)),
	}),
	'conversations/send-a-new-message': (call) => ({ body: send(call) }),
	'conversations/add-an-inbound-message': (call) => ({ body: addProviderMessage(call, 'inbound') }),
	'conversations/add-an-outbound-message': (call) => ({
		body: addProviderMessage(call, 'outbound'),
	}),
	'conversations/cancel-scheduled-message': (call) => {
		const store = tokenLocation(call);
		return { body: cancel(store, messageIn(store, call.params.messageId)) };
	},
	'conversations/cancel-scheduled-email-message': (call) => {
		const store = tokenLocation(call);
		const entry = emailIds(store).get(call.params.emailMessageId);
		if (!entry) throw notFound('Email message', call.params.emailMessageId);
		return { body: cancel(store, messageIn(store, String(entry.messageId))) };
	},
	'conversations/get-email-by-id': (call) => {
		const store = tokenLocation(call);
		const entry = emailIds(store).get(call.params.id);
		if (!entry) throw notFound('Email message', call.params.id);
		const message = messageIn(store, String(entry.messageId));
		const { messageId, ...email } = entry;
		return {
			body: {
				id: call.params.id,
				threadId: messageId,
				locationId: store.id,
				contactId: message.contactId,
				conversationId: message.conversationId,
				dateAdded: message.dateAdded,
				direction: message.direction,
				status: message.status,
				attachments: message.attachments ?? [],
				provider: 'Leadconnector Gmail',
				...email,
			},
		};
	},
	// The answers are undocumented (conversations.json gives no schema): the status lists each subscription type.
	'conversations/get-contact-unsubscription-status': (call) => {
		const store = call.location(String(call.query.locationId));
		const contact = contactIn(store, call.query.contactId);
		const email = String(call.query.email ?? contact.email ?? '');
		const state = subscriptions(store).get(String(contact.id)) ?? {};
		return {
			body: {
				contactId: contact.id,
				email,
				subscriptions: Object.entries({ 'One on One': 'subscribed', ...state }).map(
					([subtype, status]) =>
						subtype === 'One on One'
							? { type: 'default', subtype_name: subtype, subtype_status: status }
							: { type: 'custom', subtype_id: subtype, subtype_status: status },
				),
			},
		};
	},
	'conversations/user-subscription-change': (call) => {
		const store = call.location(String(call.body.locationId));
		const contact = contactIn(store, call.body.contactId);
		const action = call.body.subscription_action as Record<string, unknown>;
		const status = String(action.subtype_status);
		if (status === 'subscribed' && !call.body.legal_reason)
			throw bad('legal_reason is required to resubscribe');
		const state = { ...(subscriptions(store).get(String(contact.id)) ?? {}) } as Record<
			string,
			unknown
		>;
		if (action.type === 'default') {
			if (action.subtype_name !== 'One on One')
				throw bad('subtype_name is required for default types');
			state['One on One'] = status;
		} else if (action.type === 'custom') {
			if (!action.subtype_id) throw bad('subtype_id is required for custom types');
			state[String(action.subtype_id)] = status;
		} else {
			for (const key of Object.keys(state)) state[key] = 'subscribed';
			state['One on One'] = 'subscribed';
		}
		subscriptions(store).set(String(contact.id), state);
		return { status: 201, body: { success: true } };
	},
	'conversations/update-message-status': (call) => {
		const store = tokenLocation(call);
		const message = messageIn(store, call.params.messageId);
		message.status = call.body.status;
		if (call.body.error) message.error = call.body.error;
		return {
			body: {
				conversationId: message.conversationId,
				messageId: message.id,
				status: message.status,
			},
		};
	},
};
