import type { ResourceDefinition } from '../../shared/types';
import { addInbound } from './addInbound';
import { addOutboundCall } from './addOutboundCall';
import { cancelScheduled } from './cancelScheduled';
import { get } from './get';
import { getAll } from './getAll';
import { send } from './send';
import { updateStatus } from './updateStatus';

export const message: ResourceDefinition = {
	value: 'message',
	name: 'Message',
	description: 'SMS, email, WhatsApp and other messages in a contact’s conversation',
	defaultOperation: send.value,
	operations: [addInbound, addOutboundCall, cancelScheduled, get, getAll, send, updateStatus].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
