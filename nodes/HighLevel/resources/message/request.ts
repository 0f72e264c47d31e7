import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import { isNodeError } from '../../shared/errors';
import { outcomeOf, reasonOf } from '../../transport/errors';
import { apiRequest, type ApiRequest } from '../../transport/request';

/**
 * Sends a request that sends or records a message. It is never resent, so a failure that leaves
 * the outcome unknown says `what` ("The message may have been sent") via `unknownOutcome`.
 */
export async function messageRequest(
	ctx: IExecuteFunctions,
	request: ApiRequest,
	what: string,
): Promise<IDataObject> {
	try {
		return await apiRequest<IDataObject>(ctx, request);
	} catch (error) {
		throw unknownOutcome(error, what);
	}
}

/**
 * A message HighLevel may have delivered although the node saw a failure (a server error, or an
 * answer that never came). It is never resent, so the user must hear that it may have gone out.
 */
function unknownOutcome(error: unknown, what: string): unknown {
	if (!isNodeError(error) || outcomeOf(error) !== 'may have been applied') return error;
	error.message = `${what} and was not resent: ${reasonOf(error) ?? error.message}`;
	(error as NodeApiError).description = [
		'Check the conversation in HighLevel before running this item again, or the message may be there twice.',
		(error as NodeApiError).description,
	]
		.filter(Boolean)
		.join(' ');
	return error;
}
