import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';
import { isNodeError } from '../../shared/errors';
import { apiRequest, type ApiRequest } from '../../transport/request';

/**
 * Sends a request that sends or records a message. It is never resent, so a failure that leaves
 * the outcome unknown says `what` ("The message may have been sent") via `unknownOutcome`.
 */
export async function messageRequest(ctx: IExecuteFunctions, request: ApiRequest, what: string): Promise<IDataObject> {
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
	if (!isNodeError(error)) return error;
	const status = Number((error as NodeApiError).httpCode);
	const lost = /may have been applied and was not resent/.test(error.message);
	if (!lost && !(status >= 500)) return error;
	const reason = error.message.replace(/; the request may have been applied and was not resent$/, '');
	error.message = `${what} and was not resent: ${reason}`;
	(error as NodeApiError).description = [
		'Check the conversation in HighLevel before running this item again, or the message may be there twice.',
		(error as NodeApiError).description,
	]
		.filter(Boolean)
		.join(' ');
	return error;
}
