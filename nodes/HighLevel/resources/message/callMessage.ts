import { idParameter } from '../../shared/params';

/** The call message whose recording or transcription is read. */
export const callMessageIdParameter = idParameter(
	'messageId',
	'Message ID',
	'ID of a call message: messageId in the answer of Add Outbound Call, or the ID of a TYPE_CALL message from Get Many. HighLevel keeps recordings for calls only.',
);
