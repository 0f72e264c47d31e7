import type {
	INodeCredentialDescription,
	INodeProperties,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import {
	credentialTypeFor,
	useAuthentication,
	type AuthenticationMethod,
	type HighLevelContext,
} from '../transport/connection';

/** Both nodes that call HighLevel offer the same two credentials, chosen by Authentication. */
export const HIGHLEVEL_CREDENTIALS: INodeCredentialDescription[] = (
	['privateIntegrationToken', 'oAuth2'] as const
).map((method) => ({
	name: credentialTypeFor(method),
	required: true,
	displayOptions: { show: { authentication: [method] } },
}));

/** The Authentication choice; `description` says what each credential is good for in this node. */
export function authenticationParameter(description: string): INodeProperties {
	return {
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'Private Integration Token', value: 'privateIntegrationToken' },
			{ name: 'OAuth2', value: 'oAuth2' },
		],
		default: 'privateIntegrationToken',
		description,
	};
}

export function authenticationMethod(ctx: HighLevelContext): AuthenticationMethod {
	const value = ctx.getNodeParameter('authentication', 0, 'privateIntegrationToken') as string;
	return value === 'oAuth2' ? 'oAuth2' : 'privateIntegrationToken';
}

/**
 * Tells the transport which credential this run uses. Every entry point calls it first (the
 * router, the poll, each dropdown method): transport/ reads no node parameter itself.
 */
export function authenticate<T extends HighLevelContext>(ctx: T): T {
	useAuthentication(ctx, authenticationMethod(ctx));
	return ctx;
}

type Method = (this: ILoadOptionsFunctions, ...args: never[]) => Promise<unknown>;

/** Dropdown, search and mapper methods, each authenticating its context before it runs. */
export function authenticated<M extends Record<string, Method>>(methods: M): M {
	return Object.fromEntries(
		Object.entries(methods).map(([name, method]) => [
			name,
			async function (this: ILoadOptionsFunctions, ...args: never[]) {
				return await method.apply(authenticate(this), args);
			},
		]),
	) as M;
}
