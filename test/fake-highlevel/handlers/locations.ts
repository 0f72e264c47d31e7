import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, notFound, recordIn, textQuery, unprocessable } from './listing';

type Rec = Record<string, unknown>;

/**
 * The sub-account (locations.json) endpoints: the sub-account itself, its tags, custom fields,
 * custom values, task search, recurring tasks and message templates; and its workflows and campaigns. Lists without paging
 * (tags, custom fields, custom values) answer whole, as HighLevel does; search and templates page
 * with skip + limit.
 */

export const COMPANY_ID = 'company_test_0001';

/** A sub-account's profile, made on first use with the fields HighLevel's GetLocationSchema lists. */
export function profileOf(store: LocationStore): Rec {
	const profiles = store.collection('profile');
	let profile = profiles.get('self');
	if (!profile) {
		profile = {
			id: store.id,
			companyId: COMPANY_ID,
			name: `Location ${store.id}`,
			email: '',
			phone: '',
			address: '',
			city: '',
			state: '',
			country: 'US',
			postalCode: '',
			website: '',
			timezone: 'UTC',
			settings: {
				allowDuplicateContact: store.allowDuplicateContact,
				allowDuplicateOpportunity: false,
				allowFacebookNameMerge: false,
				disableContactTimezone: false,
			},
			social: {},
			dateAdded: '2026-01-01T00:00:00.000Z',
		};
		profiles.set('self', profile);
	}
	return profile;
}

/** Names and details a test or the demo gives a sub-account. */
export function describeLocation(store: LocationStore, fields: Rec): Rec {
	return Object.assign(profileOf(store), fields);
}

const TIMEZONES = [
	'UTC',
	'US/Central',
	'US/Eastern',
	'US/Pacific',
	'Europe/London',
	'Europe/Paris',
	'Asia/Kolkata',
	'Australia/Sydney',
];

/** The sub-account a path names, refused when the token is another sub-account's (checked before). */
const pathStore = (call: Call) => call.location(call.params.locationId);

// Tags ------------------------------------------------------------------------------------------

function tagIn(store: LocationStore, id: string): Rec {
	const tag = store.tags.get(id);
	if (!tag) throw notFound('Tag');
	return tag;
}

function uniqueTagName(store: LocationStore, name: string, except?: string): string {
	const trimmed = name.trim();
	if (!trimmed) throw unprocessable('name should not be empty');
	if (
		[...store.tags.values()].some(
			(t) => t.id !== except && t.name.toLowerCase() === trimmed.toLowerCase(),
		)
	) {
		throw new HttpError(400, { statusCode: 400, message: 'Tag with this name already exists' });
	}
	return trimmed;
}

// Custom fields (contact and opportunity) --------------------------------------------------------

const FIELD_TYPES = [
	'TEXT',
	'LARGE_TEXT',
	'NUMERICAL',
	'PHONE',
	'MONETORY',
	'CHECKBOX',
	'SINGLE_OPTIONS',
	'MULTIPLE_OPTIONS',
	'DATE',
	'TEXTBOX_LIST',
	'FILE_UPLOAD',
	'RADIO',
	'EMAIL',
	'SIGNATURE',
];

function fieldIn(store: LocationStore, id: string): Rec {
	const field = store.customFields.get(id);
	if (!field) throw notFound('Custom field');
	return field;
}

function applyFieldBody(field: Rec, body: Rec): void {
	for (const key of ['name', 'placeholder', 'position', 'acceptedFormat', 'textBoxListOptions']) {
		if (body[key] !== undefined) field[key] = body[key];
	}
	if (body.isMultipleFile !== undefined) field.isMultiFileAllowed = body.isMultipleFile;
	if (body.maxNumberOfFiles !== undefined) field.maxFileLimit = body.maxNumberOfFiles;
	if (Array.isArray(body.options)) field.picklistOptions = body.options;
}

// Custom values ---------------------------------------------------------------------------------

const customValues = (store: LocationStore) => store.collection('customValues');

/** A custom value's name and the merge key HighLevel derives from it. */
function valueKey(name: string): Rec {
	return {
		name,
		fieldKey: `{{ custom_values.${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')} }}`,
	};
}

export function addCustomValue(store: LocationStore, name: string, value: string): Rec {
	const id = newId();
	const record = { id, ...valueKey(name), value, locationId: store.id };
	customValues(store).set(id, record);
	return record;
}

function uniqueValueName(store: LocationStore, name: unknown, except?: string): string {
	const trimmed = String(name).trim();
	if (!trimmed) throw unprocessable('name should not be empty');
	if (
		[...customValues(store).values()].some(
			(v) => v.id !== except && String(v.name).toLowerCase() === trimmed.toLowerCase(),
		)
	) {
		throw new HttpError(400, {
			statusCode: 400,
			message: 'Custom value with this name already exists',
		});
	}
	return trimmed;
}

// Tasks -----------------------------------------------------------------------------------------

const recurringTasks = (store: LocationStore) => store.collection('recurringTasks');

/** HighLevel answers the location-wide task search with its index documents. */
function searchTasks(store: LocationStore, body: Rec): Rec {
	const contactIds = body.contactId as string[] | undefined;
	const assignedTo = body.assignedTo as string[] | undefined;
	const query = typeof body.query === 'string' ? body.query.toLowerCase() : '';
	const skip = body.skip === undefined ? 0 : Number(body.skip);
	const limit = body.limit === undefined ? 25 : Number(body.limit);
	if (!Number.isInteger(skip) || skip < 0) throw unprocessable('skip must not be less than 0');
	if (!Number.isInteger(limit) || limit < 1 || limit > 100)
		throw unprocessable('limit must be between 1 and 100');
	const hits = [...store.tasks.values()]
		.filter((t) => !contactIds?.length || contactIds.includes(String(t.contactId)))
		.filter((t) => !assignedTo?.length || assignedTo.includes(String(t.assignedTo)))
		.filter((t) => body.completed === undefined || Boolean(t.completed) === body.completed)
		.filter(
			(t) =>
				!query || `${String(t.title ?? '')} ${String(t.body ?? '')}`.toLowerCase().includes(query),
		)
		.sort(
			(a, b) =>
				String(a.dueDate ?? '').localeCompare(String(b.dueDate ?? '')) ||
				String(a.id).localeCompare(String(b.id)),
		);
	return {
		tasks: hits.slice(skip, skip + limit).map((t) => {
			const contact = store.contacts.get(String(t.contactId));
			return {
				_id: t.id,
				title: t.title,
				body: t.body ?? '',
				dueDate: t.dueDate,
				completed: Boolean(t.completed),
				assignedTo: t.assignedTo ?? null,
				contactId: t.contactId,
				locationId: store.id,
				deleted: false,
				contactDetails: contact
					? {
							firstName: contact.firstName ?? '',
							lastName: contact.lastName ?? '',
							email: contact.email ?? '',
						}
					: undefined,
				dateAdded: t.dateAdded ?? store.now(),
				dateUpdated: t.dateUpdated ?? t.dateAdded ?? store.now(),
			};
		}),
	};
}

function rrule(options: Rec): Rec {
	const start = Date.parse(String(options.startDate));
	if (Number.isNaN(start))
		throw unprocessable('rruleOptions.startDate must be a valid ISO 8601 date string');
	if (options.endDate !== undefined && Number.isNaN(Date.parse(String(options.endDate))))
		throw unprocessable('rruleOptions.endDate must be a valid ISO 8601 date string');
	if (Number(options.interval) < 1)
		throw unprocessable('rruleOptions.interval must not be less than 1');
	if (
		options.intervalType === 'monthly' &&
		options.dayOfMonth === undefined &&
		options.dayOfWeek === undefined
	) {
		throw unprocessable(
			'rruleOptions.dayOfMonth or rruleOptions.dayOfWeek is required for a monthly task',
		);
	}
	return { ...options };
}

function recurringTaskOf(store: LocationStore, body: Rec, before?: Rec): Rec {
	const now = store.now();
	const options =
		body.rruleOptions === undefined
			? (before?.rruleOptions as Rec)
			: rrule(body.rruleOptions as Rec);
	for (const userId of (body.owners as string[] | undefined) ?? []) {
		if (!store.users.has(userId))
			throw new HttpError(400, { statusCode: 400, message: `User ${userId} not found` });
	}
	for (const contactId of (body.contactIds as string[] | undefined) ?? []) {
		if (!store.contacts.has(contactId))
			throw new HttpError(400, { statusCode: 400, message: `Contact ${contactId} not found` });
	}
	const owners =
		(body.owners as string[] | undefined) ?? (before?.assignedTo ? [before.assignedTo] : []);
	const contactIds =
		(body.contactIds as string[] | undefined) ?? (before?.contactId ? [before.contactId] : []);
	const count = Number(options.count ?? 0);
	return {
		id: before?.id ?? newId(),
		title: body.title ?? before?.title,
		description: body.description ?? before?.description ?? '',
		locationId: store.id,
		createdAt: before?.createdAt ?? now,
		updatedAt: now,
		rruleOptions: options,
		totalOccurrence: count,
		deleted: false,
		...(owners[0] ? { assignedTo: owners[0] } : {}),
		...(contactIds[0] ? { contactId: contactIds[0] } : {}),
	};
}

// Templates -------------------------------------------------------------------------------------

const templates = (store: LocationStore) => store.collection('templates');

export function addTemplate(
	store: LocationStore,
	type: 'sms' | 'email' | 'whatsapp',
	name: string,
	fields: Rec = {},
): Rec {
	const id = newId();
	const template: Rec = {
		id,
		name,
		type,
		locationId: store.id,
		dateAdded: store.now(),
		deleted: false,
		originId: COMPANY_ID,
		template:
			type === 'email'
				? { subject: name, html: `<p>${name}</p>`, attachments: [] }
				: { body: `${name} {{contact.first_name}}`, attachments: [] },
		...(type === 'sms' ? { urlAttachments: [] } : {}),
		...fields,
	};
	templates(store).set(id, template);
	return template;
}

// Handlers --------------------------------------------------------------------------------------

export const LOCATION_HANDLERS: Record<string, Handler> = {
	'locations/get-location': (call) => ({ body: { location: profileOf(pathStore(call)) } }),
	'locations/search-locations': (call) => {
		const companyId = textQuery(call, 'companyId');
		const email = textQuery(call, 'email')?.toLowerCase();
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1, max: 100 });
		const order = textQuery(call, 'order') ?? 'asc';
		if (order !== 'asc' && order !== 'desc') throw unprocessable('order must be one of asc, desc');
		if (call.grant.userType === 'Company' && companyId && companyId !== call.grant.companyId) {
			throw new HttpError(403, {
				statusCode: 403,
				message: 'The token does not have access to this company',
			});
		}
		const all = call
			.stores()
			.map(profileOf)
			.filter((p) => !companyId || p.companyId === companyId)
			.filter((p) => !email || String(p.email).toLowerCase() === email)
			.sort(
				(a, b) =>
					String(a.name).localeCompare(String(b.name)) || String(a.id).localeCompare(String(b.id)),
			);
		if (order === 'desc') all.reverse();
		return { body: { locations: all.slice(skip, skip + limit) } };
	},
	'locations/put-location': (call) => {
		const store = pathStore(call);
		const profile = profileOf(store);
		if (call.body.companyId !== profile.companyId)
			throw new HttpError(400, {
				statusCode: 400,
				message: 'Location does not belong to this company',
			});
		for (const [key, value] of Object.entries(call.body)) {
			if (
				key === 'companyId' ||
				key === 'prospectInfo' ||
				key === 'twilio' ||
				key === 'mailgun' ||
				key === 'snapshot'
			)
				continue;
			if (key === 'settings' || key === 'social')
				profile[key] = { ...(profile[key] as Rec), ...(value as Rec) };
			else profile[key] = value;
		}
		if (call.body.timezone !== undefined && !TIMEZONES.includes(String(call.body.timezone)))
			throw unprocessable('timezone must be a valid timezone');
		if ((call.body.settings as Rec | undefined)?.allowDuplicateContact !== undefined)
			store.allowDuplicateContact = Boolean((call.body.settings as Rec).allowDuplicateContact);
		const rest = { ...profile };
		delete rest.dateAdded;
		return { body: rest };
	},
	'locations/get-timezones': () => ({ body: { timeZones: TIMEZONES } }),

	'locations/get-location-tags': (call) => ({ body: { tags: [...pathStore(call).tags.values()] } }),
	'locations/create-tag': (call) => {
		const store = pathStore(call);
		const name = uniqueTagName(store, String(call.body.name));
		store.ensureTags([name]);
		return { status: 201, body: { tag: [...store.tags.values()].find((t) => t.name === name) } };
	},
	'locations/get-tag-by-id': (call) => ({
		body: { tag: tagIn(pathStore(call), call.params.tagId) },
	}),
	'locations/update-tag': (call) => {
		const store = pathStore(call);
		const tag = tagIn(store, call.params.tagId);
		const before = String(tag.name);
		tag.name = uniqueTagName(store, String(call.body.name), String(tag.id));
		// Renaming a tag renames it on every contact that has it.
		for (const contact of store.contacts.values()) {
			const tags = contact.tags as string[] | undefined;
			if (tags?.includes(before)) contact.tags = tags.map((t) => (t === before ? tag.name : t));
		}
		store.touch();
		return { body: { tag } };
	},
	'locations/delete-tag': (call) => {
		const store = pathStore(call);
		const tag = tagIn(store, call.params.tagId);
		store.tags.delete(String(tag.id));
		for (const contact of store.contacts.values()) {
			const tags = contact.tags as string[] | undefined;
			if (tags?.includes(String(tag.name))) contact.tags = tags.filter((t) => t !== tag.name);
		}
		store.touch();
		return { body: { succeded: true } };
	},

	'locations/get-custom-fields': (call) => {
		const model = textQuery(call, 'model') ?? 'all';
		const fields = [...pathStore(call).customFields.values()].filter(
			(f) => model === 'all' || f.model === model,
		);
		return { body: { customFields: fields } };
	},
	'locations/create-custom-field': (call) => {
		const store = pathStore(call);
		const dataType = String(call.body.dataType);
		if (!FIELD_TYPES.includes(dataType))
			throw unprocessable(`dataType must be one of ${FIELD_TYPES.join(', ')}`);
		const model = String(call.body.model ?? 'contact');
		const name = String(call.body.name).trim();
		if (!name) throw unprocessable('name should not be empty');
		if (
			[...store.customFields.values()].some(
				(f) => f.model === model && String(f.name).toLowerCase() === name.toLowerCase(),
			)
		) {
			throw new HttpError(400, {
				statusCode: 400,
				message: `A ${model} custom field named ${name} already exists`,
			});
		}
		const field = store.addCustomField({ name, dataType, model });
		applyFieldBody(field, call.body);
		return { status: 201, body: { customField: field } };
	},
	'locations/get-custom-field': (call) => ({
		body: { customField: fieldIn(pathStore(call), call.params.id) },
	}),
	'locations/update-custom-field': (call) => {
		const field = fieldIn(pathStore(call), call.params.id);
		if (call.body.model !== undefined && call.body.model !== field.model)
			throw new HttpError(400, {
				statusCode: 400,
				message: 'The model of a custom field cannot change',
			});
		applyFieldBody(field, call.body);
		return { body: { customField: field } };
	},
	'locations/delete-custom-field': (call) => {
		const store = pathStore(call);
		const field = fieldIn(store, call.params.id);
		store.customFields.delete(String(field.id));
		return { body: { succeded: true } };
	},

	'locations/get-custom-values': (call) => ({
		body: { customValues: [...customValues(pathStore(call)).values()] },
	}),
	'locations/create-custom-value': (call) => {
		const store = pathStore(call);
		const record = addCustomValue(
			store,
			uniqueValueName(store, call.body.name),
			String(call.body.value),
		);
		return { status: 201, body: { customValue: record } };
	},
	'locations/get-custom-value': (call) => ({
		body: { customValue: recordIn(customValues(pathStore(call)), call.params.id, 'Custom value') },
	}),
	'locations/update-custom-value': (call) => {
		const store = pathStore(call);
		const record = recordIn(customValues(store), call.params.id, 'Custom value');
		// The key follows the name, as in HighLevel's settings page.
		Object.assign(record, valueKey(uniqueValueName(store, call.body.name, String(record.id))), {
			value: String(call.body.value),
		});
		return { body: { customValue: record } };
	},
	'locations/delete-custom-value': (call) => {
		const store = pathStore(call);
		customValues(store).delete(
			String(recordIn(customValues(store), call.params.id, 'Custom value').id),
		);
		return { body: { succeded: true } };
	},

	'locations/task-search': (call) => ({
		status: 201,
		body: searchTasks(pathStore(call), call.body),
	}),
	'locations/create-recurring-task': (call) => {
		const store = pathStore(call);
		const task = recurringTaskOf(store, call.body);
		recurringTasks(store).set(String(task.id), task);
		return { status: 201, body: { recurringTask: task } };
	},
	'locations/get-recurring-task-by-id': (call) => ({
		body: {
			recurringTask: recordIn(recurringTasks(pathStore(call)), call.params.id, 'Recurring task'),
		},
	}),
	'locations/update-recurring-task': (call) => {
		const store = pathStore(call);
		const before = recordIn(recurringTasks(store), call.params.id, 'Recurring task');
		const task = recurringTaskOf(store, call.body, before);
		recurringTasks(store).set(String(task.id), task);
		return { body: { recurringTask: task } };
	},
	'locations/delete-recurring-task': (call) => {
		const store = pathStore(call);
		const task = recordIn(recurringTasks(store), call.params.id, 'Recurring task');
		recurringTasks(store).delete(String(task.id));
		return { body: { id: task.id, success: true } };
	},

	'workflows/get-workflow': (call) => ({
		body: {
			workflows: [...call.location(String(textQuery(call, 'locationId'))).workflows.values()],
		},
	}),
	// Campaigns filtered by status, as HighLevel does (Contact › Add to Campaign enrols contacts in them).
	'campaigns/get-campaigns': (call) => {
		const status = textQuery(call, 'status');
		const campaigns = [
			...call.location(String(textQuery(call, 'locationId'))).campaigns.values(),
		].filter((c) => !status || c.status === status);
		return { body: { campaigns } };
	},
	'locations/GET-all-or-email-sms-templates': (call) => {
		const store = pathStore(call);
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 25, { min: 1, max: 100 });
		const type = textQuery(call, 'type');
		const deleted = textQuery(call, 'deleted') === 'true';
		const originId = textQuery(call, 'originId');
		const hits = [...templates(store).values()]
			.filter((t) => !type || t.type === type)
			.filter((t) => Boolean(t.deleted) === deleted)
			.filter((t) => !originId || t.originId === originId)
			.sort(
				(a, b) =>
					String(b.dateAdded).localeCompare(String(a.dateAdded)) ||
					String(b.id).localeCompare(String(a.id)),
			);
		const shown = hits.slice(skip, skip + limit).map((t) => {
			const rest = { ...t };
			delete rest.deleted;
			delete rest.originId;
			return rest;
		});
		return { body: { templates: shown, totalCount: hits.length } };
	},
	'locations/DELETE-an-email-sms-template': (call) => {
		const template = recordIn(templates(pathStore(call)), call.params.id, 'Template');
		if (template.deleted) throw notFound('Template');
		template.deleted = true;
		return { body: { succeded: true } };
	},
};
