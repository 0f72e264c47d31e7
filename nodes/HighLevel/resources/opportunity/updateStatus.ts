import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId, readValue } from '../../shared/read';
import { opportunityIdParameter, OPPORTUNITY_FIELDS, statusParameter } from './fields';

const lostReasonParameter: INodeProperties = {
	displayName: 'Lost Reason Name or ID',
	name: 'lostReasonId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLostReasons', loadOptionsDependsOn: ['locationId'] },
	default: '',
	displayOptions: { show: { status: ['lost'] } },
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const updateStatus: OperationDefinition = {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of an opportunity',
	description: 'Mark an opportunity as open, won, lost or abandoned',
	calls: ['opportunities/update-opportunity-status'],
	properties: [
		opportunityIdParameter,
		{ ...statusParameter, default: 'won', description: 'New status of the opportunity' },
		lostReasonParameter,
	],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const body: IDataObject = { status: OPPORTUNITY_FIELDS.read(this, itemIndex, 'status') };
		if (body.status === 'lost') {
			if (readValue(this, itemIndex, lostReasonParameter) !== '')
				body.lostReasonId = readId(this, itemIndex, lostReasonParameter);
		}
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'opportunities/update-opportunity-status',
			path: { id },
			body,
			itemIndex,
			locationId,
		});
		return { id, ...body, updated: true };
	},
};
