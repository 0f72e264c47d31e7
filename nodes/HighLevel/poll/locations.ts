import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { getConnection } from '../transport/connection';
import { getMany, skipLimitPager } from '../transport/paginate';
import { readLocationOverride } from '../shared/location';

export type SubAccounts = 'one' | 'list' | 'installed';

function splitIds(value: unknown): string[] {
	return String(value ?? '')
		.split(/[\s,]+/)
		.map((id) => id.trim())
		.filter((id) => id !== '');
}

/**
 * The sub-accounts a poll reads: one (the node's Location ID, or the credential's own), a list,
 * or every sub-account where the agency's marketplace app is installed.
 */
export async function pollLocations(ctx: IPollFunctions): Promise<string[]> {
	const mode = ctx.getNodeParameter('subAccounts', 'one') as SubAccounts;
	const connection = await getConnection(ctx);
	if (mode === 'list') {
		const ids = [...new Set(splitIds(ctx.getNodeParameter('locationIds', '')))];
		if (ids.length) return ids;
		throw new NodeOperationError(ctx.getNode(), "'Location IDs' is empty", {
			description:
				'List the sub-accounts to poll, separated by commas, for example ve9EPM428h8vShlRW1KT, otg8dTQqGLh3Q6iQI55w.',
		});
	}
	if (mode === 'installed') {
		if (connection.userType !== 'Company' || !connection.companyId) {
			throw new NodeOperationError(
				ctx.getNode(),
				'Every installed sub-account needs an agency OAuth2 credential',
				{
					description:
						'Connect the OAuth2 credential as the agency (Company), or list the sub-accounts under Location IDs.',
				},
			);
		}
		const appId = String(ctx.getNodeParameter('appId', '') ?? '').trim();
		if (!appId) {
			throw new NodeOperationError(ctx.getNode(), "'App ID' is empty", {
				description:
					'The ID of your marketplace app: the part of its client ID before the dash, also shown in the app’s URL in the developer portal.',
			});
		}
		const qs: IDataObject = { companyId: connection.companyId, appId, isInstalled: true };
		const installed = await getMany(
			ctx,
			{ returnAll: true, limit: 0 },
			skipLimitPager({ operation: 'oauth/get-installed-location', qs }, 'locations', 100, (body) =>
				typeof body.count === 'number' ? body.count : undefined,
			),
		);
		const ids = installed
			.filter((location) => location.isInstalled !== false)
			.map((location) => String(location._id ?? location.id ?? ''))
			.filter((id) => id !== '');
		return [...new Set(ids)];
	}
	const override = readLocationOverride(ctx);
	if (override) return [override];
	if (connection.credentialLocationId) return [connection.credentialLocationId];
	throw new NodeOperationError(ctx.getNode(), 'No location ID to poll', {
		description:
			"Set 'Location ID', or use a credential bound to one sub-account (a Private Integration Token with its Location ID, or an OAuth2 location token).",
	});
}
