import { getManyOperation } from '../../shared/getMany';
import { surveysPager } from '../../shared/lists';
import { submissionsOperation } from '../../shared/submissions';
import type { ResourceDefinition } from '../../shared/types';

const getAll = getManyOperation({
	many: 'surveys',
	description: 'List the sub-account’s surveys with their IDs',
	calls: ['surveys/get-surveys'],
	async pager(itemIndex, { location }) {
		return surveysPager(await location(), itemIndex);
	},
});

const getSubmissions = submissionsOperation({
	many: 'survey submissions',
	description:
		'List survey submissions (contact, answers, when), by default those of the last month',
	call: 'surveys/get-surveys-submissions',
	id: { name: 'surveyId', displayName: 'Survey Name or ID', loadOptionsMethod: 'getSurveys' },
});

/** Surveys and their submissions (surveys.json). */
export const survey: ResourceDefinition = {
	value: 'survey',
	name: 'Survey',
	description: 'The surveys of a sub-account and what contacts submitted',
	defaultOperation: getSubmissions.value,
	operations: [getAll, getSubmissions],
};
