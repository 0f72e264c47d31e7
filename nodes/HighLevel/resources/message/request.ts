import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { OperationKey } from '../../apiSpec/operations.generated';
import { resolveLocationId } from '../../shared/location';
import { sendOnce } from '../../shared/sendOnce';

/**
 * Sends or records a message (`body`) in the item's sub-account. It is never resent, so a failure
 * that leaves the outcome unknown says `what` ("The message may have been sent").
 */
export async function messageRequest(
	ctx: IExecuteFunctions,
	itemIndex: number,
	operation: OperationKey,
	body: IDataObject,
	what: string,
): Promise<IDataObject> {
	const locationId = await resolveLocationId(ctx, itemIndex);
	return await sendOnce(
		ctx,
		{ operation, body, itemIndex, locationId },
		what,
		'Check the conversation in HighLevel before running this item again, or the message may be there twice.',
	);
}
