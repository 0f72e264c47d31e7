import { newId, type LocationStore } from '../store';
import { customFieldValues } from './customFields';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, recordIn, textQuery } from './listing';

type Rec = Record<string, unknown>;

const notFound = (what: string, id: string) =>
	new HttpError(400, { statusCode: 400, message: `${what} with id ${id} not found` });

function contactOf(call: Call): { store: LocationStore; contact: Rec } {
	const found = call.findContact(call.params.contactId);
	if (!found) throw new HttpError(400, { statusCode: 400, message: 'Contact not found' });
	return found;
}

/** The lower-case copies are search-index fields HighLevel does not return. */
function publicContact(c: Rec): Rec {
	const rest = { ...c };
	delete rest.firstNameLowerCase;
	delete rest.lastNameLowerCase;
	return rest;
}

function applyContactFields(store: LocationStore, contact: Rec, body: Rec): void {
	for (const [k, v] of Object.entries(body)) {
		if (k === 'locationId' || k === 'customFields' || k === 'createNewIfDuplicateAllowed') continue;
		contact[k] = v;
	}
	const cf = customFieldValues(store, 'contact', body.customFields);
	if (cf) {
		const merged = new Map(((contact.customFields as Rec[]) ?? []).map((f) => [f.id, f]));
		for (const f of cf) merged.set(f.id, f);
		contact.customFields = [...merged.values()];
	}
	if (typeof contact.email === 'string') contact.emailLowerCase = contact.email.toLowerCase();
	if (typeof contact.firstName === 'string')
		contact.firstNameLowerCase = contact.firstName.toLowerCase();
	if (typeof contact.lastName === 'string')
		contact.lastNameLowerCase = contact.lastName.toLowerCase();
	if (Array.isArray(body.tags)) store.ensureTags(body.tags as string[]);
	contact.dateUpdated = store.now();
	store.touch();
}

function duplicateOf(store: LocationStore, body: Rec): { contact: Rec; field: string } | undefined {
	const email = typeof body.email === 'string' ? body.email.toLowerCase() : undefined;
	const phone = typeof body.phone === 'string' ? body.phone : undefined;
	for (const c of store.contacts.values()) {
		if (email && c.emailLowerCase === email) return { contact: c, field: 'email' };
	}
	for (const c of store.contacts.values()) {
		if (phone && c.phone === phone) return { contact: c, field: 'phone' };
	}
	return undefined;
}

function matches(contact: Rec, filter: Rec): boolean {
	if (filter.group) {
		const list = (filter.filters as Rec[]) ?? [];
		return filter.group === 'OR'
			? list.some((f) => matches(contact, f))
			: list.every((f) => matches(contact, f));
	}
	const field = String(filter.field);
	const actual = contact[field] ?? contact[`${field}LowerCase`];
	const value = filter.value;
	const eq = (a: unknown) =>
		typeof a === 'string' && typeof value === 'string'
			? a.toLowerCase() === value.toLowerCase()
			: a === value;
	switch (filter.operator) {
		case 'eq':
			return Array.isArray(actual) ? actual.some(eq) : eq(actual);
		case 'not_eq':
			return Array.isArray(actual) ? !actual.some(eq) : !eq(actual);
		case 'contains':
			return Array.isArray(actual)
				? actual.some(eq)
				: String(actual ?? '')
						.toLowerCase()
						.includes(String(value).toLowerCase());
		case 'not_contains':
			return !String(actual ?? '')
				.toLowerCase()
				.includes(String(value).toLowerCase());
		case 'exists':
			return actual !== undefined && actual !== null && actual !== '';
		case 'not_exists':
			return actual === undefined || actual === null || actual === '';
		case 'range': {
			const r = (value ?? {}) as Rec;
			const v = String(actual ?? '');
			const norm = (x: unknown) => new Date(String(x)).toISOString();
			if (r.gte !== undefined && v < norm(r.gte)) return false;
			if (r.lte !== undefined && v > norm(r.lte)) return false;
			if (r.gt !== undefined && v <= norm(r.gt)) return false;
			if (r.lt !== undefined && v >= norm(r.lt)) return false;
			return true;
		}
		default:
			return false;
	}
}

function search(store: LocationStore, body: Rec): Rec {
	const filters = (body.filters as Rec[]) ?? [];
	const q = typeof body.query === 'string' ? body.query.toLowerCase() : '';
	const sort = ((body.sort as Rec[]) ?? [])[0];
	let list = store.defaultOrder();
	if (sort && !(sort.field === 'dateAdded' && sort.direction === 'desc')) {
		const f = String(sort.field);
		const dir = sort.direction === 'asc' ? 1 : -1;
		list = [...list].sort((a, b) => {
			const x = String(a[f] ?? '');
			const y = String(b[f] ?? '');
			return x === y ? dir * String(a.id).localeCompare(String(b.id)) : dir * x.localeCompare(y);
		});
	}
	const sortField = sort ? String(sort.field) : 'dateAdded';
	const hits = list.filter(
		(c) =>
			filters.every((f) => matches(c, f)) &&
			(!q ||
				[c.firstName, c.lastName, c.email, c.phone, c.companyName].some((v) =>
					String(v ?? '')
						.toLowerCase()
						.includes(q),
				)),
	);
	const pageLimit = Number(body.pageLimit);
	let start = 0;
	if (Array.isArray(body.searchAfter)) {
		const [sv, sid] = body.searchAfter as string[];
		const idx = hits.findIndex((c) => String(c[sortField] ?? '') === String(sv) && c.id === sid);
		start = idx === -1 ? hits.length : idx + 1;
	} else if (body.page) {
		start = (Number(body.page) - 1) * pageLimit;
		if (start + pageLimit > 10_000)
			throw new HttpError(422, {
				statusCode: 422,
				message: ['page and pageLimit can reach only the first 10000 results; use searchAfter'],
				error: 'Unprocessable Entity',
			});
	}
	const page = hits.slice(start, start + pageLimit);
	return {
		contacts: page.map((c) => ({ ...publicContact(c), searchAfter: [c[sortField] ?? null, c.id] })),
		total: hits.length,
	};
}

function children(map: Map<string, Rec>, contactId: string): Rec[] {
	return [...map.values()].filter((r) => r.contactId === contactId);
}

function child(map: Map<string, Rec>, contactId: string, id: string, what: string): Rec {
	const r = map.get(id);
	if (!r || r.contactId !== contactId) throw notFound(what, id);
	return r;
}

/** Contact, note and task handlers; other resources' handlers live in handlers/<resource>.ts. */
export const CONTACT_HANDLERS: Record<string, Handler> = {
	'contacts/create-contact': (call) => {
		const store = call.location(String(call.body.locationId));
		const dup = store.allowDuplicateContact ? undefined : duplicateOf(store, call.body);
		if (dup) {
			throw new HttpError(400, {
				statusCode: 400,
				message: 'This location does not allow duplicated contacts.',
				meta: {
					contactName: [dup.contact.firstName, dup.contact.lastName].filter(Boolean).join(' '),
					contactId: dup.contact.id,
					matchingField: dup.field,
				},
			});
		}
		const contact = store.addContact({});
		applyContactFields(store, contact, call.body);
		return { status: 201, body: { contact: publicContact(contact) } };
	},
	'contacts/upsert-contact': (call) => {
		const store = call.location(String(call.body.locationId));
		const dup = duplicateOf(store, call.body);
		const contact = dup?.contact ?? store.addContact({});
		applyContactFields(store, contact, call.body);
		return {
			status: dup ? 200 : 201,
			body: { new: !dup, contact: publicContact(contact), traceId: newId() },
		};
	},
	'contacts/get-contact': (call) => ({ body: { contact: publicContact(contactOf(call).contact) } }),
	'contacts/update-contact': (call) => {
		const { store, contact } = contactOf(call);
		applyContactFields(store, contact, call.body);
		return { body: { succeded: true, contact: publicContact(contact) } };
	},
	'contacts/delete-contact': (call) => {
		const { store, contact } = contactOf(call);
		store.contacts.delete(String(contact.id));
		store.touch();
		return { body: { succeded: true } };
	},
	'contacts/search-contacts-advanced': (call) => ({
		body: search(call.location(String(call.body.locationId)), call.body),
	}),
	'contacts/get-duplicate-contact': (call) => {
		const store = call.location(String(call.query.locationId));
		const dup = duplicateOf(store, { email: call.query.email, phone: call.query.number });
		return { body: { contact: dup ? publicContact(dup.contact) : null } };
	},
	'contacts/add-tags': (call) => {
		const { store, contact } = contactOf(call);
		const tags = [
			...new Set([...((contact.tags as string[]) ?? []), ...(call.body.tags as string[])]),
		];
		applyContactFields(store, contact, { tags });
		return { status: 201, body: { tags } };
	},
	'contacts/remove-tags': (call) => {
		const { store, contact } = contactOf(call);
		const remove = new Set(call.body.tags as string[]);
		const tags = ((contact.tags as string[]) ?? []).filter((t) => !remove.has(t));
		applyContactFields(store, contact, { tags });
		return { body: { tags } };
	},
	'contacts/add-followers-contact': (call) => {
		const { store, contact } = contactOf(call);
		const added = (call.body.followers as string[]).filter(
			(f) => !((contact.followers as string[]) ?? []).includes(f),
		);
		contact.followers = [...((contact.followers as string[]) ?? []), ...added];
		store.touch();
		return { status: 201, body: { followers: contact.followers, followersAdded: added } };
	},
	'contacts/remove-followers-contact': (call) => {
		const { store, contact } = contactOf(call);
		const remove = new Set(call.body.followers as string[]);
		const removed = ((contact.followers as string[]) ?? []).filter((f) => remove.has(f));
		contact.followers = ((contact.followers as string[]) ?? []).filter((f) => !remove.has(f));
		store.touch();
		return { body: { followers: contact.followers, followersRemoved: removed } };
	},
	'contacts/add-contact-to-workflow': (call) => {
		const { store, contact } = contactOf(call);
		if (!store.workflows.has(call.params.workflowId))
			throw notFound('Workflow', call.params.workflowId);
		store.workflowEnrolments.add(`${String(contact.id)}:${call.params.workflowId}`);
		return { status: 201, body: { succeded: true } };
	},
	'contacts/delete-contact-from-workflow': (call) => {
		const { store, contact } = contactOf(call);
		if (!store.workflows.has(call.params.workflowId))
			throw notFound('Workflow', call.params.workflowId);
		store.workflowEnrolments.delete(`${String(contact.id)}:${call.params.workflowId}`);
		return { body: { succeded: true } };
	},
	'contacts/add-contact-to-campaign': (call) => {
		const { store, contact } = contactOf(call);
		if (!store.campaigns.has(call.params.campaignId))
			throw notFound('Campaign', call.params.campaignId);
		store.campaignEnrolments.add(`${String(contact.id)}:${call.params.campaignId}`);
		return { status: 201, body: { succeded: true } };
	},
	'contacts/remove-contact-from-campaign': (call) => {
		const { store, contact } = contactOf(call);
		if (!store.campaigns.has(call.params.campaignId))
			throw notFound('Campaign', call.params.campaignId);
		store.campaignEnrolments.delete(`${String(contact.id)}:${call.params.campaignId}`);
		return { body: { succeded: true } };
	},
	'contacts/remove-contact-from-every-campaign': (call) => {
		const { store, contact } = contactOf(call);
		for (const key of [...store.campaignEnrolments])
			if (key.startsWith(`${String(contact.id)}:`)) store.campaignEnrolments.delete(key);
		return { body: { succeded: true } };
	},
	// Bulk tags answer per contact; an unknown contact is an error in the list, not of the request.
	'contacts/create-association': (call) => {
		const type = call.params.type;
		if (type !== 'add' && type !== 'remove')
			throw new HttpError(422, {
				statusCode: 422,
				message: ['type must be one of the following values: add, remove'],
				error: 'Unprocessable Entity',
			});
		const store = call.location(String(call.body.locationId));
		if (call.body.removeAllTags === true && type !== 'remove')
			throw new HttpError(400, {
				statusCode: 400,
				message: 'removeAllTags can only be used with remove type',
			});
		const tags = call.body.tags as string[];
		const responses = (call.body.contacts as string[]).map((contactId) => {
			const contact = store.contacts.get(contactId);
			if (!contact)
				return { contactId, message: 'contact does not belong to location', type: 'error' };
			const oldTags = (contact.tags as string[]) ?? [];
			const next =
				type === 'add'
					? [...new Set([...oldTags, ...tags])]
					: call.body.removeAllTags === true
						? []
						: oldTags.filter((t) => !tags.includes(t));
			applyContactFields(store, contact, { tags: next });
			return {
				contactId,
				message: 'Tags updated',
				type: 'success',
				oldTags,
				tagsAdded: next.filter((t) => !oldTags.includes(t)),
				tagsRemoved: oldTags.filter((t) => !next.includes(t)),
			};
		});
		const errorCount = responses.filter((r) => r.type === 'error').length;
		return { status: 201, body: { succeded: errorCount === 0, errorCount, responses } };
	},
	'contacts/add-remove-contact-from-business': (call) => {
		const store = call.location(String(call.body.locationId));
		const businessId = call.body.businessId as string | null;
		if (businessId !== null) recordIn(store.collection('businesses'), businessId, 'Business');
		const ids = call.body.ids as string[];
		for (const id of ids) {
			const contact = store.contacts.get(id);
			if (!contact)
				throw new HttpError(400, { statusCode: 400, message: `Contact with id ${id} not found` });
		}
		for (const id of ids) applyContactFields(store, store.contacts.get(id) as Rec, { businessId });
		return { status: 201, body: { success: true, ids } };
	},
	'contacts/get-contacts-by-businessId': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		recordIn(store.collection('businesses'), call.params.businessId, 'Business');
		const q = String(textQuery(call, 'query') ?? '').toLowerCase();
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 25, { min: 1 });
		const hits = store
			.defaultOrder()
			.filter((c) => c.businessId === call.params.businessId)
			.filter(
				(c) =>
					!q ||
					[c.firstName, c.lastName, c.email, c.phone].some((v) =>
						String(v ?? '')
							.toLowerCase()
							.includes(q),
					),
			);
		return {
			body: { contacts: hits.slice(skip, skip + limit).map(publicContact), count: hits.length },
		};
	},
	'contacts/get-all-notes': (call) => {
		const { store, contact } = contactOf(call);
		return { body: { notes: children(store.notes, String(contact.id)) } };
	},
	'contacts/create-note': (call) => {
		const { store, contact } = contactOf(call);
		const note = { id: newId(), contactId: contact.id, dateAdded: store.now(), ...call.body };
		store.notes.set(note.id, note);
		return { status: 201, body: { note } };
	},
	'contacts/get-note': (call) => {
		const { store, contact } = contactOf(call);
		return { body: { note: child(store.notes, String(contact.id), call.params.id, 'Note') } };
	},
	'contacts/update-note': (call) => {
		const { store, contact } = contactOf(call);
		const note = Object.assign(
			child(store.notes, String(contact.id), call.params.id, 'Note'),
			call.body,
		);
		return { body: { note } };
	},
	'contacts/delete-note': (call) => {
		const { store, contact } = contactOf(call);
		store.notes.delete(String(child(store.notes, String(contact.id), call.params.id, 'Note').id));
		return { body: { succeded: true } };
	},
	'contacts/get-all-tasks': (call) => {
		const { store, contact } = contactOf(call);
		return { body: { tasks: children(store.tasks, String(contact.id)) } };
	},
	'contacts/create-task': (call) => {
		const { store, contact } = contactOf(call);
		const task = { id: newId(), contactId: contact.id, ...call.body };
		store.tasks.set(task.id, task);
		return { status: 201, body: { task } };
	},
	'contacts/get-task': (call) => {
		const { store, contact } = contactOf(call);
		return { body: { task: child(store.tasks, String(contact.id), call.params.taskId, 'Task') } };
	},
	'contacts/update-task': (call) => {
		const { store, contact } = contactOf(call);
		const task = Object.assign(
			child(store.tasks, String(contact.id), call.params.taskId, 'Task'),
			call.body,
		);
		return { body: { task } };
	},
	'contacts/update-task-completed': (call) => {
		const { store, contact } = contactOf(call);
		const task = Object.assign(child(store.tasks, String(contact.id), call.params.taskId, 'Task'), {
			completed: call.body.completed,
		});
		return { body: { task } };
	},
	'contacts/delete-task': (call) => {
		const { store, contact } = contactOf(call);
		store.tasks.delete(
			String(child(store.tasks, String(contact.id), call.params.taskId, 'Task').id),
		);
		return { body: { succeded: true } };
	},
};
