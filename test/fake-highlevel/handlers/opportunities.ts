import { newId, type LocationStore } from '../store';
import { customFieldValues } from './customFields';
import { HttpError, type Call, type Handler } from './framework';

type Rec = Record<string, unknown>;

/**
 * Opportunities, pipelines and lost reasons of a location, kept in the location's collections.
 * Pipelines cannot be made through HighLevel's v2 API; tests and the demo seed them here.
 */
const opportunities = (store: LocationStore) => store.collection('opportunities');
const pipelines = (store: LocationStore) => store.collection('pipelines');
const lostReasons = (store: LocationStore) => store.collection('lostReasons');

/** HighLevel's "Allow duplicate opportunities" setting, off unless a test turns it on. */
const duplicatesAllowed = new WeakSet<LocationStore>();

export function allowDuplicateOpportunities(store: LocationStore, allow = true): void {
	if (allow) duplicatesAllowed.add(store);
	else duplicatesAllowed.delete(store);
}

export function addPipeline(
	store: LocationStore,
	name: string,
	stageNames: string[],
): Rec & { stages: Rec[] } {
	const id = newId();
	const stages = stageNames.map((stageName, position) => ({
		id: `${newId().slice(0, 8)}-${newId().slice(0, 4)}-${newId().slice(0, 4)}`.toLowerCase(),
		name: stageName,
		position,
		showInFunnel: true,
		showInPieChart: true,
	}));
	const pipeline = {
		id,
		name,
		stages,
		showInFunnel: true,
		showInPieChart: true,
		locationId: store.id,
		colorRenderMode: 'dot',
	};
	pipelines(store).set(id, pipeline);
	return pipeline;
}

export function addLostReason(store: LocationStore, name: string): Rec {
	const at = store.now();
	const reason = { id: newId(), name, locationId: store.id, createdAt: at, updatedAt: at };
	lostReasons(store).set(reason.id, reason);
	return reason;
}

/** A stored opportunity; `createdAt` may be given to seed a history. */
export function addOpportunity(store: LocationStore, fields: Rec): Rec {
	const at = (fields.createdAt as string) ?? store.now();
	const opportunity: Rec = {
		id: newId(),
		name: '',
		monetaryValue: 0,
		status: 'open',
		source: '',
		assignedTo: '',
		followers: [],
		customFields: [],
		lastStatusChangeAt: at,
		lastStageChangeAt: at,
		lastActionDate: at,
		indexVersion: 1,
		createdAt: at,
		updatedAt: at,
		locationId: store.id,
		...fields,
	};
	opportunities(store).set(String(opportunity.id), opportunity);
	return opportunity;
}

export function opportunitiesOf(store: LocationStore): Map<string, Rec> {
	return opportunities(store);
}

const badRequest = (message: string) => new HttpError(400, { statusCode: 400, message });
const unprocessable = (...message: string[]) =>
	new HttpError(422, { statusCode: 422, message, error: 'Unprocessable Entity' });

/** The location a request by ID works in: the token's. */
function storeOf(call: Call): LocationStore {
	if (!call.locationId) throw badRequest('Location not found for this token');
	return call.location(call.locationId);
}

function opportunityOf(call: Call): { store: LocationStore; opportunity: Rec } {
	const store = storeOf(call);
	const opportunity = opportunities(store).get(call.params.id);
	if (!opportunity)
		throw new HttpError(404, {
			statusCode: 404,
			message: 'Opportunity not found',
			error: 'Not Found',
		});
	return { store, opportunity };
}

/** How search results and single reads show an opportunity: with its contact's summary. */
function present(store: LocationStore, o: Rec): Rec {
	const contact = store.contacts.get(String(o.contactId));
	return {
		...o,
		contact: contact
			? {
					id: contact.id,
					name:
						[contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.name || '',
					companyName: contact.companyName ?? '',
					email: contact.email ?? '',
					phone: contact.phone ?? '',
					tags: contact.tags ?? [],
				}
			: undefined,
	};
}

/** Checks pipeline, stage, contact and user references the way HighLevel refuses them. */
function checkReferences(store: LocationStore, target: Rec, body: Rec): void {
	const pipelineId = String(body.pipelineId ?? target.pipelineId ?? '');
	const pipeline = pipelines(store).get(pipelineId) as (Rec & { stages: Rec[] }) | undefined;
	if (!pipeline) throw badRequest(`Pipeline with id ${pipelineId} not found`);
	const stageId =
		body.pipelineStageId ??
		(body.pipelineId && body.pipelineId !== target.pipelineId ? undefined : target.pipelineStageId);
	if (stageId !== undefined && !pipeline.stages.some((s) => s.id === stageId)) {
		throw badRequest(
			`Pipeline stage with id ${String(stageId)} not found in pipeline ${pipelineId}`,
		);
	}
	const contactId = body.contactId ?? target.contactId;
	if (contactId !== undefined && !store.contacts.has(String(contactId)))
		throw badRequest('Contact not found');
	if (body.assignedTo && !store.users.has(String(body.assignedTo)))
		throw badRequest(`User with id ${String(body.assignedTo)} not found`);
	if (body.lostReasonId && !lostReasons(store).has(String(body.lostReasonId)))
		throw badRequest('Lost reason not found');
	if (
		body.monetaryValue !== undefined &&
		(typeof body.monetaryValue !== 'number' || body.monetaryValue < 0)
	) {
		throw unprocessable('monetaryValue must be a positive number');
	}
	customFieldValues(store, 'opportunity', body.customFields);
}

const WRITABLE = [
	'name',
	'pipelineId',
	'pipelineStageId',
	'status',
	'contactId',
	'monetaryValue',
	'assignedTo',
	'source',
	'lostReasonId',
];

function apply(store: LocationStore, o: Rec, body: Rec): void {
	const at = store.now();
	const pipeline = pipelines(store).get(String(body.pipelineId ?? o.pipelineId)) as {
		stages: Rec[];
	};
	if (body.pipelineId && body.pipelineId !== o.pipelineId && !body.pipelineStageId)
		body = { ...body, pipelineStageId: pipeline.stages[0]?.id };
	if (!o.pipelineStageId && !body.pipelineStageId)
		body = { ...body, pipelineStageId: pipeline.stages[0]?.id };
	if (body.status !== undefined && body.status !== o.status) o.lastStatusChangeAt = at;
	if (body.pipelineStageId !== undefined && body.pipelineStageId !== o.pipelineStageId)
		o.lastStageChangeAt = at;
	for (const key of WRITABLE) if (body[key] !== undefined) o[key] = body[key];
	// Fields sent are set; the others keep their values. HighLevel reads them back as `{id, fieldValue}`.
	const values = customFieldValues(store, 'opportunity', body.customFields);
	if (values) {
		const merged = new Map(((o.customFields as Rec[]) ?? []).map((f) => [f.id, f]));
		for (const { id, value } of values) merged.set(id, { id, fieldValue: value });
		o.customFields = [...merged.values()];
	}
	o.updatedAt = at;
	o.lastActionDate = at;
}

function create(store: LocationStore, body: Rec): Rec {
	if (typeof body.name !== 'string' || body.name.trim() === '')
		throw unprocessable('name should not be empty');
	if (body.status === 'all')
		throw unprocessable('status must be one of open, won, lost, abandoned');
	checkReferences(store, {}, body);
	const opportunity = addOpportunity(store, {
		pipelineId: body.pipelineId,
		contactId: body.contactId,
	});
	apply(store, opportunity, body);
	return opportunity;
}

function sameContactAndPipeline(store: LocationStore, body: Rec): Rec | undefined {
	return [...opportunities(store).values()].find(
		(o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId,
	);
}

/** `mm-dd-yyyy` → the UTC day's first (or last) millisecond; HighLevel refuses other shapes. */
function day(value: unknown, name: string, end: boolean): number | undefined {
	if (value === undefined || value === '') return undefined;
	const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(String(value));
	const at = m ? Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : NaN;
	if (!m || Number.isNaN(at) || new Date(at).getUTCDate() !== Number(m[2]))
		throw unprocessable(`${name} must be a date in mm-dd-yyyy format`);
	return end ? at + 86_400_000 - 1 : at;
}

const SEARCH_BASE = 'https://services.leadconnectorhq.com/opportunities/search';

function search(call: Call): Rec {
	const q = call.query as Record<string, string>;
	const store = call.location(q.location_id);
	const limit = q.limit === undefined ? 20 : Number(q.limit);
	if (!Number.isInteger(limit) || limit < 1)
		throw unprocessable('limit must be a positive integer');
	if (limit > 100) throw unprocessable('limit must not be greater than 100');
	if ((q.startAfter === undefined) !== (q.startAfterId === undefined))
		throw unprocessable('startAfter and startAfterId go together');
	const from = day(q.date, 'date', false);
	const until = day(q.endDate, 'endDate', true);
	const ascending = q.order === 'added_asc';
	const text = (q.q ?? '').toLowerCase();
	const at = (o: Rec) => Date.parse(String(o.createdAt));
	const hits = [...opportunities(store).values()]
		.map((o) => present(store, o))
		.filter((o) => {
			const contact = (o.contact ?? {}) as Rec;
			if (
				text &&
				![o.name, contact.name, contact.email, contact.phone, contact.companyName].some((v) =>
					String(v ?? '')
						.toLowerCase()
						.includes(text),
				)
			)
				return false;
			if (q.pipeline_id && o.pipelineId !== q.pipeline_id) return false;
			if (q.pipeline_stage_id && o.pipelineStageId !== q.pipeline_stage_id) return false;
			if (q.contact_id && o.contactId !== q.contact_id) return false;
			if (q.assigned_to && o.assignedTo !== q.assigned_to) return false;
			if (q.campaignId && o.campaignId !== q.campaignId) return false;
			if (q.id && o.id !== q.id) return false;
			if (q.status && q.status !== 'all' && o.status !== q.status) return false;
			if (from !== undefined && at(o) < from) return false;
			if (until !== undefined && at(o) > until) return false;
			return true;
		})
		.sort((a, b) => {
			const order = at(a) - at(b) || String(a.id).localeCompare(String(b.id));
			return ascending ? order : -order;
		});
	let start = 0;
	if (q.startAfter !== undefined) {
		const after = Number(q.startAfter);
		if (!Number.isFinite(after))
			throw unprocessable('startAfter must be a timestamp in milliseconds');
		const beyond = (o: Rec) => {
			const order = at(o) - after || String(o.id).localeCompare(q.startAfterId);
			return ascending ? order > 0 : order < 0;
		};
		start = hits.findIndex(beyond);
		if (start === -1) start = hits.length;
	} else if (q.page !== undefined) {
		start = (Math.max(1, Number(q.page)) - 1) * limit;
	}
	const page = hits.slice(start, start + limit);
	const more = start + page.length < hits.length;
	const last = page[page.length - 1];
	const currentPage = Math.floor(start / limit) + 1;
	const meta: Rec = {
		total: hits.length,
		currentPage,
		nextPage: more ? currentPage + 1 : null,
		prevPage: currentPage > 1 ? currentPage - 1 : null,
		startAfter: last ? at(last) : null,
		startAfterId: last ? last.id : null,
		nextPageUrl: null,
	};
	if (more && last) {
		const next = new URLSearchParams({
			...q,
			startAfter: String(at(last)),
			startAfterId: String(last.id),
			page: String(currentPage + 1),
		});
		meta.nextPageUrl = `${SEARCH_BASE}?${next.toString()}`;
	}
	return { opportunities: page, meta };
}

export const OPPORTUNITY_HANDLERS: Record<string, Handler> = {
	'opportunities/get-pipelines': (call) => ({
		body: { pipelines: [...pipelines(call.location(String(call.query.locationId))).values()] },
	}),
	'opportunities/get-lost-reason': (call) => {
		const all = [...lostReasons(call.location(String(call.query.locationId))).values()];
		const skip = Number(call.query.skip ?? 0);
		const limit = Number(call.query.limit ?? 100);
		return { body: { lostReasons: all.slice(skip, skip + limit), total: all.length } };
	},
	'opportunities/search-opportunity': (call) => ({ body: search(call) }),
	'opportunities/create-opportunity': (call) => {
		const store = call.location(String(call.body.locationId));
		if (!duplicatesAllowed.has(store) && sameContactAndPipeline(store, call.body)) {
			throw badRequest('Can not create duplicate opportunity for the contact.');
		}
		return { status: 201, body: { opportunity: present(store, create(store, call.body)) } };
	},
	'opportunities/Upsert-opportunity': (call) => {
		const store = call.location(String(call.body.locationId));
		let existing: Rec | undefined;
		if (call.body.id) {
			existing = opportunities(store).get(String(call.body.id));
			if (!existing)
				throw new HttpError(404, {
					statusCode: 404,
					message: 'Opportunity not found',
					error: 'Not Found',
				});
		} else {
			existing = sameContactAndPipeline(store, call.body);
		}
		if (!existing)
			return {
				status: 201,
				body: { opportunity: present(store, create(store, call.body)), new: true },
			};
		checkReferences(store, existing, call.body);
		apply(store, existing, call.body);
		return { body: { opportunity: present(store, existing), new: false } };
	},
	'opportunities/get-opportunity': (call) => {
		const { store, opportunity } = opportunityOf(call);
		return { body: { opportunity: present(store, opportunity) } };
	},
	'opportunities/update-opportunity': (call) => {
		const { store, opportunity } = opportunityOf(call);
		if (call.body.status === 'all')
			throw unprocessable('status must be one of open, won, lost, abandoned');
		checkReferences(store, opportunity, call.body);
		apply(store, opportunity, call.body);
		return { body: { opportunity: present(store, opportunity) } };
	},
	'opportunities/update-opportunity-status': (call) => {
		const { store, opportunity } = opportunityOf(call);
		if (call.body.status === 'all')
			throw unprocessable('status must be one of open, won, lost, abandoned');
		checkReferences(store, opportunity, { lostReasonId: call.body.lostReasonId });
		apply(store, opportunity, { status: call.body.status, lostReasonId: call.body.lostReasonId });
		return { body: { succeded: true } };
	},
	'opportunities/delete-opportunity': (call) => {
		const { store, opportunity } = opportunityOf(call);
		opportunities(store).delete(String(opportunity.id));
		return { body: { succeded: true } };
	},
	'opportunities/add-followers-opportunity': (call) => {
		const { store, opportunity } = opportunityOf(call);
		const current = (opportunity.followers as string[]) ?? [];
		for (const f of call.body.followers as string[])
			if (!store.users.has(f)) throw badRequest(`User with id ${f} not found`);
		const added = [
			...new Set((call.body.followers as string[]).filter((f) => !current.includes(f))),
		];
		opportunity.followers = [...current, ...added];
		return { status: 201, body: { followers: opportunity.followers, followersAdded: added } };
	},
	'opportunities/remove-followers-opportunity': (call) => {
		const { opportunity } = opportunityOf(call);
		const current = (opportunity.followers as string[]) ?? [];
		const all = call.query.isRemoveAllFollowers === 'true';
		const remove = new Set(all ? current : (call.body.followers as string[]));
		opportunity.followers = current.filter((f) => !remove.has(f));
		return {
			body: {
				followers: opportunity.followers,
				followersRemoved: current.filter((f) => remove.has(f)),
			},
		};
	},
};
