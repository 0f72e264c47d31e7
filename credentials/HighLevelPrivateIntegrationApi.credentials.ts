import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

/**
 * Both credentials' consent to send the token over plain http to another machine; without it
 * transport/connection.ts refuses such a Base URL (loopback hosts need none).
 */
export const allowPlainHttpProperty: INodeProperties = {
	displayName: 'Allow Plain HTTP',
	name: 'allowPlainHttp',
	type: 'boolean',
	default: false,
	displayOptions: { show: { useCustomBaseUrl: [true] } },
	description:
		'Whether to send the token over a Base URL that starts with http:// to a host other than this machine. Anyone on the way can read it; leave off unless the network between n8n and that host is trusted.',
};

export const HIGHLEVEL_BASE_URL = 'https://services.leadconnectorhq.com';

export class HighLevelPrivateIntegrationApi implements ICredentialType {
	name = 'highLevelPrivateIntegrationApi';

	displayName = 'HighLevel Plus Private Integration Token API';

	documentationUrl =
		'https://github.com/n8n-nodes-highlevel/n8n-nodes-highlevel/blob/main/docs/credentials.md#private-integration-token-simplest-one-sub-account';

	icon: Icon = { light: 'file:highlevel.svg', dark: 'file:highlevel.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Private Integration Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Made in HighLevel under Settings > Private Integrations > Create new integration. Give it the scopes of the operations you use. HighLevel recommends rotating it every 90 days; paste the new token here after rotating.',
		},
		{
			displayName: 'Location ID',
			name: 'locationId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 've9EPM428h8vShlRW1KT',
			description:
				'ID of the sub-account the token belongs to (a token does not reveal it). Find it in HighLevel under Settings > Business Profile, or in the address bar after /location/.',
		},
		{
			displayName: 'Use Custom Base URL',
			name: 'useCustomBaseUrl',
			type: 'boolean',
			default: false,
			description:
				'Whether to send requests somewhere other than HighLevel’s API, e.g. a proxy or a test server',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: HIGHLEVEL_BASE_URL,
			displayOptions: { show: { useCustomBaseUrl: [true] } },
			description: 'Address of the HighLevel API v2, without a trailing slash',
		},
		allowPlainHttpProperty,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.token}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.useCustomBaseUrl ? $credentials.baseUrl.replace(/\\/+$/, '') : '${HIGHLEVEL_BASE_URL}'}}`,
			url: '=/locations/{{encodeURIComponent($credentials.locationId)}}',
			headers: { Version: '2021-07-28', Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'HighLevel rejected the token: it is invalid or expired, or it lacks the locations.readonly scope',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'The token does not have access to this location: check the Location ID',
				},
			},
		],
	};
}
