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
}

// The contact DTOs type `dateOfBirth` as an object, while their own description and example
// (and the API) take a date string such as 1990-09-25.
const dateOfBirthAsString = { dateOfBirth: { type: 'string', nullable: true } };

export const SPEC_CORRECTIONS: Record<string, Correction> = {
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
