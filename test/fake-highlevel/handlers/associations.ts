import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, notFound, storeOf, textQuery } from './listing';

type Rec = Record<string, unknown>;

const bad = (message: string) => new HttpError(400, { statusCode: 400, message });

const ASSOCIATIONS = 'associations';
const RELATIONS = 'relations';

/** The association every sub-account has: a contact and the company (business) it works for. */
function systemAssociations(store: LocationStore): Rec[] {
	return [
		{
			locationId: store.id,
			id: 'system_contact_business',
			key: 'contact_business',
			firstObjectLabel: 'Contact',
			firstObjectKey: 'contact',
			secondObjectLabel: 'Company',
			secondObjectKey: 'business',
			associationType: 'SYSTEM_DEFINED',
		},
	];
}

function all(store: LocationStore): Rec[] {
	return [...systemAssociations(store), ...store.collection(ASSOCIATIONS).values()];
}

function associationOf(store: LocationStore, id: string): Rec {
	const found = all(store).find((a) => a.id === id);
	if (!found) throw notFound('Association');
	return found;
}

/** Object keys an association may link: the standard objects and the sub-account's custom objects. */
function knownObject(store: LocationStore, key: unknown): boolean {
	if (key === 'contact' || key === 'opportunity' || key === 'business') return true;
	return [...store.collection('objectSchemas').values()].some((s) => s.key === key);
}

/** Where a record of an object lives, to check that a relation links records that exist. */
function recordExists(store: LocationStore, objectKey: string, id: string): boolean {
	if (objectKey === 'contact') return store.contacts.has(id);
	if (objectKey === 'opportunity') return store.collection('opportunities').has(id);
	if (objectKey === 'business') return store.collection('businesses').has(id);
	return store.collection(`objectRecords:${objectKey}`).has(id);
}

export function addAssociation(
	store: LocationStore,
	a: {
		key: string;
		firstObjectKey: string;
		firstObjectLabel: string;
		secondObjectKey: string;
		secondObjectLabel: string;
	},
): Rec {
	if (all(store).some((x) => x.key === a.key))
		throw bad(`An association with the key ${a.key} already exists`);
	for (const k of [a.firstObjectKey, a.secondObjectKey])
		if (!knownObject(store, k)) throw bad(`Unknown object ${k}`);
	const association = { locationId: store.id, id: newId(), ...a, associationType: 'USER_DEFINED' };
	store.collection(ASSOCIATIONS).set(association.id, association);
	return association;
}

/**
 * How the relations list answers, which HighLevel does not document (the spec types it as one
 * association): with `total` counting every match (what is seen), or with no total at all, when
 * only a short or an empty page tells the end.
 */
export type RelationListStyle = 'total' | 'noTotal';
const relationListStyles = new WeakMap<LocationStore, RelationListStyle>();

export function setRelationListStyle(store: LocationStore, style: RelationListStyle): void {
	relationListStyles.set(store, style);
}

function page<T>(list: T[], call: Call): T[] {
	const skip = intQuery(call, 'skip', 0);
	const limit = intQuery(call, 'limit', 10, { min: 1, max: 100 });
	return list.slice(skip, skip + limit);
}

/**
 * Associations between objects and the relations linking two records (associations.json). The
 * spec types every answer as one association; the lists answer `{associations|relations, total}`.
 */
export const ASSOCIATION_HANDLERS: Record<string, Handler> = {
	'associations/find-associations': (call) => {
		const list = all(call.location(String(textQuery(call, 'locationId'))));
		return { body: { associations: page(list, call), total: list.length, traceId: newId() } };
	},
	'associations/get-association-by-ID': (call) => ({
		body: associationOf(storeOf(call), call.params.associationId),
	}),
	'associations/get-association-key-by-key-name': (call) => {
		const found = all(call.location(String(textQuery(call, 'locationId')))).find(
			(a) => a.key === call.params.key_name,
		);
		if (!found) throw notFound('Association');
		return { body: found };
	},
	'associations/get-association-by-object-keys': (call) => {
		const store = storeOf(call);
		const key = call.params.objectKey;
		return {
			body: {
				associations: all(store).filter(
					(a) => a.firstObjectKey === key || a.secondObjectKey === key,
				),
			},
		};
	},
	'associations/create-association': (call) => {
		const store = call.location(String(call.body.locationId));
		const b = call.body as Record<string, string>;
		const association = addAssociation(store, {
			key: b.key,
			firstObjectKey: b.firstObjectKey,
			firstObjectLabel: b.firstObjectLabel,
			secondObjectKey: b.secondObjectKey,
			secondObjectLabel: b.secondObjectLabel,
		});
		return { status: 201, body: association };
	},
	'associations/update-association': (call) => {
		const store = storeOf(call);
		const association = associationOf(store, call.params.associationId);
		if (association.associationType === 'SYSTEM_DEFINED')
			throw bad('A system association cannot be changed');
		Object.assign(association, {
			firstObjectLabel: call.body.firstObjectLabel,
			secondObjectLabel: call.body.secondObjectLabel,
		});
		return { body: association };
	},
	'associations/delete-association': (call) => {
		const store = storeOf(call);
		const association = associationOf(store, call.params.associationId);
		if (association.associationType === 'SYSTEM_DEFINED')
			throw bad('A system association cannot be deleted');
		store.collection(ASSOCIATIONS).delete(String(association.id));
		for (const [id, r] of store.collection(RELATIONS))
			if (r.associationId === association.id) store.collection(RELATIONS).delete(id);
		return {
			body: { deleted: true, id: association.id, message: 'Association deleted successfully' },
		};
	},
	'associations/create-relation': (call) => {
		const store = call.location(String(call.body.locationId));
		const association = associationOf(store, String(call.body.associationId));
		const first = String(call.body.firstRecordId);
		const second = String(call.body.secondRecordId);
		if (!recordExists(store, String(association.firstObjectKey), first))
			throw bad(`No ${String(association.firstObjectKey)} record ${first}`);
		if (!recordExists(store, String(association.secondObjectKey), second))
			throw bad(`No ${String(association.secondObjectKey)} record ${second}`);
		const relations = store.collection(RELATIONS);
		if (
			[...relations.values()].some(
				(r) =>
					r.associationId === association.id &&
					r.firstRecordId === first &&
					r.secondRecordId === second,
			)
		) {
			throw bad('These records are already related by this association');
		}
		const relation = {
			id: newId(),
			locationId: store.id,
			associationId: association.id,
			firstRecordId: first,
			secondRecordId: second,
			createdAt: store.now(),
		};
		relations.set(relation.id, relation);
		return { status: 201, body: relation };
	},
	'associations/get-relations-by-record-id': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const only = textQuery(call, 'associationIds')?.split(',');
		const id = call.params.recordId;
		const list = [...store.collection(RELATIONS).values()].filter(
			(r) =>
				(r.firstRecordId === id || r.secondRecordId === id) &&
				(!only || only.includes(String(r.associationId))),
		);
		const relations = page(list, call);
		return {
			body:
				relationListStyles.get(store) === 'noTotal'
					? { relations }
					: { relations, total: list.length },
		};
	},
	'associations/delete-relation': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const relation = store.collection(RELATIONS).get(call.params.relationId);
		if (!relation) throw notFound('Relation');
		store.collection(RELATIONS).delete(call.params.relationId);
		return { body: relation };
	},
};
