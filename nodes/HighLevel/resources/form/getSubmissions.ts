import { submissionsOperation } from '../../shared/submissions';

export const getSubmissions = submissionsOperation({
	many: 'form submissions',
	description: 'List form submissions, by default those of the last month',
	call: 'forms/get-forms-submissions',
	id: { name: 'formId', displayName: 'Form Name or ID', loadOptionsMethod: 'getForms' },
});
