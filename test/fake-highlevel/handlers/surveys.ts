import type { LocationStore } from '../store';
import { newId } from '../store';
import type { Handler } from './framework';
import { submissions as submissionsPage } from './forms';
import { intQuery, textQuery } from './listing';

type Rec = Record<string, unknown>;

const surveys = (store: LocationStore) => store.collection('surveys');
const surveySubmissions = (store: LocationStore) => store.collection('surveySubmissions');

export function addSurvey(store: LocationStore, name: string): Rec {
	const survey = { id: newId(), name, locationId: store.id };
	surveys(store).set(survey.id, survey);
	return survey;
}

/** A submission of a survey by a contact, `createdAt` an ISO date (default: now). */
export function addSurveySubmission(
	store: LocationStore,
	survey: Rec,
	contact: Rec,
	createdAt = new Date().toISOString(),
): Rec {
	const submission = {
		id: newId(),
		contactId: contact.id,
		createdAt,
		surveyId: survey.id,
		name: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
		email: contact.email ?? '',
		others: {
			__submissions_other_field__: '',
			eventData: {
				source: 'survey',
				page: { url: 'https://example.com/survey', title: String(survey.name) },
			},
		},
	};
	surveySubmissions(store).set(submission.id, submission);
	return submission;
}

/** Surveys (surveys.json): surveys page with skip + limit (≤ 50), submissions with page + limit (≤ 100). */
export const SURVEY_HANDLERS: Record<string, Handler> = {
	'surveys/get-surveys': (call) => {
		const store = call.location(String(textQuery(call, 'locationId')));
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1, max: 50 });
		const all = [...surveys(store).values()];
		return { body: { surveys: all.slice(skip, skip + limit), total: all.length } };
	},
	// Submissions work as form submissions do, filtered by `surveyId`.
	'surveys/get-surveys-submissions': (call) => ({
		body: submissionsPage(call, 'surveySubmissions', 'surveyId'),
	}),
};
