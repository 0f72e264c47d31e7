import type { IDataObject } from 'n8n-workflow';
import type { Connection, HighLevelContext } from './connection';

/**
 * An agency (Company) OAuth token cannot call sub-account endpoints; HighLevel mints a
 * location token for it (`POST /oauth/locationToken`, scope `oauth.write`). Minted tokens are
 * kept in this process until a minute before they expire, so one agency credential serves
 * every sub-account of a workflow without a mint per item. Nothing is written to disk.
 */
interface Minted {
	token: string;
	expiresAt: number;
}

const minted = new Map<string, Minted>();
const pending = new Map<string, Promise<Minted>>();
const EARLY_MS = 60_000;

export type Mint = (companyId: string, locationId: string) => Promise<IDataObject>;

function cacheKey(ctx: HighLevelContext, connection: Connection, locationId: string): string {
	const credential = ctx.getNode().credentials?.[connection.credentialType]?.id ?? 'unsaved';
	return `${connection.baseUrl}|${credential}|${connection.companyId}|${locationId}`;
}

/** Operations the spec lets only an agency (Company) token call. */
export function agencyOnly(tokenTypes: readonly string[]): boolean {
	return tokenTypes.length > 0 && tokenTypes.every((t) => t.startsWith('Agency-Access'));
}

/**
 * Whether the credential holds a sub-account's token: a Private Integration Token (this node's
 * PIT credential always names its sub-account) or an OAuth2 token installed on a location.
 */
export function isSubAccountToken(connection: Connection): boolean {
	if (connection.credentialType === 'highLevelPrivateIntegrationApi') return true;
	return (
		connection.userType === 'Location' ||
		(connection.userType === undefined && connection.credentialLocationId !== undefined)
	);
}

/** Whether requests for this operation must carry a location token instead of the agency's. */
export function needsLocationToken(
	connection: Connection,
	tokenTypes: readonly string[],
	locationId?: string,
): boolean {
	if (connection.userType !== 'Company' || !connection.companyId || !locationId) return false;
	return !tokenTypes.some((t) => t.startsWith('Agency-Access'));
}

export async function locationToken(
	ctx: HighLevelContext,
	connection: Connection,
	locationId: string,
	mint: Mint,
): Promise<string> {
	const key = cacheKey(ctx, connection, locationId);
	const cached = minted.get(key);
	if (cached && cached.expiresAt - EARLY_MS > Date.now()) return cached.token;
	let waiting = pending.get(key);
	if (!waiting) {
		waiting = mint(connection.companyId as string, locationId).then((body) => {
			const token = String(body.access_token ?? '');
			if (!token) throw new Error('HighLevel answered the location token request without a token');
			const expiresIn = Number(body.expires_in);
			const entry = {
				token,
				expiresAt: Date.now() + (Number.isFinite(expiresIn) ? expiresIn * 1000 : 3_600_000),
			};
			minted.set(key, entry);
			return entry;
		});
		pending.set(key, waiting);
		// Settled either way: the next caller reads the cache or mints again.
		waiting.then(
			() => pending.delete(key),
			() => pending.delete(key),
		);
	}
	return (await waiting).token;
}

/** Forgets a location token HighLevel no longer accepts. */
export function dropLocationToken(
	ctx: HighLevelContext,
	connection: Connection,
	locationId: string,
): void {
	minted.delete(cacheKey(ctx, connection, locationId));
}

export function resetLocationTokens(): void {
	minted.clear();
	pending.clear();
}
