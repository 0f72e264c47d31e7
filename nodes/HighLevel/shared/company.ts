import type { IDataObject } from 'n8n-workflow';
import { getConnection, type HighLevelContext } from '../transport/connection';
import { apiRequest } from '../transport/request';
import type { ExecutionCache } from './types';

/**
 * The agency (company) a request names: an agency token's own, else the sub-account's, read with
 * `locations/get-location` once per execution. HighLevel's user and sub-account searches take it
 * from sub-account tokens too.
 */
export async function companyIdOf(
	ctx: HighLevelContext,
	itemIndex: number | undefined,
	locationId: string,
	cache: ExecutionCache = new Map(),
): Promise<string> {
	const connection = await getConnection(ctx);
	if (connection.companyId) return connection.companyId;
	const key = `companyOf:${locationId}`;
	const read = async () => {
		const body = await apiRequest<IDataObject>(ctx, {
			operation: 'locations/get-location',
			path: { locationId },
			itemIndex,
			locationId,
		});
		return String(((body.location as IDataObject | undefined) ?? {}).companyId ?? '');
	};
	const shared = cache.get(key) as Promise<string> | undefined;
	if (shared) {
		// Another item's read: if it failed, this item reads for itself, so its error names it.
		return await shared.catch(read);
	}
	const pending = read();
	cache.set(key, pending);
	pending.catch(() => cache.delete(key));
	return await pending;
}
