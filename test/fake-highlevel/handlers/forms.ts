import type { Call, Handler } from './framework';
import { intQuery, pageWithMeta, submittedWithin, textQuery } from './listing';

type Rec = Record<string, unknown>;

function submissions(call: Call): Rec {
	const store = call.location(String(textQuery(call, 'locationId')));
	const page = intQuery(call, 'page', 1, { min: 1 });
	const limit = intQuery(call, 'limit', 20, { min: 1, max: 100 });
	const formId = textQuery(call, 'formId');
	const q = textQuery(call, 'q')?.toLowerCase();
	const hits = [...store.collection('formSubmissions').values()]
		.filter((s) => !formId || s.formId === formId)
		.filter(submittedWithin(call))
		.filter((s) => {
			if (!q) return true;
			const others = (s.others ?? {}) as Rec;
			return [s.contactId, s.name, s.email, others.phone].some((v) => String(v ?? '').toLowerCase().includes(q));
		})
		.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || String(b.id).localeCompare(String(a.id)));
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
