import type { IDataObject } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { pageLimitPager } from '../transport/paginate';
import { getManyOperation } from './getMany';
import type { OperationDefinition } from './types';
import * as validate from './validate';
import { labelOf, readId, readText, readWith, refuse } from './read';

/** forms.json and surveys.json: "will allow maximum up to 100". */
const PAGE_SIZE = 100;

/**
 * Get Many Submissions of forms or surveys: the same list (page + limit, `meta`), the same filters
 * (the form or survey, text, whole days from–to), each by its own endpoint and ID parameter.
 */
export function submissionsOperation(spec: {
	many: string;
	description: string;
	call: OperationKey;
	/** The form's or survey's ID as the query names it, its label and its dropdown. */
	id: { name: string; displayName: string; loadOptionsMethod: string };
}): OperationDefinition {
	return getManyOperation({
		many: spec.many,
		value: 'getAllSubmissions',
		name: 'Get Many Submissions',
		description: spec.description,
		calls: [spec.call],
		properties: [
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					{
						displayName: spec.id.displayName,
						name: spec.id.name,
						type: 'options',
						typeOptions: {
							loadOptionsMethod: spec.id.loadOptionsMethod,
							loadOptionsDependsOn: ['locationId'],
						},
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Search Text',
						name: 'q',
						type: 'string',
						default: '',
						description:
							'Only submissions whose contact ID, name, email or phone contains this text',
					},
					{
						displayName: 'Submitted After',
						name: 'startAt',
						type: 'dateTime',
						default: '',
						description:
							'Only submissions on or after this day. Without it HighLevel starts at the same day last month.',
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
		async pager(itemIndex, { filters, filter, location }) {
			const locationId = await location();
			const qs: IDataObject = { locationId };
			if (filters[spec.id.name]) qs[spec.id.name] = readId(this, itemIndex, filter(spec.id.name));
			if (filters.q) {
				const q = readText(this, itemIndex, filter('q'), 200);
				if (q) qs.q = q;
			}
			// HighLevel takes whole days (YYYY-MM-DD), both ends included.
			if (filters.startAt)
				qs.startAt = readWith(this, itemIndex, filter('startAt'), validate.isoDate).slice(0, 10);
			if (filters.endAt)
				qs.endAt = readWith(this, itemIndex, filter('endAt'), validate.isoDate).slice(0, 10);
			if (qs.startAt && qs.endAt && (qs.startAt as string) > (qs.endAt as string)) {
				throw refuse(
					this,
					itemIndex,
					filter('endAt'),
					`a day on or after '${labelOf(filter('startAt'))}' (${qs.startAt as string})`,
					qs.endAt,
				);
			}
			return pageLimitPager(
				{ operation: spec.call, qs, itemIndex, locationId },
				'submissions',
				PAGE_SIZE,
			);
		},
	});
}
