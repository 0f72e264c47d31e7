import type { Handler } from './framework';
import { submissions } from './forms';

/** Surveys (surveys.json): submissions work as form submissions do, filtered by `surveyId`. */
export const SURVEY_HANDLERS: Record<string, Handler> = {
	'surveys/get-surveys-submissions': (call) => ({ body: submissions(call, 'surveySubmissions', 'surveyId') }),
};
