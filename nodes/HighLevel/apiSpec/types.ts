/** One operation of HighLevel's v2 API as its OpenAPI spec declares it. */
export interface HighLevelOperation {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** Path template, e.g. `/contacts/{contactId}/tags`. */
	path: string;
	/** Value of the `Version` header, or null where the spec declares none. */
	version: string | null;
	/** Scopes the spec's `security` block names (any one token type suffices). */
	scopes: readonly string[];
	/** Token types allowed: bearer, Location-Access, Agency-Access, ... */
	tokenTypes: readonly string[];
	/**
	 * Whether sending it twice cannot apply it twice: every method but POST, and the POSTs listed
	 * in scripts/generate-operations.js (searches, upserts, adds to a set).
	 */
	idempotent: boolean;
	/** The spec requires a body (HighLevel's validator refuses a request without one, even if `{}` would do). */
	bodyRequired?: boolean;
	deprecated?: boolean;
	/** The body is a file upload, sent as multipart/form-data (see transport/multipart.ts). */
	multipart?: boolean;
}
