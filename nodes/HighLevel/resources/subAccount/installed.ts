import type { IDataObject } from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { authenticationMethod } from '../../shared/authentication';
import { credentialTypeFor, getConnection } from '../../transport/connection';
import { skipLimitPager } from '../../transport/paginate';

const OPTIONS = fieldTable([
	{
		name: 'query',
		title: 'Name',
		description: 'Only sub-accounts whose name contains this text',
		check: 'text',
	},
	{
		name: 'isInstalled',
		title: 'Installed Only',
		description:
			'Whether to list only the sub-accounts where the app is installed (off: every sub-account of the agency, each with isInstalled)',
		check: 'boolean',
		type: 'boolean',
		default: true,
	},
	{
		name: 'appId',
		title: 'App ID',
		description:
			'The marketplace app whose installs to list; by default the app of the credential (its client ID before the dash)',
		check: 'id',
		placeholder: '6578278e879ad2646715ba9c',
	},
]);

/** oauth.json names no largest `limit` (default 20); 100 is the page asked for. */
const PAGE_SIZE = 100;

export const getInstalled = getManyOperation({
	many: 'installed sub-accounts',
	value: 'getInstalled',
	name: 'Get Many Installed',
	action: 'Get many sub-accounts where the app is installed',
	description:
		'List the agency’s sub-accounts where the app is installed, so a workflow can loop over every sub-account with one agency credential. Needs an agency OAuth2 token.',
	calls: ['oauth/get-installed-location'],
	properties: [{ ...OPTIONS.collection('filters', 'Filters'), placeholder: 'Add Filter' }],
	async pager(itemIndex, { filters }) {
		const { appId: given, isInstalled, ...rest } = OPTIONS.body(this, itemIndex, filters);
		const { companyId } = await getConnection(this);
		const qs: IDataObject = {
			companyId,
			appId: given ?? (await credentialAppId(this)),
			isInstalled: isInstalled ?? true,
			...rest,
		};
		return skipLimitPager(
			{ operation: 'oauth/get-installed-location', qs, itemIndex },
			'locations',
			PAGE_SIZE,
			(body) => (typeof body.count === 'number' ? body.count : undefined),
		);
	},
});

/** HighLevel's client IDs are the app's ID, a dash and a suffix. */
async function credentialAppId(
	ctx: Parameters<typeof getConnection>[0],
): Promise<string | undefined> {
	const method = authenticationMethod(ctx);
	// A Private Integration Token is refused before sending: the operation needs an agency token.
	if (method !== 'oAuth2') return undefined;
	const credentials = await ctx.getCredentials(credentialTypeFor(method));
	const clientId = typeof credentials.clientId === 'string' ? credentials.clientId : '';
	return clientId.split('-')[0] || undefined;
}
