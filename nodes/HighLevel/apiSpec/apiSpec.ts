/**
 * A schema as scripts/api-operation-spec.js reduces it: only what the node checks. An empty
 * schema takes anything.
 */
export interface SchemaNode {
	/** JSON type: string, number, integer, boolean, array or object. */
	t?: string;
	/** The values allowed. */
	e?: Array<string | number | boolean>;
	/** 1 when null is allowed. */
	n?: 1;
	/** Declared properties of an object. */
	p?: Record<string, SchemaNode>;
	/** Required properties of an object. */
	r?: string[];
	/** Schema of an array's entries. */
	i?: SchemaNode;
	/** 1 for a file of an upload (multipart/form-data), sent from n8n binary data. */
	u?: 1;
}

export type ListStyle =
	'searchAfter' | 'startAfter' | 'startAfterDate' | 'lastMessageId' | 'skip' | 'offset' | 'page';

/** One operation of the specs as the API Operation resource needs it. */
export interface ApiOperationSpec {
	/** The spec's summary, shown in the operation dropdown. */
	s: string;
	/** Query parameters: name, 1 when required, schema. */
	q?: Array<[string, number, SchemaNode?]>;
	/** JSON (or form) body schema. */
	b?: SchemaNode;
	/** 1 when the spec requires a body. */
	br?: 1;
	/** A body sent as a form, or as multipart/form-data with files (an upload). */
	f?: 'form' | 'multipart';
	/** How the list pages: style, the answer's array property (null when the spec names none), largest page. */
	l?: [ListStyle, string | null, number];
}

/** The generated table, loaded when first needed so the node's description stays light. */
export async function loadApiOperations(): Promise<Record<string, ApiOperationSpec>> {
	return (await import('./apiOperations.generated')).API_OPERATIONS;
}
