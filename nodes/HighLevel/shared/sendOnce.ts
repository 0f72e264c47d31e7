import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import { isNodeError } from './errors';
import { outcomeOf, reasonOf } from '../transport/errors';
import { apiRequest, type ApiRequest } from '../transport/request';

/**
 * Sends a request that makes something HighLevel keeps (a message, an uploaded file, a folder).
 * The transport never resends it after an unclear outcome, so a failure that leaves the outcome
 * unknown starts with `what` ("The file may have been uploaded") and says where to `check`
 * before the item is run again, or the thing may be there twice.
 */
export async function sendOnce(
	ctx: IExecuteFunctions,
	request: ApiRequest,
	what: string,
	check: string,
): Promise<IDataObject> {
	try {
		return await apiRequest<IDataObject>(ctx, request);
	} catch (error) {
		throw unknownOutcome(error, what, check);
	}
}

/** The error of a request that may have been applied, saying so first; any other error as it is. */
function unknownOutcome(error: unknown, what: string, check: string): unknown {
	if (!isNodeError(error) || outcomeOf(error) !== 'may have been applied') return error;
	error.message = `${what} and was not resent: ${reasonOf(error) ?? error.message}`;
	(error as NodeApiError).description = [check, (error as NodeApiError).description]
		.filter(Boolean)
		.join(' ');
	return error;
}
