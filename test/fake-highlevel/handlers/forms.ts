import type { Call, Handler } from './framework';
import { intQuery, textQuery, unprocessable } from './listing';

type Rec = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → the first millisecond of that day (UTC). */
function day(call: Call, name: string, fallback: Date): number {
	const value = textQuery(call, name);
	if (value === undefined) return Date.UTC(fallback.getUTCFullYear(), fallback.getUTCMonth(), fallback.getUTCDate());
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw unprocessable(`${name} must be a date as YYYY-MM-DD`);
	return Date.parse(`${value}T00:00:00Z`);
}

/**
 * Form and survey submissions (`collection` in the store, filtered by the `idParam` query),
 * newest first, between two whole days.
 */
export function submissions(call: Call, collection = 'formSubmissions', idParam = 'formId'): Rec {
	const store = call.location(String(textQuery(call, 'locationId')));
	const page = intQuery(call, 'page', 1, { min: 1 });
	const limit = intQuery(call, 'limit', 20, { min: 1, max: 100 });
	const formId = textQuery(call, idParam);
	const q = textQuery(call, 'q')?.toLowerCase();
	// Without dates HighLevel answers for the last month: from this day a month ago to today.
	const today = new Date();
	const monthAgo = new Date(today);
	monthAgo.setUTCMonth(monthAgo.getUTCMonth() - 1);
	const from = day(call, 'startAt', monthAgo);
	const to = day(call, 'endAt', today) + DAY_MS;
	const hits = [...store.collection(collection).values()]
		.filter((s) => !formId || s[idParam] === formId)
		.filter((s) => {
			const at = Date.parse(String(s.createdAt));
			return at >= from && at < to;
		})
		.filter((s) => {
			if (!q) return true;
			const others = (s.others ?? {}) as Rec;
			return [s.contactId, s.name, s.email, others.phone].some((v) => String(v ?? '').toLowerCase().includes(q));
		})
		.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || String(b.id).localeCompare(String(a.id)));
	const pages = Math.ceil(hits.length / limit);
	return {
		submissions: hits.slice((page - 1) * limit, page * limit),
		meta: {
			total: hits.length,
			currentPage: page,
			nextPage: page < pages ? page + 1 : null,
			prevPage: page > 1 ? page - 1 : null,
		},
	};
}

/** Forms (forms.json): forms page with skip + limit (≤ 50), submissions with page + limit (≤ 100). */
export const FORM_HANDLERS: Record<string, Handler> = {
	'forms/get-forms': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1, max: 50 });
		const forms = [...store.collection('forms').values()];
		return { body: { forms: forms.slice(skip, skip + limit), total: forms.length } };
	},
	'forms/get-forms-submissions': (call) => ({ body: submissions(call) }),
};
