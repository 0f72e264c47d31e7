import corrections from '../../nodes/HighLevel/apiSpec/corrections.json';

/**
 * Where HighLevel's OpenAPI files are known to be wrong (research notes, "spec quirks"), the fake
 * validates against these corrections instead. They live in nodes/HighLevel/apiSpec/corrections.json,
 * each with why, and API Operation › Call reads the same list (through the generated table), so
 * the node and the fake never disagree on what HighLevel takes.
 */
export interface Correction {
	why: string;
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
	/** The operation's Version header, where the spec declares none. */
	version?: string;
	/** The answer's list property, where the spec names none. */
	itemsKey?: string;
}

export const SPEC_CORRECTIONS: Record<string, Correction> = corrections.corrections as Record<
	string,
	Correction
>;

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
