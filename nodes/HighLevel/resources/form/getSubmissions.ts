import type { IDataObject } from 'n8n-workflow';
import { pageLimitPager } from '../../transport/paginate';
import * as validate from '../../shared/validate';
import { getManyOperation } from '../../shared/getMany';

/** forms.json: "will allow maximum up to 100". */
const PAGE_SIZE = 100;

export const getSubmissions = getManyOperation({
	many: 'form submissions',
	value: 'getAllSubmissions',
	name: 'Get Many Submissions',
	description: 'List form submissions, by default those of the last month',
	calls: ['forms/get-forms-submissions'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Form Name or ID',
					name: 'formId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getForms', loadOptionsDependsOn: ['locationId'] },
					default: '',
					description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Search Text',
					name: 'q',
					type: 'string',
					default: '',
					description: 'Only submissions whose contact ID, name, email or phone contains this text',
				},
				{
					displayName: 'Submitted After',
					name: 'startAt',
					type: 'dateTime',
					default: '',
					description: 'Only submissions on or after this day. Without it HighLevel starts at the same day last month.',
				},
				{
					displayName: 'Submitted Before',
					name: 'endAt',
					type: 'dateTime',
					default: '',
					description: 'Only submissions on or before this day. Without it HighLevel ends today.',
				},
			],
		},
	],
	async pager(itemIndex, { filters, location }) {
		const locationId = await location();
		const qs: IDataObject = { locationId };
		if (filters.formId) qs.formId = validate.id(this, itemIndex, 'Form', filters.formId);
		if (filters.q) {
			const q = validate.text(this, itemIndex, 'Search Text', filters.q, 200);
			if (q) qs.q = q;
		}
		// HighLevel takes whole days (YYYY-MM-DD), both ends included.
		if (filters.startAt) qs.startAt = validate.isoDate(this, itemIndex, 'Submitted After', filters.startAt).slice(0, 10);
		if (filters.endAt) qs.endAt = validate.isoDate(this, itemIndex, 'Submitted Before', filters.endAt).slice(0, 10);
		if (qs.startAt && qs.endAt && (qs.startAt as string) > (qs.endAt as string)) {
			throw validate.inputError(this, itemIndex, 'Submitted Before', `a day on or after 'Submitted After' (${qs.startAt as string})`, qs.endAt);
		}
		return pageLimitPager({ operation: 'forms/get-forms-submissions', qs, itemIndex, locationId }, 'submissions', PAGE_SIZE);
	},
});
