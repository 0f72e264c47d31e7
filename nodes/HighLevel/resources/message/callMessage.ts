import type { OperationKey } from '../../apiSpec/operations.generated';
import { binaryPropertyParameter, downloadFile, type ExpectedFile } from '../../shared/download';
import { resolveLocationId } from '../../shared/location';
import { idParameter } from '../../shared/params';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';

/** The call message whose recording or transcription is read. */
export const callMessageIdParameter = idParameter(
	'messageId',
	'Message ID',
	'ID of a call message: messageId in the answer of Add Outbound Call, or the ID of a TYPE_CALL message from Get Many. HighLevel keeps recordings for calls only.',
);

/**
 * An operation that downloads one file of a call message (its recording, its transcription) into
 * the item's binary data; `file.baseName` is the prefix the message ID completes.
 */
export function callFileOperation(
	definition: Pick<OperationDefinition, 'value' | 'name' | 'action' | 'description'>,
	operation: OperationKey,
	file: ExpectedFile,
): OperationDefinition {
	return {
		...definition,
		calls: [operation],
		properties: [callMessageIdParameter, binaryPropertyParameter],
		async execute(itemIndex) {
			const messageId = readId(this, itemIndex, callMessageIdParameter);
			const locationId = await resolveLocationId(this, itemIndex);
			return await downloadFile(
				this,
				itemIndex,
				{ operation, path: { messageId, locationId }, locationId },
				{ ...file, baseName: `${file.baseName}-${messageId}` },
				{ messageId },
			);
		},
	};
}
