import { newId, type LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { notFound, recordIn, textQuery } from './listing';
import { altStore, checkCurrency, offsetPage, roundMoney, totals } from './money';

type Rec = Record<string, unknown>;

const bad = (message: string) => new HttpError(400, { statusCode: 400, message });

/** `contactDetails.id` names a contact of the sub-account: HighLevel bills contacts it knows. */
function checkContact(store: LocationStore, details: unknown): void {
	const id = (details as Rec | undefined)?.id;
	if (id !== undefined && !store.contacts.has(String(id)))
		throw bad(`Contact ${String(id)} not found`);
}

function checkUser(store: LocationStore, userId: unknown): void {
	if (!store.users.has(String(userId)))
		throw bad(`User ${String(userId)} not found in this location`);
}

/** Invoice numbers are per sub-account, one after another from 1001 unless one is given. */
function numbers(store: LocationStore): Rec {
	const settings = store.collection('invoiceSettings');
	let counters = settings.get('numbers');
	if (!counters) settings.set('numbers', (counters = { invoice: 1001, estimate: 1001 }));
	return counters;
}

function takeNumber(
	store: LocationStore,
	kind: 'invoice' | 'estimate',
	given: unknown,
	taken: Iterable<Rec>,
	field: string,
): number {
	const counters = numbers(store);
	if (given !== undefined && given !== '') {
		const n = Number(given);
		if (!Number.isInteger(n) || n < 1) throw bad(`${field} is not a whole number`);
		for (const doc of taken) if (doc[field] === n) throw bad(`${field} ${n} is already in use`);
		counters[kind] = Math.max(Number(counters[kind]), n + 1);
		return n;
	}
	const n = Number(counters[kind]);
	counters[kind] = n + 1;
	return n;
}

/** Fills the amounts HighLevel computes for an invoice from its items, discount and payments. */
function priceInvoice(store: LocationStore, invoice: Rec): Rec {
	const currency = checkCurrency(invoice.currency);
	const sum = totals(
		store,
		currency,
		invoice.invoiceItems as Rec[],
		invoice.discount as Rec | undefined,
	);
	invoice.total = sum.total;
	invoice.totalSummary = { subTotal: sum.subTotal, discount: sum.discount, tax: sum.tax };
	invoice.amountDue = roundMoney(sum.total - Number(invoice.amountPaid ?? 0), currency);
	return invoice;
}

function invoices(store: LocationStore): Map<string, Rec> {
	return store.collection('invoices');
}

function invoiceOf(call: Call, altId: unknown): { store: LocationStore; invoice: Rec } {
	const store = altStore(call, altId);
	const invoice = invoices(store).get(call.params.invoiceId);
	if (!invoice) throw notFound('Invoice');
	return { store, invoice };
}

/** A new invoice from a create (CreateInvoiceDto) or Text2Pay (Text2PayDto) body. */
function makeInvoice(store: LocationStore, body: Rec): Rec {
	checkContact(store, body.contactDetails);
	const rest = { ...body };
	for (const k of ['items', 'invoiceNumber', 'action', 'userId', 'id', 'includeTermsNote'])
		delete rest[k];
	const now = store.now();
	const invoice: Rec = {
		_id: newId(),
		status: 'draft',
		liveMode: false,
		amountPaid: 0,
		title: 'INVOICE',
		discount: { type: 'percentage', value: 0 },
		automaticTaxesEnabled: false,
		automaticTaxesCalculated: false,
		...rest,
		invoiceItems: body.items,
		invoiceNumber: takeNumber(
			store,
			'invoice',
			body.invoiceNumber,
			invoices(store).values(),
			'invoiceNumber',
		),
		dueDate: body.dueDate ?? body.issueDate,
		createdAt: now,
		updatedAt: now,
	};
	priceInvoice(store, invoice);
	invoices(store).set(String(invoice._id), invoice);
	return invoice;
}

function listInvoices(call: Call): Rec {
	const store = altStore(call, textQuery(call, 'altId'));
	const status = textQuery(call, 'status');
	const contactId = textQuery(call, 'contactId');
	const search = textQuery(call, 'search')?.toLowerCase();
	const mode = textQuery(call, 'paymentMode');
	const startAt = textQuery(call, 'startAt');
	const endAt = textQuery(call, 'endAt');
	const ascending = textQuery(call, 'sortOrder') === 'ascend';
	const hits = [...invoices(store).values()]
		.filter((i) => !status || i.status === status)
		.filter((i) => !contactId || (i.contactDetails as Rec | undefined)?.id === contactId)
		.filter((i) => !mode || mode === 'default' || Boolean(i.liveMode) === (mode === 'live'))
		.filter((i) => !startAt || String(i.issueDate) >= startAt.slice(0, 10))
		.filter((i) => !endAt || String(i.issueDate).slice(0, 10) <= endAt.slice(0, 10))
		.filter(
			(i) =>
				!search ||
				[i.name, String(i.invoiceNumber), (i.contactDetails as Rec | undefined)?.name].some((v) =>
					String(v ?? '')
						.toLowerCase()
						.includes(search),
				),
		)
		.sort((a, b) => {
			const order =
				String(a.issueDate).localeCompare(String(b.issueDate)) ||
				String(a.createdAt).localeCompare(String(b.createdAt)) ||
				String(a._id).localeCompare(String(b._id));
			return ascending ? order : -order;
		});
	return { invoices: offsetPage(hits, call), total: hits.length };
}

/** What may still change: HighLevel refuses to edit, delete or void what has been paid. */
function refuseIfSettled(invoice: Rec, doing: string): void {
	if (invoice.status === 'void') throw bad(`A void invoice cannot be ${doing}`);
	if (invoice.status === 'paid' || invoice.status === 'partially_paid')
		throw bad(`An invoice with payments cannot be ${doing}`);
}

function recordPayment(call: Call): Rec {
	const { store, invoice } = invoiceOf(call, call.body.altId);
	if (invoice.status === 'void') throw bad('A void invoice cannot be paid');
	if (invoice.status === 'paid') throw bad('The invoice is already paid');
	const { mode } = call.body;
	if (mode === 'card' && !call.body.card) throw bad('card is required when mode is card');
	if (mode === 'cheque' && !call.body.cheque) throw bad('cheque is required when mode is cheque');
	const currency = String(invoice.currency);
	const due = Number(invoice.amountDue);
	const amount = call.body.amount === undefined ? due : Number(call.body.amount);
	if (!(amount > 0)) throw bad('amount is not above 0');
	if (roundMoney(amount, currency) !== amount)
		throw bad(`amount has more decimals than ${currency} has`);
	if (amount > due) throw bad(`amount ${amount} is more than the ${due} due`);
	invoice.amountPaid = roundMoney(Number(invoice.amountPaid) + amount, currency);
	invoice.amountDue = roundMoney(due - amount, currency);
	invoice.status = invoice.amountDue === 0 ? 'paid' : 'partially_paid';
	invoice.updatedAt = store.now();
	const payments = (invoice.payments as Rec[] | undefined) ?? [];
	payments.push({
		mode,
		amount,
		notes: call.body.notes,
		fulfilledAt: call.body.fulfilledAt ?? invoice.updatedAt,
	});
	invoice.payments = payments;
	return { success: true, invoice };
}

/** An invoice-like document kept as given, with the amounts HighLevel works out (templates, schedules). */
function document(store: LocationStore, body: Rec, extra: Rec): Rec {
	const currency = checkCurrency(body.currency);
	checkContact(store, body.contactDetails);
	const sum = totals(
		store,
		currency,
		(body.items as Rec[]) ?? [],
		body.discount as Rec | undefined,
	);
	const now = store.now();
	return { _id: newId(), ...body, ...extra, total: sum.total, createdAt: now, updatedAt: now };
}

function docIn(map: Map<string, Rec>, id: string, what: string): Rec {
	return recordIn(map, id, what);
}

/** An update of a document HighLevel replaces whole: the body as given, the total worked out again. */
function replaceDoc(store: LocationStore, doc: Rec, body: Rec): Rec {
	const sum = totals(
		store,
		checkCurrency(body.currency),
		body.items as Rec[],
		body.discount as Rec | undefined,
	);
	return Object.assign(doc, body, { total: sum.total, updatedAt: store.now() });
}

/** Get of a document by the ID in the path (`param`), of the sub-account in the query. */
function docGet(collection: string, param: string, what: string): Handler {
	return (call) => ({
		body: docIn(
			altStore(call, textQuery(call, 'altId')).collection(collection),
			call.params[param],
			what,
		),
	});
}

/** Delete of a document by the ID in the path (`param`), of the sub-account in the query. */
function docDelete(collection: string, param: string, what: string): Handler {
	return (call) => {
		const docs = altStore(call, textQuery(call, 'altId')).collection(collection);
		docIn(docs, call.params[param], what);
		docs.delete(call.params[param]);
		return { body: { success: true } };
	};
}

function listOf(call: Call, name: string, extra: (doc: Rec) => boolean = () => true): Rec[] {
	const store = altStore(call, textQuery(call, 'altId'));
	const search = textQuery(call, 'search')?.toLowerCase();
	return [...store.collection(name).values()]
		.filter((d) => !search || String(d.name).toLowerCase().includes(search))
		.filter(extra)
		.sort(
			(a, b) =>
				String(b.createdAt).localeCompare(String(a.createdAt)) ||
				String(b._id).localeCompare(String(a._id)),
		);
}

const TEMPLATES = 'invoiceTemplates';
const SCHEDULES = 'invoiceSchedules';
const ESTIMATES = 'estimates';

function estimateOf(call: Call, altId: unknown): { store: LocationStore; estimate: Rec } {
	const store = altStore(call, altId);
	return {
		store,
		estimate: docIn(store.collection(ESTIMATES), call.params.estimateId, 'Estimate'),
	};
}

/** Invoices, their templates, schedules and estimates (invoices.json): lists page with offset + limit, both required. */
export const INVOICE_HANDLERS: Record<string, Handler> = {
	'invoices/create-invoice': (call) => ({
		body: makeInvoice(altStore(call, call.body.altId), call.body),
	}),
	'invoices/text2pay-invoice': (call) => {
		const store = altStore(call, call.body.altId);
		checkUser(store, call.body.userId);
		let invoice: Rec;
		if (call.body.id !== undefined) {
			invoice = docIn(invoices(store), String(call.body.id), 'Invoice');
			refuseIfSettled(invoice, 'changed');
			const rest = { ...call.body };
			for (const k of ['id', 'items', 'action', 'userId', 'includeTermsNote', 'invoiceNumber'])
				delete rest[k];
			Object.assign(invoice, rest, { invoiceItems: call.body.items, updatedAt: store.now() });
			priceInvoice(store, invoice);
		} else {
			invoice = makeInvoice(store, call.body);
		}
		if (call.body.action === 'send') invoice.status = 'sent';
		return {
			body: { invoice, invoiceUrl: `https://link.example.com/invoice/${String(invoice._id)}` },
		};
	},
	'invoices/get-invoice': (call) => ({ body: invoiceOf(call, textQuery(call, 'altId')).invoice }),
	'invoices/list-invoices': (call) => ({ body: listInvoices(call) }),
	'invoices/update-invoice': (call) => {
		const { store, invoice } = invoiceOf(call, call.body.altId);
		refuseIfSettled(invoice, 'changed');
		checkContact(store, call.body.contactDetails);
		const rest = { ...call.body };
		delete rest.invoiceNumber;
		const others = [...invoices(store).values()].filter((i) => i !== invoice);
		const number =
			call.body.invoiceNumber === undefined
				? invoice.invoiceNumber
				: takeNumber(store, 'invoice', call.body.invoiceNumber, others, 'invoiceNumber');
		Object.assign(invoice, rest, { invoiceNumber: number, updatedAt: store.now() });
		return { body: priceInvoice(store, invoice) };
	},
	'invoices/delete-invoice': (call) => {
		const { store, invoice } = invoiceOf(call, textQuery(call, 'altId'));
		if (invoice.status === 'paid' || invoice.status === 'partially_paid')
			throw bad('An invoice with payments cannot be deleted');
		invoices(store).delete(String(invoice._id));
		return { body: invoice };
	},
	'invoices/send-invoice': (call) => {
		const { store, invoice } = invoiceOf(call, call.body.altId);
		if (invoice.status === 'void') throw bad('A void invoice cannot be sent');
		checkUser(store, call.body.userId);
		if (invoice.status === 'draft') invoice.status = 'sent';
		invoice.liveMode = call.body.liveMode;
		invoice.updatedAt = store.now();
		const action = String(call.body.action);
		const email = action === 'email' || action === 'sms_and_email';
		const sms = action === 'sms' || action === 'sms_and_email';
		return {
			body: { invoice, smsData: sms ? { sent: true } : {}, emailData: email ? { sent: true } : {} },
		};
	},
	'invoices/void-invoice': (call) => {
		const { store, invoice } = invoiceOf(call, call.body.altId);
		refuseIfSettled(invoice, 'voided');
		invoice.status = 'void';
		invoice.updatedAt = store.now();
		return { body: invoice };
	},
	'invoices/record-invoice': (call) => ({ body: recordPayment(call) }),
	'invoices/generate-invoice-number': (call) => {
		const store = altStore(call, textQuery(call, 'altId'));
		return { body: { invoiceNumber: Number(numbers(store).invoice) } };
	},

	'invoices/create-invoice-template': (call) => {
		const store = altStore(call, call.body.altId);
		const template = document(store, call.body, {});
		store.collection(TEMPLATES).set(String(template._id), template);
		return { body: template };
	},
	'invoices/get-invoice-template': docGet(TEMPLATES, 'templateId', 'Template'),
	'invoices/list-invoice-templates': (call) => {
		const hits = listOf(call, TEMPLATES);
		return { body: { data: offsetPage(hits, call), totalCount: hits.length } };
	},
	'invoices/update-invoice-template': (call) => {
		const store = altStore(call, call.body.altId);
		const template = docIn(store.collection(TEMPLATES), call.params.templateId, 'Template');
		return { body: replaceDoc(store, template, call.body) };
	},
	'invoices/delete-invoice-template': docDelete(TEMPLATES, 'templateId', 'Template'),

	'invoices/create-invoice-schedule': (call) => {
		const store = altStore(call, call.body.altId);
		const schedule = document(store, call.body, {
			status: 'draft',
			invoices: [],
			compiledTermsNotes: call.body.termsNotes ?? '',
			termsNotes: call.body.termsNotes ?? '',
			title: call.body.title ?? 'INVOICE',
		});
		store.collection(SCHEDULES).set(String(schedule._id), schedule);
		return { body: schedule };
	},
	'invoices/get-invoice-schedule': docGet(SCHEDULES, 'scheduleId', 'Schedule'),
	'invoices/list-invoice-schedules': (call) => {
		const status = textQuery(call, 'status');
		const hits = listOf(call, SCHEDULES, (s) => !status || s.status === status);
		return { body: { schedules: offsetPage(hits, call), total: hits.length } };
	},
	'invoices/update-invoice-schedule': (call) => {
		const store = altStore(call, call.body.altId);
		const schedule = docIn(store.collection(SCHEDULES), call.params.scheduleId, 'Schedule');
		if (schedule.status === 'cancelled') throw bad('A cancelled schedule cannot be changed');
		checkContact(store, call.body.contactDetails);
		return { body: replaceDoc(store, schedule, call.body) };
	},
	'invoices/delete-invoice-schedule': docDelete(SCHEDULES, 'scheduleId', 'Schedule'),
	'invoices/schedule-invoice-schedule': (call) => {
		const store = altStore(call, call.body.altId);
		const schedule = docIn(store.collection(SCHEDULES), call.params.scheduleId, 'Schedule');
		if (schedule.status === 'cancelled') throw bad('A cancelled schedule cannot be scheduled');
		Object.assign(schedule, {
			status: 'active',
			liveMode: call.body.liveMode,
			updatedAt: store.now(),
		});
		return { body: schedule };
	},
	'invoices/cancel-invoice-schedule': (call) => {
		const store = altStore(call, call.body.altId);
		const schedule = docIn(store.collection(SCHEDULES), call.params.scheduleId, 'Schedule');
		if (schedule.status === 'cancelled') throw bad('The schedule is already cancelled');
		Object.assign(schedule, { status: 'cancelled', updatedAt: store.now() });
		return { body: schedule };
	},

	'invoices/create-new-estimate': (call) => {
		const store = altStore(call, call.body.altId);
		const estimates = store.collection(ESTIMATES);
		const rest = { ...call.body };
		delete rest.sendEstimateDetails;
		const estimate = document(store, rest, {
			liveMode: call.body.liveMode ?? true,
			deleted: false,
			estimateStatus: call.body.sendEstimateDetails ? 'sent' : 'draft',
			estimateNumber: takeNumber(
				store,
				'estimate',
				call.body.estimateNumber,
				estimates.values(),
				'estimateNumber',
			),
			discount: call.body.discount,
			__v: 0,
			companyId: 'company_test_0001',
			automaticTaxesEnabled: call.body.automaticTaxesEnabled ?? false,
			automaticTaxesCalculated: false,
			issueDate: call.body.issueDate ?? new Date().toISOString().slice(0, 10),
			expiryDate:
				call.body.expiryDate ?? call.body.issueDate ?? new Date().toISOString().slice(0, 10),
			meta: call.body.meta ?? {},
			estimateActionHistory: [],
			sentTo: call.body.sentTo ?? { email: [] },
			lastVisitedAt: null,
			totalamountInUSD: 0,
			traceId: newId(),
		});
		estimates.set(String(estimate._id), estimate);
		return { status: 201, body: estimate };
	},
	'invoices/list-estimates': (call) => {
		const status = textQuery(call, 'status');
		const contactId = textQuery(call, 'contactId');
		const hits = listOf(
			call,
			ESTIMATES,
			(e) =>
				(!status || status === 'all' || e.estimateStatus === status) &&
				(!contactId || (e.contactDetails as Rec | undefined)?.id === contactId),
		);
		return { body: { estimates: offsetPage(hits, call), total: hits.length, traceId: newId() } };
	},
	'invoices/update-estimate': (call) => {
		const { store, estimate } = estimateOf(call, call.body.altId);
		if (estimate.estimateStatus === 'invoiced') throw bad('An invoiced estimate cannot be changed');
		checkContact(store, call.body.contactDetails);
		const rest = { ...call.body };
		delete rest.estimateStatus;
		return { body: replaceDoc(store, estimate, rest) };
	},
	'invoices/delete-estimate': (call) => {
		const { store, estimate } = estimateOf(call, call.body.altId);
		store.collection(ESTIMATES).delete(String(estimate._id));
		return { body: { ...estimate, deleted: true } };
	},
	'invoices/send-estimate': (call) => {
		const { store, estimate } = estimateOf(call, call.body.altId);
		checkUser(store, call.body.userId);
		if (estimate.estimateStatus === 'invoiced') throw bad('An invoiced estimate cannot be sent');
		Object.assign(estimate, {
			estimateStatus: 'sent',
			liveMode: call.body.liveMode,
			updatedAt: store.now(),
		});
		return { status: 201, body: estimate };
	},
	'invoices/create-invoice-from-estimate': (call) => {
		const { store, estimate } = estimateOf(call, call.body.altId);
		if (estimate.estimateStatus === 'invoiced') throw bad('The estimate has already been invoiced');
		const invoice = makeInvoice(store, {
			altId: store.id,
			altType: 'location',
			name: estimate.name,
			currency: estimate.currency,
			businessDetails: estimate.businessDetails,
			contactDetails: estimate.contactDetails,
			discount: estimate.discount,
			items: estimate.items,
			issueDate: new Date().toISOString().slice(0, 10),
			liveMode: estimate.liveMode,
			sentTo: estimate.sentTo,
		});
		if (call.body.markAsInvoiced) estimate.estimateStatus = 'invoiced';
		estimate.updatedAt = store.now();
		return { body: { estimate, invoice } };
	},
};
