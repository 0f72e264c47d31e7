// The webhook events HighLevel documents (one page each in openapi/webhook-events/; a test keeps this
// list and those pages in step). Names and descriptions are ours.

export interface WebhookEvent {
	/** Page name in HighLevel's docs, and the `event` value the trigger outputs. */
	value: string;
	/** Readable name shown in the Events list. */
	name: string;
	description: string;
	/** Heading for the README's event table. */
	group: string;
	/** OAuth scope the app needs for the event; undefined for app lifecycle events or when unknown. */
	scope?: string;
	/**
	 * False when HighLevel's scope table (openapi/oauth-docs/Scopes.md) does not list the event, so
	 * `scope` is our reading of the matching API scope, or unknown when `scope` is undefined.
	 */
	scopeDocumented?: boolean;
	/** Values of the payload's `type` field that mean this event, when they differ from `value`. */
	typeAliases?: string[];
}

/** Output `event` when a payload names no event we know. */
export const UNKNOWN_EVENT = 'Unknown';

/** Events parameter value meaning every event. */
export const ALL_EVENTS = '*';

const contact = (
	value: string,
	name: string,
	description: string,
	documented = true,
): WebhookEvent => ({
	value,
	name,
	description,
	group: 'Contacts, notes and tasks',
	scope: 'contacts.readonly',
	scopeDocumented: documented,
});

export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
	// App lifecycle: sent to the app's webhook URL whatever scopes are granted.
	{
		value: 'AppInstall',
		name: 'App Installed',
		description: 'A sub-account or agency installs the app',
		group: 'App',
		typeAliases: ['INSTALL'],
	},
	{
		value: 'AppUninstall',
		name: 'App Uninstalled',
		description: 'A sub-account or agency removes the app',
		group: 'App',
		typeAliases: ['UNINSTALL'],
	},
	{
		value: 'PlanChange',
		name: 'App Plan Changed',
		description: 'An installer switches to another plan of a paid app',
		group: 'App',
		typeAliases: ['PLAN_CHANGE'],
	},

	{
		value: 'AppointmentCreate',
		name: 'Appointment Created',
		description: 'A calendar appointment is booked',
		group: 'Appointments',
		scope: 'calendars/events.readonly',
		scopeDocumented: false,
	},
	{
		value: 'AppointmentUpdate',
		name: 'Appointment Updated',
		description: 'A calendar appointment changes (time, status, assignee…)',
		group: 'Appointments',
		scope: 'calendars/events.readonly',
		scopeDocumented: false,
	},
	{
		value: 'AppointmentDelete',
		name: 'Appointment Deleted',
		description: 'A calendar appointment is removed',
		group: 'Appointments',
		scope: 'calendars/events.readonly',
		scopeDocumented: false,
	},

	{
		value: 'AssociationCreate',
		name: 'Association Created',
		description: 'A new kind of link between two object types is defined',
		group: 'Custom objects and associations',
		scope: 'associations.readonly',
		scopeDocumented: false,
	},
	{
		value: 'AssociationUpdate',
		name: 'Association Updated',
		description: 'The definition of a link between two object types changes',
		group: 'Custom objects and associations',
		scope: 'associations.readonly',
		scopeDocumented: false,
	},
	{
		value: 'AssociationDelete',
		name: 'Association Deleted',
		description: 'The definition of a link between two object types is removed',
		group: 'Custom objects and associations',
		scope: 'associations.readonly',
		scopeDocumented: false,
	},
	{
		value: 'RelationCreate',
		name: 'Relation Created',
		description: 'Two records are linked through an association',
		group: 'Custom objects and associations',
		scope: 'associations/relation.readonly',
		scopeDocumented: false,
	},
	{
		value: 'RelationDelete',
		name: 'Relation Deleted',
		description: 'The link between two records is removed',
		group: 'Custom objects and associations',
		scope: 'associations/relation.readonly',
		scopeDocumented: false,
	},
	{
		value: 'ObjectSchemaCreate',
		name: 'Custom Object Created',
		description: 'A custom object type is defined',
		group: 'Custom objects and associations',
		scope: 'objects/schema.readonly',
		scopeDocumented: false,
	},
	{
		value: 'ObjectSchemaUpdate',
		name: 'Custom Object Updated',
		description: 'The definition of a custom object type changes',
		group: 'Custom objects and associations',
		scope: 'objects/schema.readonly',
		scopeDocumented: false,
	},
	{
		value: 'RecordCreate',
		name: 'Record Created',
		description: 'A custom object record or business is created',
		group: 'Custom objects and associations',
		scope: 'objects/record.readonly',
		scopeDocumented: false,
	},
	{
		value: 'RecordUpdate',
		name: 'Record Updated',
		description: 'A custom object record or business changes',
		group: 'Custom objects and associations',
		scope: 'objects/record.readonly',
		scopeDocumented: false,
	},
	{
		value: 'RecordDelete',
		name: 'Record Deleted',
		description: 'A custom object record or business is removed',
		group: 'Custom objects and associations',
		scope: 'objects/record.readonly',
		scopeDocumented: false,
	},

	{
		value: 'CampaignStatusUpdate',
		name: 'Campaign Status Updated',
		description: 'A contact’s status in a campaign changes',
		group: 'Campaigns',
		scope: 'campaigns.readonly',
	},

	contact('ContactCreate', 'Contact Created', 'A contact is added'),
	contact('ContactUpdate', 'Contact Updated', 'Fields of a contact change', false),
	contact('ContactDelete', 'Contact Deleted', 'A contact is removed'),
	contact('ContactDndUpdate', 'Contact DND Updated', 'A contact’s do-not-disturb setting changes'),
	contact(
		'ContactTagUpdate',
		'Contact Tags Updated',
		'Tags are added to or removed from a contact',
	),
	contact('NoteCreate', 'Note Created', 'A note is added to a contact'),
	contact('NoteUpdate', 'Note Updated', 'A contact’s note is edited', false),
	contact('NoteDelete', 'Note Deleted', 'A contact’s note is removed'),
	contact('TaskCreate', 'Task Created', 'A task is added to a contact'),
	contact('TaskComplete', 'Task Completed', 'A contact’s task is marked complete', false),
	contact('TaskDelete', 'Task Deleted', 'A contact’s task is removed'),

	{
		value: 'ConversationUnreadWebhook',
		name: 'Conversation Unread Status Updated',
		description: 'A conversation is marked read or unread',
		group: 'Conversations',
		scope: 'conversations.readonly',
		typeAliases: ['ConversationUnreadUpdate'],
	},
	{
		value: 'InboundMessage',
		name: 'Inbound Message',
		description: 'A contact sends a message (SMS, email, call, chat…)',
		group: 'Conversations',
		scope: 'conversations/message.readonly',
	},
	{
		value: 'OutboundMessage',
		name: 'Outbound Message',
		description: 'A message is sent to a contact',
		group: 'Conversations',
		scope: 'conversations/message.readonly',
	},
	// Its payload's `type` is the channel ("SMS" or "Email"), not the event name.
	{
		value: 'ProviderOutboundMessage',
		name: 'Conversation Provider Outbound Message',
		description: 'A message must be delivered by the app acting as a custom conversation provider',
		group: 'Conversations',
		scope: 'conversations/message.write',
		typeAliases: ['SMS', 'Email'],
	},

	{
		value: 'InvoiceCreate',
		name: 'Invoice Created',
		description: 'An invoice is created',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'InvoiceUpdate',
		name: 'Invoice Updated',
		description: 'An invoice changes',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'InvoiceDelete',
		name: 'Invoice Deleted',
		description: 'An invoice is removed',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'InvoiceSent',
		name: 'Invoice Sent',
		description: 'An invoice is sent to its recipient',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'InvoicePaid',
		name: 'Invoice Paid',
		description: 'An invoice is paid in full',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'InvoicePartiallyPaid',
		name: 'Invoice Partially Paid',
		description: 'A payment covers part of an invoice',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'InvoiceVoid',
		name: 'Invoice Voided',
		description: 'An invoice is voided',
		group: 'Invoices',
		scope: 'invoices.readonly',
		scopeDocumented: false,
	},

	{
		value: 'LCEmailStats',
		name: 'Email Stats (LC Email)',
		description: 'Delivery statistics arrive for an email sent through LC Email',
		group: 'Email',
		scopeDocumented: false,
	},

	{
		value: 'LocationCreate',
		name: 'Location Created',
		description: 'A sub-account (location) is created',
		group: 'Locations and users',
		scope: 'locations.readonly',
	},
	{
		value: 'LocationUpdate',
		name: 'Location Updated',
		description: 'A sub-account’s (location’s) details change',
		group: 'Locations and users',
		scope: 'locations.readonly',
	},
	{
		value: 'UserCreate',
		name: 'User Created',
		description: 'A sub-account or agency user is added',
		group: 'Locations and users',
		scope: 'users.readonly',
		scopeDocumented: false,
	},

	{
		value: 'OpportunityCreate',
		name: 'Opportunity Created',
		description: 'An opportunity is added to a pipeline',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
	},
	{
		value: 'OpportunityUpdate',
		name: 'Opportunity Updated',
		description: 'Fields of an opportunity change',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
		scopeDocumented: false,
	},
	{
		value: 'OpportunityDelete',
		name: 'Opportunity Deleted',
		description: 'An opportunity is removed',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
	},
	{
		value: 'OpportunityStageUpdate',
		name: 'Opportunity Stage Updated',
		description: 'An opportunity moves to another pipeline stage',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
	},
	{
		value: 'OpportunityStatusUpdate',
		name: 'Opportunity Status Updated',
		description: 'An opportunity is marked open, won, lost or abandoned',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
	},
	{
		value: 'OpportunityMonetaryValueUpdate',
		name: 'Opportunity Monetary Value Updated',
		description: 'An opportunity’s value changes',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
	},
	{
		value: 'OpportunityAssignedToUpdate',
		name: 'Opportunity Assigned To Updated',
		description: 'An opportunity is assigned to another user',
		group: 'Opportunities',
		scope: 'opportunities.readonly',
		scopeDocumented: false,
	},

	{
		value: 'OrderCreate',
		name: 'Order Created',
		description: 'A store or funnel order is placed',
		group: 'Payments and products',
		scope: 'payments/orders.readonly',
		scopeDocumented: false,
	},
	{
		value: 'OrderStatusUpdate',
		name: 'Order Status Updated',
		description: 'An order’s status changes',
		group: 'Payments and products',
		scope: 'payments/orders.readonly',
		scopeDocumented: false,
	},
	{
		value: 'ProductCreate',
		name: 'Product Created',
		description: 'A product is created',
		group: 'Payments and products',
		scope: 'products.readonly',
		scopeDocumented: false,
	},
	{
		value: 'ProductUpdate',
		name: 'Product Updated',
		description: 'A product changes',
		group: 'Payments and products',
		scope: 'products.readonly',
		scopeDocumented: false,
	},
	{
		value: 'ProductDelete',
		name: 'Product Deleted',
		description: 'A product is removed',
		group: 'Payments and products',
		scope: 'products.readonly',
		scopeDocumented: false,
	},
	{
		value: 'PriceCreate',
		name: 'Price Created',
		description: 'A price is added to a product',
		group: 'Payments and products',
		scope: 'products/prices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'PriceUpdate',
		name: 'Price Updated',
		description: 'A product’s price changes',
		group: 'Payments and products',
		scope: 'products/prices.readonly',
		scopeDocumented: false,
	},
	{
		value: 'PriceDelete',
		name: 'Price Deleted',
		description: 'A price is removed from a product',
		group: 'Payments and products',
		scope: 'products/prices.readonly',
		scopeDocumented: false,
	},
];

const BY_TYPE = new Map<string, WebhookEvent>();
for (const event of WEBHOOK_EVENTS) {
	for (const type of [event.value, ...(event.typeAliases ?? [])])
		BY_TYPE.set(type.toLowerCase(), event);
}

/** The catalogue entry a payload `type` value names, ignoring case; undefined when none does. */
export function eventForType(type: string): WebhookEvent | undefined {
	return BY_TYPE.get(type.trim().toLowerCase());
}
