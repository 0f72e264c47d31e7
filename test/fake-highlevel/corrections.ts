/**
 * Where HighLevel's OpenAPI files are known to be wrong (research notes, "spec quirks"), the fake
 * validates against these corrections instead. Nothing is skipped: each entry replaces a schema
 * with what the real API takes, or allows a field the real API accepts and the spec omits.
 */
interface Correction {
	/** Replaces the request body schema. */
	body?: Record<string, unknown>;
	/** Top-level body properties the real API accepts that the spec does not list. */
	extraProperties?: string[];
	/** Replaces the schemas of some top-level body properties. */
	propertyOverrides?: Record<string, Record<string, unknown>>;
	/** Replaces the body's list of required properties. */
	required?: string[];
	/** Replaces the schemas of some query parameters. */
	query?: Record<string, Record<string, unknown>>;
	/** Query parameters the spec marks required that are alternatives (one of them is enough). */
	eitherQuery?: string[];
}

// The contact DTOs type `dateOfBirth` as an object, while their own description and example
// (and the API) take a date string such as 1990-09-25.
const dateOfBirthAsString = { dateOfBirth: { type: 'string', nullable: true } };

const MESSAGE_TYPES = [
	'TYPE_CALL', 'TYPE_SMS', 'TYPE_RCS', 'TYPE_EMAIL', 'TYPE_FACEBOOK', 'TYPE_GMB', 'TYPE_INSTAGRAM', 'TYPE_WHATSAPP',
	'TYPE_ACTIVITY_APPOINTMENT', 'TYPE_ACTIVITY_CONTACT', 'TYPE_ACTIVITY_INVOICE', 'TYPE_ACTIVITY_PAYMENT',
	'TYPE_ACTIVITY_OPPORTUNITY', 'TYPE_LIVE_CHAT', 'TYPE_INTERNAL_COMMENTS', 'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
	'TYPE_TIKTOK', 'TYPE_ACTIVITY_WHATSAPP', 'TYPE_FORM_SUBMISSION',
].join('|');

/** The record body objects.json leaves empty: properties keyed by field, owner and followers. */
function objectRecordBody(required: string[]): Record<string, unknown> {
	return {
		type: 'object',
		required,
		additionalProperties: false,
		properties: {
			locationId: { type: 'string', minLength: 1 },
			properties: { type: 'object' },
			owner: { type: 'array', items: { type: 'string' }, maxItems: 1 },
			followers: { type: 'array', items: { type: 'string' }, maxItems: 10 },
		},
	};
}

function associationStrings(names: string[]): Record<string, Record<string, unknown>> {
	return Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1 }]));
}

const oneOffFrequency = {
	type: 'object',
	required: ['enabled'],
	properties: { enabled: { type: 'boolean' }, schedule: { type: 'object' } },
	if: { properties: { enabled: { const: true } } },
	then: { required: ['enabled', 'schedule'] },
};

export const SPEC_CORRECTIONS: Record<string, Correction> = {
	// FrequencySettingsDto requires `schedule` even when `enabled` is false, while the spec's own
	// example of an estimate shows `{ enabled: false }` for a one-off estimate.
	'invoices/create-new-estimate': { propertyOverrides: { frequencySettings: oneOffFrequency } },
	'invoices/update-estimate': { propertyOverrides: { frequencySettings: oneOffFrequency } },
	// Fetch Coupon takes the coupon "using either its unique identifier or promotional code" (its own
	// description), yet marks both `id` and `code` required.
	'payments/get-coupon': { eitherQuery: ['id', 'code'] },
	// The association DTOs type labels and object keys as `object` while their examples (and the API)
	// take strings such as "student" and "custom_objects.children".
	'associations/create-association': { propertyOverrides: associationStrings(['firstObjectLabel', 'firstObjectKey', 'secondObjectLabel', 'secondObjectKey']) },
	'associations/update-association': { propertyOverrides: associationStrings(['firstObjectLabel', 'secondObjectLabel']) },
	// CreateCustomObjectRecordDto and UpdateCustomObjectRecordDto are empty objects; this is the body
	// HighLevel documents (properties keyed by the field's key within the object, owner and followers
	// as user IDs). Update names the location in the query instead.
	'objects/create-object-record': { body: objectRecordBody(['locationId', 'properties']) },
	'objects/update-object-record': { body: objectRecordBody([]) },
	// SearchRecordsBody requires `query` and `searchAfter`: a first page has no cursor, and an empty
	// search lists every record. A page number or a cursor, never both.
	'objects/search-object-records': {
		body: {
			type: 'object',
			required: ['locationId', 'pageLimit'],
			additionalProperties: false,
			properties: {
				locationId: { type: 'string', minLength: 1 },
				page: { type: 'integer', minimum: 1 },
				pageLimit: { type: 'integer', minimum: 1, maximum: 100 },
				query: { type: 'string' },
				searchAfter: { type: 'array' },
			},
		},
	},
	// RecordPaymentDto requires `card` and `cheque` whatever the payment `mode` is; a cash payment has
	// neither. HighLevel asks for the card only for mode card and the cheque only for mode cheque.
	'invoices/record-invoice': { required: ['altId', 'altType', 'mode', 'notes'] },
	// SendMessageBodyDto requires `subType` (typed as an object) and `status` (a delivery status):
	// neither is something a sender knows, and HighLevel sends messages without them.
	'conversations/send-a-new-message': { required: ['type', 'contactId'] },
	// `startAfterDate` is typed "any", which is no JSON Schema type; it takes the sort value of the
	// last conversation read, epoch milliseconds (the spec's example is a number).
	'conversations/search-conversation': { query: { startAfterDate: { type: 'number' } } },
	// `type` is documented as "types separated with comma" (example TYPE_SMS,TYPE_CALL) but typed as
	// a single enum value.
	'conversations/get-messages': {
		query: {
			type: {
				type: 'string',
				pattern: `^(${MESSAGE_TYPES})(,(${MESSAGE_TYPES}))*$`,
			},
		},
	},
	// HighLevel takes and returns an opportunity's `source` on create and update though CreateDto and
	// UpdateOpportunityDto omit it (https://github.com/GoHighLevel/highlevel-api-sdk/pull/12).
	'opportunities/create-opportunity': { extraProperties: ['source'] },
	'opportunities/update-opportunity': { extraProperties: ['source'] },
	// UpsertOpportunityDto lost `contactId` (its description and example now sit on `followers`),
	// requires the three follower fields an upsert does not need, and types `monetaryValue` as an
	// object while its example is 220. Earlier revisions of the spec required pipelineId,
	// locationId and contactId only; this is that body with the fields added since.
	'opportunities/Upsert-opportunity': {
		body: {
			type: 'object',
			required: ['pipelineId', 'locationId', 'contactId'],
			additionalProperties: false,
			properties: {
				id: { type: 'string' },
				pipelineId: { type: 'string', minLength: 1 },
				locationId: { type: 'string', minLength: 1 },
				contactId: { type: 'string', minLength: 1 },
				name: { type: 'string' },
				status: { enum: ['open', 'won', 'lost', 'abandoned', 'all'] },
				pipelineStageId: { type: 'string' },
				monetaryValue: { type: 'number' },
				assignedTo: { type: 'string' },
				lostReasonId: { type: 'string' },
				followers: { type: 'array', items: { type: 'string' } },
				isRemoveAllFollowers: { type: 'boolean' },
				followersActionType: { enum: ['add', 'remove'] },
			},
		},
	},
	// BlockSlotCreateRequestDTO requires `calendarId`, while its own field descriptions say a block
	// is for a calendar or for a user (`assignedUserId`), never both.
	'calendars/create-block-slot': {
		body: {
			type: 'object',
			required: ['locationId'],
			additionalProperties: false,
			properties: {
				title: { type: 'string' },
				calendarId: { type: 'string' },
				assignedUserId: { type: 'string' },
				locationId: { type: 'string', minLength: 1 },
				startTime: { type: 'string' },
				endTime: { type: 'string' },
			},
			oneOf: [{ required: ['calendarId'] }, { required: ['assignedUserId'] }],
		},
	},
	// UploadFilesDto requires `attachmentUrls`, which is what the upload answers with, and does not
	// declare the file itself, which its own description says goes in `fileAttachment`.
	'conversations/upload-file-attachments': {
		body: {
			type: 'object',
			required: ['conversationId', 'contactId', 'locationId', 'fileAttachment'],
			properties: {
				conversationId: { type: 'string', minLength: 1 },
				contactId: { type: 'string', minLength: 1 },
				locationId: { type: 'string', minLength: 1 },
				attachmentUrls: { type: 'array', items: { type: 'string' } },
				chatServiceSid: { type: 'string' },
				isGroupSms: { type: 'string', enum: ['true', 'false'] },
				fileAttachment: { type: 'string', format: 'binary' },
			},
		},
	},
	'contacts/create-contact': { propertyOverrides: dateOfBirthAsString },
	'contacts/upsert-contact': { propertyOverrides: dateOfBirthAsString },
	'contacts/update-contact': { propertyOverrides: dateOfBirthAsString },
	// The spec's SearchBodyV2DTO is an empty object; this is the body HighLevel documents.
	'contacts/search-contacts-advanced': {
		body: {
			type: 'object',
			required: ['locationId', 'pageLimit'],
			additionalProperties: false,
			properties: {
				locationId: { type: 'string', minLength: 1 },
				pageLimit: { type: 'integer', minimum: 1, maximum: 500 },
				page: { type: 'integer', minimum: 1 },
				searchAfter: { type: 'array' },
				query: { type: 'string', maxLength: 75 },
				filters: { type: 'array', items: { $ref: '#/$defs/filter' } },
				sort: {
					type: 'array',
					items: {
						type: 'object',
						required: ['field', 'direction'],
						additionalProperties: false,
						properties: { field: { type: 'string' }, direction: { enum: ['asc', 'desc'] } },
					},
				},
			},
			$defs: {
				filter: {
					oneOf: [
						{
							type: 'object',
							required: ['field', 'operator'],
							additionalProperties: false,
							properties: {
								field: { type: 'string', minLength: 1 },
								operator: { enum: ['eq', 'not_eq', 'contains', 'not_contains', 'exists', 'not_exists', 'range'] },
								value: {},
							},
						},
						{
							type: 'object',
							required: ['group', 'filters'],
							additionalProperties: false,
							properties: { group: { enum: ['AND', 'OR'] }, filters: { type: 'array', items: { $ref: '#/$defs/filter' } } },
						},
					],
				},
			},
		},
	},
};

/**
 * Answers where HighLevel differs from the spec's response schema. The fake's handlers answer
 * through these, so the node is tested against what HighLevel sends.
 */
export const RESPONSE_CORRECTIONS = {
	// GetMessagesByConversationResponseDto is flat in the spec ({lastMessageId, nextPage, messages}),
	// but HighLevel nests the page under `messages`: the example in its own documentation (as
	// published in 2025) and integrations reading live answers (`messages.messages[]`) agree.
	'conversations/get-messages': (page: Record<string, unknown>) => ({ messages: page }),
};
