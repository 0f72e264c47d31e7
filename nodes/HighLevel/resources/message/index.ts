import type { ResourceDefinition } from '../../shared/types';
import { addInbound } from './addInbound';
import { addOutboundCall } from './addOutboundCall';
import { cancelScheduled } from './cancelScheduled';
import { exportMessages } from './export';
import { downloadTranscription } from './downloadTranscription';
import { get } from './get';
import { getAll } from './getAll';
import { getEmail } from './getEmail';
import { getRecording } from './getRecording';
import { getTranscription } from './getTranscription';
import { send } from './send';
import { updateStatus } from './updateStatus';
import { uploadAttachment } from './uploadAttachment';

export const message: ResourceDefinition = {
	value: 'message',
	name: 'Message',
	description: 'SMS, email, WhatsApp and other messages in a contact’s conversation',
	defaultOperation: send.value,
	operations: [
		addInbound,
		addOutboundCall,
		cancelScheduled,
		exportMessages,
		downloadTranscription,
		get,
		getAll,
		getEmail,
		getRecording,
		getTranscription,
		send,
		updateStatus,
		uploadAttachment,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
