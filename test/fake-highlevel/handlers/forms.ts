import type { Call, Handler } from './framework';
import { intQuery, pageWithMeta, submittedWithin, textQuery } from './listing';

type Rec = Record<string, unknown>;

/**
 * Form and survey submissions (`collection` in the store, filtered by the `idParam` query),
 * newest first, between two whole days.
 */
export function submissions(call: Call, collection = 'formSubmissions', idParam = 'formId'): Rec {
	const store = call.location(String(textQuery(call, 'locationId')));
	const page = intQuery(call, 'page', 1, { min: 1 });
	const limit = intQuery(call, 'limit', 20, { min: 1, max: 100 });
	const id = textQuery(call, idParam);
	const q = textQuery(call, 'q')?.toLowerCase();
	const hits = [...store.collection(collection).values()]
		.filter((s) => !id || s[idParam] === id)
		.filter(submittedWithin(call))
		.filter((s) => {
			if (!q) return true;
			const others = (s.others ?? {}) as Rec;
			return [s.contactId, s.name, s.email, others.phone].some((v) =>
				String(v ?? '')
					.toLowerCase()
					.includes(q),
			);
		})
		.sort(
			(a, b) =>
				String(b.createdAt).localeCompare(String(a.createdAt)) ||
				String(b.id).localeCompare(String(a.id)),
		);
	const { items, meta } = pageWithMeta(hits, page, limit);
	return { submissions: items, meta };
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
