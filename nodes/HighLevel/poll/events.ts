import { contactUpdated, newContact } from './contacts';
import { newOpportunity, opportunityStageChanged, opportunityStatusChanged } from './opportunities';
import type { EventSource } from './source';
import { newFormSubmission, newSurveySubmission } from './submissions';

export interface PollEvent {
	value: string;
	name: string;
	description: string;
	source: EventSource;
}

/** Every event the polling trigger offers, one per node. */
export const POLL_EVENTS: PollEvent[] = [
	{ value: 'contactCreated', name: 'New Contact', description: 'A contact was added', source: newContact },
	{ value: 'contactUpdated', name: 'Contact Updated', description: 'A contact was changed after it was added', source: contactUpdated },
	{ value: 'opportunityCreated', name: 'New Opportunity', description: 'An opportunity was added', source: newOpportunity },
	{
		value: 'opportunityStageChanged',
		name: 'Opportunity Stage Changed',
		description: 'An opportunity moved to another stage',
		source: opportunityStageChanged,
	},
	{
		value: 'opportunityStatusChanged',
		name: 'Opportunity Status Changed',
		description: 'An opportunity was marked open, won, lost or abandoned',
		source: opportunityStatusChanged,
	},
	{ value: 'formSubmitted', name: 'New Form Submission', description: 'A form was submitted', source: newFormSubmission },
	{ value: 'surveySubmitted', name: 'New Survey Submission', description: 'A survey was submitted', source: newSurveySubmission },
];

export function pollEvent(value: string): PollEvent | undefined {
	return POLL_EVENTS.find((event) => event.value === value);
}
