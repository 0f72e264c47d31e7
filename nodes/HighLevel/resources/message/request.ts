import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sendOnce } from '../../shared/sendOnce';
import type { ApiRequest } from '../../transport/request';

/**
 * Sends a request that sends or records a message. It is never resent, so a failure that leaves
 * the outcome unknown says `what` ("The message may have been sent").
 */
export async function messageRequest(
	ctx: IExecuteFunctions,
	request: ApiRequest,
	what: string,
): Promise<IDataObject> {
	return await sendOnce(
		ctx,
		request,
		what,
		'Check the conversation in HighLevel before running this item again, or the message may be there twice.',
	);
}
