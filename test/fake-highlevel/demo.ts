import { DEFAULT_SCOPES } from '../../credentials/HighLevelAppOAuth2Api.credentials';
import type { FakeHighLevel } from './index';
import { addCalendar } from './handlers/calendars';
import { addCalendarGroup } from './handlers/calendarGroups';
import { addLostReason, addPipeline } from './handlers/opportunities';
import { addCommerceDemo } from './demoCommerce';
import { addDemoCustomFields } from './fieldValues';
import { installApp } from './handlers/oauth';
import { addCustomValue, addTemplate, COMPANY_ID, describeLocation } from './handlers/locations';
import { addObjectFolder } from './handlers/objectFields';
import { addSurvey, addSurveySubmission } from './handlers/surveys';
import { newId } from './store';
import { addDemoContent } from './contentDemo';
import { addSocialPlannerDemo } from './handlers/socialPlanner';
import { addDemoMedia } from './handlers/medias';

export const DEMO_LOCATION_ID = 'demo-location';
export const DEMO_TOKEN = 'pit-demo-token';

/** Every scope the node's operations need: the demo token may do whatever the node offers. */
const ALL_SCOPES = DEFAULT_SCOPES.split(' ');

/**
 * A small sub-account to click through: contacts, custom fields, tags, users, workflows, campaigns,
 * calendars with open hours, a pipeline.
 * The hardening matrix seeds its test location with the same data (`locationId`).
 */
export function createDemoData(fake: FakeHighLevel, locationId = DEMO_LOCATION_ID): void {
	fake.addToken(DEMO_TOKEN, { locationId, userType: 'Location', scopes: ALL_SCOPES });
	const location = fake.location(locationId);
	addDemoCustomFields(location);
	location.addUser({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' });
	location.addUser({ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com' });
	location.addWorkflow('New lead follow-up');
	location.addWorkflow('Onboarding');
	location.addCampaign('Spring sale');
	// A class calendar open every day that takes many bookings per slot, so appointments can be
	// booked at any daytime moment, side by side (the hardening matrix books several at once on
	// the first calendar the dropdown lists, which sorts by name). The matrices book thousands of
	// appointments at the same moment over one test file (every Appointment and Appointment Note
	// operation makes its own), so the slot holds more than a file can ever book.
	addCalendar(location, {
		name: 'Drop-in Hours',
		calendarType: 'class_booking',
		appoinmentPerSlot: 1_000_000,
		openHours: [
			{
				daysOfTheWeek: [0, 1, 2, 3, 4, 5, 6],
				hours: [{ openHour: 6, openMinute: 0, closeHour: 22, closeMinute: 0 }],
			},
		],
	});
	addCalendar(location, {
		name: 'Intro Call',
		openHours: [
			{
				daysOfTheWeek: [1, 2, 3, 4, 5],
				hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
			},
		],
	});
	// Every calendar group operation (and Get Blocked Slots of a group) has one to pick.
	const group = addCalendarGroup(location, {
		name: 'Sales Team',
		description: 'Book a call with our sales team',
		slug: 'sales-team',
	});
	addCalendar(location, {
		name: 'Sales Demo',
		groupId: group.id,
		openHours: [
			{
				daysOfTheWeek: [1, 2, 3, 4, 5],
				hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
			},
		],
	});
	addPipeline(location, 'Sales', ['New lead', 'Qualified', 'Proposal sent', 'Closed']);
	addLostReason(location, 'Chose a competitor');
	location.addContact({
		firstName: 'Grace',
		lastName: 'Hopper',
		email: 'grace@example.com',
		phone: '+14155550100',
		tags: ['customer', 'vip'],
	});
	location.addContact({
		firstName: 'Katherine',
		lastName: 'Johnson',
		email: 'katherine@example.com',
		tags: ['lead'],
	});
	location.addContact({
		firstName: 'Linus',
		lastName: 'Torvalds',
		email: 'linus@example.com',
		phone: '+358401234567',
		tags: ['lead'],
	});
	addCommerceDemo(location);
	addCrmDemoData(fake, locationId);
	addDemoContent(location);
	addSocialPlannerDemo(location);
	addDemoMedia(location);
}

/**
 * A practice's message template library, each topic by SMS, email and WhatsApp. HighLevel offers no
 * way to create templates through its API, so these are all Email/SMS Template › Delete has to work
 * on: enough for the hardening matrix, whose fault cases each delete records of their own.
 */
const TEMPLATE_TOPICS = [
	'Appointment reminder',
	'Welcome',
	'Booking confirmation',
	'Cancellation notice',
	'Rescheduling offer',
	'Review request',
	'Birthday greeting',
	'Six-month check-up recall',
	'Payment receipt',
	'Overdue invoice',
	'Referral thank-you',
	'Holiday opening hours',
	'Aftercare instructions',
	'Missed appointment follow-up',
];
const TEMPLATE_CHANNELS = [
	['sms', 'SMS'],
	['email', 'email'],
	['whatsapp', 'WhatsApp'],
] as const;

/** Sub-account administration: profile, custom values, surveys, templates, tasks, custom-object fields, an app install. */
function addCrmDemoData(fake: FakeHighLevel, locationId: string): void {
	const location = fake.location(locationId);
	describeLocation(location, {
		name: 'Demo Dental',
		email: 'office@demo-dental.example',
		phone: '+14155550199',
		city: 'San Francisco',
		state: 'CA',
		timezone: 'US/Pacific',
	});
	addCustomValue(location, 'Booking Link', 'https://example.com/book');
	addCustomValue(location, 'Office Phone', '+14155550199');
	location.addCustomField({
		name: 'Deal Source',
		fieldKey: 'opportunity.deal_source',
		dataType: 'TEXT',
		model: 'opportunity',
	});
	const [grace, katherine] = [...location.contacts.values()];
	const survey = addSurvey(location, 'Patient satisfaction');
	addSurvey(location, 'New patient intake');
	addSurveySubmission(location, survey, grace);
	addSurveySubmission(location, survey, katherine);
	for (const topic of TEMPLATE_TOPICS) {
		for (const [type, channel] of TEMPLATE_CHANNELS)
			addTemplate(location, type, `${topic} (${channel})`);
	}
	const [ada] = [...location.users.values()];
	const task = {
		id: newId(),
		contactId: grace.id,
		title: 'Call back about the quote',
		body: 'She asked for a discount',
		dueDate: '2026-12-01T15:00:00.000Z',
		completed: false,
		assignedTo: ada.id,
	};
	location.tasks.set(task.id, task);
	addObjectFolder(location, 'custom_objects.pets', 'Pet details');
	// The app of the test OAuth2 credential (client ID test-client-id) is installed here.
	installApp((id) => fake.location(id), {
		companyId: COMPANY_ID,
		appId: 'test',
		locationId,
		name: String(describeLocation(location, {}).name),
	});
}
