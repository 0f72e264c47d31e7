import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IDataObject,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export type HighLevelContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export type AuthenticationMethod = 'privateIntegrationToken' | 'oAuth2';

/** Credential type names, by the node's Authentication choice. */
export function credentialTypeFor(method: AuthenticationMethod): string {
	return method === 'oAuth2' ? 'highLevelAppOAuth2Api' : 'highLevelPrivateIntegrationApi';
}

const PRIVATE_INTEGRATION_TYPE = credentialTypeFor('privateIntegrationToken');

const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** What a request needs to know about the credential, read once per execution. */
export interface Connection {
	credentialType: string;
	baseUrl: string;
	/** The location the credential is bound to, if any (PIT field, or OAuth location token). */
	credentialLocationId?: string;
	companyId?: string;
	userType?: string;
}

// Reading and decrypting the credential for every item costs more than the request building
// itself, so it is read once per node execution (the context object lives that long).
const cache = new WeakMap<object, Promise<Connection>>();
// Kept beside the connection, never on it, so logging a connection cannot show a token.
const decrypted = new WeakMap<Connection, ICredentialsDecrypted>();

/**
 * The Private Integration Token credential as read for this execution. Handed to n8n's request
 * helper, it spares n8n reading the credential again for every request (in n8n: a database
 * read and a decryption). OAuth2 credentials are always read by n8n itself, for refreshes.
 */
export function decryptedCredential(connection: Connection): ICredentialsDecrypted | undefined {
	return decrypted.get(connection);
}

// Which credential the node uses is the node's Authentication parameter, which the node's entry
// points read (shared/authentication.ts) and hand over here before the first request.
const methods = new WeakMap<object, AuthenticationMethod>();

export function useAuthentication(ctx: HighLevelContext, method: AuthenticationMethod): void {
	methods.set(ctx, method);
}

export async function getConnection(ctx: HighLevelContext): Promise<Connection> {
	let pending = cache.get(ctx);
	if (!pending) {
		pending = readConnection(ctx);
		cache.set(ctx, pending);
		pending.catch(() => cache.delete(ctx));
	}
	return await pending;
}

async function readConnection(ctx: HighLevelContext): Promise<Connection> {
	const method = methods.get(ctx);
	// A programming error: an entry point of the node did not say which credential it uses.
	if (!method) throw new Error('No authentication chosen for this run of the node');
	const credentialType = credentialTypeFor(method);
	const credentials: ICredentialDataDecryptedObject = await ctx.getCredentials(credentialType);
	const baseUrl = (
		credentials.useCustomBaseUrl && typeof credentials.baseUrl === 'string' && credentials.baseUrl
			? credentials.baseUrl
			: DEFAULT_BASE_URL
	).replace(/\/+$/, '');
	refusePlainHttp(ctx, baseUrl, credentials.allowPlainHttp === true);
	if (credentialType === PRIVATE_INTEGRATION_TYPE) {
		const connection: Connection = {
			credentialType,
			baseUrl,
			credentialLocationId: stringOrUndefined(credentials.locationId),
		};
		const { id = '', name = '' } = ctx.getNode().credentials?.[credentialType] ?? {};
		decrypted.set(connection, { id: id ?? '', name, type: credentialType, data: credentials });
		return connection;
	}
	const tokenData = (credentials.oauthTokenData ?? {}) as IDataObject;
	return {
		credentialType,
		baseUrl,
		credentialLocationId: stringOrUndefined(tokenData.locationId),
		companyId: stringOrUndefined(tokenData.companyId),
		userType: stringOrUndefined(tokenData.userType),
	};
}

/** Hosts a plain http:// base URL may name without the credential's explicit consent: this machine. */
function isLoopback(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host === '::1' ||
		/^127(\.\d{1,3}){3}$/.test(host)
	);
}

/** A token sent over plain http to another machine can be read on the way: refused unless allowed. */
function refusePlainHttp(ctx: HighLevelContext, baseUrl: string, allowed: boolean): void {
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw new NodeOperationError(ctx.getNode(), 'The credential’s Base URL is not a URL', {
			description:
				'Set Base URL to an address such as https://services.leadconnectorhq.com, or turn off Use Custom Base URL.',
		});
	}
	if (
		url.protocol === 'https:' ||
		(url.protocol === 'http:' && (allowed || isLoopback(url.hostname)))
	)
		return;
	const problem =
		url.protocol === 'http:'
			? `uses plain http:// to ${url.host}, which would send the token unencrypted`
			: `uses ${url.protocol}, which is not http:// or https://`;
	throw new NodeOperationError(ctx.getNode(), `The credential’s Base URL ${problem}`, {
		description:
			'Use https://, or (only where the network to that host is trusted) turn on Allow Plain HTTP in the credential. Nothing was sent.',
	});
}

function stringOrUndefined(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
