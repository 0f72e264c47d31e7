import { NodeOperationError } from 'n8n-workflow';
import type { HighLevelContext } from '../transport/connection';
import { getConnection } from '../transport/connection';

/**
 * The sub-account an item works on: the node's Location ID when set, otherwise the
 * credential's own location (the PIT's Location ID, or the OAuth location token's).
 */
export async function resolveLocationId(ctx: HighLevelContext, itemIndex: number): Promise<string> {
	const override = readOverride(ctx, itemIndex);
	if (override) return override;
	const { credentialLocationId } = await getConnection(ctx);
	if (credentialLocationId) return credentialLocationId;
	throw new NodeOperationError(ctx.getNode(), 'No location ID to work on', {
		itemIndex,
		description:
			"Set 'Location ID' on the node, or use a credential bound to one sub-account (a Private Integration Token with its Location ID, or an OAuth2 location token).",
	});
}

function readOverride(ctx: HighLevelContext, itemIndex: number): string | undefined {
	let value: unknown;
	try {
		value = ctx.getNodeParameter('locationId', itemIndex, '');
	} catch (error) {
		// Dropdown loaders run before any item exists; an unresolvable expression there means
		// "no override", never a failed dropdown.
		if ('getInputData' in ctx)
			throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
		return undefined;
	}
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') {
		throw new NodeOperationError(ctx.getNode(), "'Location ID' must be text", {
			itemIndex,
			description: `Expected a location ID such as ve9EPM428h8vShlRW1KT, got ${typeof value}.`,
		});
	}
	return value.trim() || undefined;
}
