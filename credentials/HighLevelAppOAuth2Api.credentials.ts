import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';
import { allowPlainHttpProperty } from './HighLevelPrivateIntegrationApi.credentials';

const BASE_URL = 'https://services.leadconnectorhq.com';

/**
 * Scopes every operation of the node needs. Users may trim them to what their app was granted;
 * an operation outside the granted scopes fails with HighLevel's scope message.
 */
export const DEFAULT_SCOPES = [
	'contacts.readonly',
	'contacts.write',
	'locations.readonly',
	'locations/customFields.readonly',
	'locations/tags.readonly',
	'locations/tags.write',
	'locations/tasks.readonly',
	'users.readonly',
	'workflows.readonly',
	'campaigns.readonly',
	'calendars.readonly',
	'calendars.write',
	'calendars/events.readonly',
	'calendars/events.write',
	'calendars/groups.readonly',
	'calendars/groups.write',
	'calendars/resources.readonly',
	'calendars/resources.write',
	'opportunities.readonly',
	'opportunities.write',
	'businesses.readonly',
	'businesses.write',
	'products.readonly',
	'products.write',
	'products/prices.readonly',
	'products/prices.write',
	'products/collection.readonly',
	'products/collection.write',
	'forms.readonly',
	'surveys.readonly',
	'payments/orders.readonly',
	'payments/orders.write',
	'conversations.readonly',
	'conversations.write',
	'conversations/message.readonly',
	'conversations/message.write',
	'associations.readonly',
	'associations.write',
	'associations/relation.readonly',
	'associations/relation.write',
	'objects/schema.readonly',
	'objects/schema.write',
	'objects/record.readonly',
	'objects/record.write',
	'invoices.readonly',
	'invoices.write',
	'invoices/template.readonly',
	'invoices/template.write',
	'invoices/schedule.readonly',
	'invoices/schedule.write',
	'invoices/estimate.readonly',
	'invoices/estimate.write',
	'payments/transactions.readonly',
	'payments/subscriptions.readonly',
	'payments/coupons.readonly',
	'payments/coupons.write',
	'links.readonly',
	'links.write',
	'medias.readonly',
	'medias.write',
	'locations/customValues.readonly',
	'locations/customValues.write',
	'locations/customFields.write',
	'locations/templates.readonly',
	'users.write',
	'locations.write',
	'oauth.readonly',
	'oauth.write',
	'documents_contracts/list.readonly',
	'documents_contracts/sendLink.write',
	'funnels/funnel.readonly',
	'funnels/page.readonly',
	'funnels/redirect.readonly',
	'funnels/redirect.write',
	'blogs/list.readonly',
	'blogs/posts.readonly',
	'blogs/post.write',
	'blogs/post-update.write',
	'blogs/author.readonly',
	'blogs/category.readonly',
	'blogs/check-slug.readonly',
	'socialplanner/account.readonly',
	'socialplanner/post.readonly',
	'socialplanner/post.write',
	'socialplanner/category.readonly',
	'socialplanner/tag.readonly',
].join(' ');

export class HighLevelAppOAuth2Api implements ICredentialType {
	name = 'highLevelAppOAuth2Api';

	extends = ['oAuth2Api'];

	// "Plus" tells it apart from n8n's built-in "HighLevel OAuth2 API", which this package's nodes cannot use.
	displayName = 'HighLevel Plus OAuth2 API';

	documentationUrl =
		'https://github.com/n8n-nodes-highlevel/n8n-nodes-highlevel/blob/main/docs/credentials.md#oauth2-marketplace-app-agencies-many-sub-accounts-webhooks';

	icon: Icon = { light: 'file:highlevel.svg', dark: 'file:highlevel.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'options',
			options: [
				{
					name: 'Standard (marketplace.gohighlevel.com)',
					value: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
				},
				{
					name: 'White-Label (marketplace.leadconnectorhq.com)',
					value: 'https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation',
				},
			],
			default: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
			description:
				'Where HighLevel asks the user to pick a sub-account. Use White-Label when your agency runs HighLevel under its own brand.',
			required: true,
		},
		{
			// Follows the base URL, so a proxy or test server also answers token refreshes.
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{$self["useCustomBaseUrl"] ? String($self["baseUrl"]).replace(/\\/+$/, "") + "/oauth/token" : "${BASE_URL}/oauth/token"}}`,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: DEFAULT_SCOPES,
			description:
				'Space-separated scopes; they must match the scopes chosen in your marketplace app. The default covers every operation of the HighLevel node.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// HighLevel expects client_id and client_secret in the token request body.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'Use Custom Base URL',
			name: 'useCustomBaseUrl',
			type: 'boolean',
			default: false,
			description:
				'Whether to send API requests somewhere other than HighLevel’s API, e.g. a proxy or a test server',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: BASE_URL,
			displayOptions: { show: { useCustomBaseUrl: [true] } },
			description: 'Address of the HighLevel API v2, without a trailing slash',
		},
		allowPlainHttpProperty,
	];
}
