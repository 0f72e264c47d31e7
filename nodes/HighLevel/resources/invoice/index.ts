import type { ResourceDefinition } from '../../shared/types';
import { create } from './create';
import { deleteInvoice } from './delete';
import { generateNumber } from './generateNumber';
import { get } from './get';
import { getAll } from './getAll';
import { recordPayment } from './recordPayment';
import { send } from './send';
import { text2pay } from './text2pay';
import { update } from './update';
import { voidInvoice } from './void';

export const invoice: ResourceDefinition = {
	value: 'invoice',
	name: 'Invoice',
	description: 'Invoices billed to contacts: create, send, record payments, void',
	defaultOperation: create.value,
	operations: [
		create,
		text2pay,
		deleteInvoice,
		generateNumber,
		get,
		getAll,
		recordPayment,
		send,
		update,
		voidInvoice,
	].sort((a, b) => a.name.localeCompare(b.name)),
};
