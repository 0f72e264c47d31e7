import { CONTACT_HANDLERS } from './contacts';
import type { Handler } from './framework';
import { CALENDAR_HANDLERS } from './calendars';
import { BUSINESS_HANDLERS } from './businesses';
import { PRODUCT_HANDLERS } from './products';
import { FORM_HANDLERS } from './forms';
import { OPPORTUNITY_HANDLERS } from './opportunities';
import { CONVERSATION_HANDLERS } from './conversations';
import { RECORDING_HANDLERS } from './recordings';
import { INVOICE_HANDLERS } from './invoices';
import { PAYMENT_HANDLERS } from './payments';
import { OBJECT_HANDLERS } from './objects';
import { ASSOCIATION_HANDLERS } from './associations';
import { LINK_HANDLERS } from './links';
import { PRODUCT_COLLECTION_HANDLERS } from './productCollections';
import { SURVEY_HANDLERS } from './surveys';
import { OAUTH_HANDLERS } from './oauth';
import { UPLOAD_HANDLERS } from './uploads';
import { LOCATION_HANDLERS } from './locations';
import { USER_HANDLERS } from './users';
import { OBJECT_FIELD_HANDLERS } from './objectFields';
import { PROPOSAL_HANDLERS } from './proposals';
import { FUNNEL_HANDLERS } from './funnels';
import { BLOG_HANDLERS } from './blogs';
import { CALENDAR_GROUP_HANDLERS } from './calendarGroups';
import { CALENDAR_RESOURCE_HANDLERS } from './calendarResources';
import { CALENDAR_NOTIFICATION_HANDLERS } from './calendarNotifications';
import { APPOINTMENT_NOTE_HANDLERS } from './appointmentNotes';
import { SOCIAL_PLANNER_HANDLERS } from './socialPlanner';
import { MEDIA_HANDLERS } from './medias';

export { HttpError, type Call, type Handler } from './framework';

/**
 * Every operation the fake answers, by `module/operationId`. Each resource keeps its handlers in
 * a file of its own here; an operation without a handler answers 501 after validation.
 */
export const HANDLERS: Record<string, Handler> = {
	...CONTACT_HANDLERS,
	...CALENDAR_HANDLERS,
	...BUSINESS_HANDLERS,
	...PRODUCT_HANDLERS,
	...FORM_HANDLERS,
	...OPPORTUNITY_HANDLERS,
	...CONVERSATION_HANDLERS,
	...RECORDING_HANDLERS,
	...INVOICE_HANDLERS,
	...PAYMENT_HANDLERS,
	...OBJECT_HANDLERS,
	...ASSOCIATION_HANDLERS,
	...LINK_HANDLERS,
	...PRODUCT_COLLECTION_HANDLERS,
	...SURVEY_HANDLERS,
	...OAUTH_HANDLERS,
	...UPLOAD_HANDLERS,
	...LOCATION_HANDLERS,
	...USER_HANDLERS,
	...OBJECT_FIELD_HANDLERS,
	...PROPOSAL_HANDLERS,
	...FUNNEL_HANDLERS,
	...BLOG_HANDLERS,
	...CALENDAR_GROUP_HANDLERS,
	...CALENDAR_RESOURCE_HANDLERS,
	...CALENDAR_NOTIFICATION_HANDLERS,
	...APPOINTMENT_NOTE_HANDLERS,
	...SOCIAL_PLANNER_HANDLERS,
	...MEDIA_HANDLERS,
};
