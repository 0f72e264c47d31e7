import type { IDataObject } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import { getMany, pageLimitPager } from '../transport/paginate';
import type { ApiRequest } from '../transport/request';
import {
	DAY_MS,
	millisOf,
	readWhile,
	type EventSource,
	type FilterName,
	type PollFilters,
} from './source';

/** forms.json and surveys.json: "will allow maximum up to 100". */
const PAGE_SIZE = 100;
const YEAR_MS = 366 * DAY_MS;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Form and survey submissions: `page` + `limit`, newest first, between two whole days
 * (`startAt`, `endAt`). A poll asks from the day before the position to the day after today,
 * which covers HighLevel's day boundaries in any time zone, and stops paging once a page
 * reaches back past the position.
 */
function submissionSource(operation: OperationKey, filter: FilterName, param: string): EventSource {
	const timeOf = (record: IDataObject) => millisOf(record.createdAt);
	const request = (locationId: string, filters: PollFilters, from: number): ApiRequest => {
		const qs: IDataObject = { locationId, startAt: day(from), endAt: day(Date.now() + DAY_MS) };
		if (filters[filter]) qs[param] = filters[filter];
		return { operation, qs, locationId };
	};
	return {
		operations: [operation],
		filters: [filter],
		timeOf,
		async read(ctx, query, since) {
			const pager = pageLimitPager(
				request(query.locationId, query.filters, since - DAY_MS),
				'submissions',
				PAGE_SIZE,
			);
			return await readWhile(ctx, { returnAll: true, limit: 0 }, pager, (items) => {
				const oldest = timeOf(items[items.length - 1]);
				return oldest === undefined || oldest >= since;
			});
		},
		async newest(ctx, query) {
			const pager = pageLimitPager(
				request(query.locationId, query.filters, Date.now() - YEAR_MS),
				'submissions',
				PAGE_SIZE,
			);
			const [latest] = await getMany(ctx, { returnAll: false, limit: 1 }, pager);
			return latest;
		},
	};
}

export const newFormSubmission = submissionSource(
	'forms/get-forms-submissions',
	'formId',
	'formId',
);
export const newSurveySubmission = submissionSource(
	'surveys/get-surveys-submissions',
	'surveyId',
	'surveyId',
);
