import type { ReceivedFile } from '../multipart';
import type { LocationStore } from '../store';

/**
 * What every handler of the fake works with: the request as the fake parsed and validated it
 * against the spec (`Call`), the answer a handler gives (`Handler`), and the error it throws to
 * answer with HighLevel's error body (`HttpError`). handlers/index.ts maps each spec operation
 * (`module/operationId`) to its handler.
 */
type Rec = Record<string, unknown>;

export interface Call {
	params: Record<string, string>;
	query: Record<string, string | string[]>;
	body: Rec;
	/** Files of a multipart/form-data upload (its text fields are `body`). */
	files: ReceivedFile[];
	location: (id: string) => LocationStore;
	/** The sub-accounts the token reaches: its own, or (an agency token) every one the fake has. */
	stores: () => LocationStore[];
	/** Who the token belongs to. */
	grant: { userType: 'Location' | 'Company'; companyId?: string };
	/** Location the token is bound to, or the one the request names. */
	locationId?: string;
	findContact: (id: string) => { store: LocationStore; contact: Rec } | undefined;
}

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: Rec,
	) {
		super(String(body.message));
	}
}

/** A handler's answer: JSON, or (a Buffer body) a file sent as it is, typed by `headers`. */
export type Handler = (call: Call) => {
	status?: number;
	body: unknown;
	headers?: Record<string, string>;
};
