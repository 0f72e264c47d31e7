import { newId, type LocationStore } from '../store';
import type { Handler } from './framework';
import { intQuery, notFound, textQuery } from './listing';

type Rec = Record<string, unknown>;

/**
 * A document or contract as `GET /proposals/document` lists it (DocumentDto): `status` and
 * `paymentStatus` are lists, each recipient a contact; `documentId` is what Send takes.
 */
export function addDocument(
	store: LocationStore,
	fields: {
		name: string;
		recipients?: Rec[];
		status?: string;
		paymentStatus?: string;
		amount?: number;
	},
): Rec {
	const documentId = newId();
	const now = store.now();
	const document = {
		_id: newId(),
		documentId,
		locationId: store.id,
		name: fields.name,
		type: 'proposal',
		deleted: false,
		isExpired: false,
		documentRevision: 1,
		fillableFields: [],
		grandTotal: {
			amount: fields.amount ?? 0,
			currency: 'USD',
			discountPercentage: 0,
			discounts: [],
		},
		locale: 'en-US',
		status: [fields.status ?? 'draft'],
		paymentStatus: [fields.paymentStatus ?? 'no_payment'],
		recipients: (fields.recipients ?? []).map((r, i) => ({
			role: 'signer',
			hasCompleted: false,
			isPrimary: i === 0,
			signingOrder: i + 1,
			...r,
		})),
		links: [],
		createdAt: now,
		updatedAt: now,
	};
	store.collection('documents').set(documentId, document);
	return document;
}

const listOf = (call: Parameters<Handler>[0], name: string) =>
	(textQuery(call, name) ?? '').split(',').filter(Boolean);

/** Documents and contracts (proposals.json): skip + limit with `total`; Send makes a signing link per recipient. */
export const PROPOSAL_HANDLERS: Record<string, Handler> = {
	'proposals/list-documents-contracts': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1 });
		const statuses = listOf(call, 'status');
		const payments = listOf(call, 'paymentStatus');
		const text = textQuery(call, 'query')?.toLowerCase();
		const from = textQuery(call, 'dateFrom');
		const to = textQuery(call, 'dateTo');
		const matching = [...store.collection('documents').values()].filter(
			(d) =>
				(!statuses.length || (d.status as string[]).some((s) => statuses.includes(s))) &&
				(!payments.length || (d.paymentStatus as string[]).some((s) => payments.includes(s))) &&
				(!text || String(d.name).toLowerCase().includes(text)) &&
				(!from || !to || (String(d.createdAt) >= from && String(d.createdAt) <= to)),
		);
		return {
			body: {
				documents: matching.slice(skip, skip + limit),
				total: matching.length,
				whiteLabelBaseUrl: '',
				whiteLabelBaseUrlForInvoice: '',
			},
		};
	},
	'proposals/send-documents-contracts': (call) => {
		const store = call.location(String(call.body.locationId));
		const document = store.collection('documents').get(String(call.body.documentId));
		if (!document) throw notFound('Document');
		if (!store.users.has(String(call.body.sentBy))) throw notFound('User');
		document.status = ['sent'];
		document.updatedAt = store.now();
		const links = (document.recipients as Rec[]).map((recipient) => ({
			referenceId: newId(),
			documentId: document.documentId,
			recipientId: recipient.id,
			entityName: 'contacts',
			recipientCategory: 'recipient',
			documentRevision: document.documentRevision,
			createdBy: call.body.sentBy,
			deleted: false,
		}));
		document.links = links;
		return { body: { success: true, links } };
	},
};
