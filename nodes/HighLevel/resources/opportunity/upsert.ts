import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { serialize } from '../../shared/serialize';
import { readId } from '../../shared/read';
import { nameParameter, opportunityContactIdParameter, OPPORTUNITY_FIELDS, pipelineParameter, stageParameter } from './fields';

export const upsert: OperationDefinition = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update an opportunity',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	calls: ['opportunities/Upsert-opportunity'],
	properties: [
		pipelineParameter,
		opportunityContactIdParameter,
		{
			...nameParameter,
			description: 'Name of the opportunity; an existing one is renamed to it',
		},
		stageParameter,
		OPPORTUNITY_FIELDS.collectionOf('additionalFields', 'Additional Fields', ['assignedTo', 'id', 'monetaryValue', 'status']),
	],
	async execute(itemIndex, cache) {
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = {
			pipelineId: OPPORTUNITY_FIELDS.read(this, itemIndex, 'pipelineId'),
			contactId: readId(this, itemIndex, opportunityContactIdParameter),
			name: OPPORTUNITY_FIELDS.read(this, itemIndex, 'name'),
			...OPPORTUNITY_FIELDS.body(this, itemIndex, { pipelineStageId: this.getNodeParameter('pipelineStageId', itemIndex, ''), ...additional }),
		};
		const locationId = await resolveLocationId(this, itemIndex);
		body.locationId = locationId;
		// HighLevel matches the contact's opportunity in the pipeline; two items for the same pair
		// sent at once could both create one, so they queue.
		const keys = [`${locationId}:opportunity:${String(body.pipelineId)}:${String(body.contactId)}`];
		if (body.id) keys.push(`${locationId}:opportunity:${String(body.id)}`);
		const response = await serialize(cache, keys, async () =>
			await apiRequest<IDataObject>(this, {
				operation: 'opportunities/Upsert-opportunity',
				body,
				itemIndex,
				locationId,
				// Resending finds the opportunity the first attempt made instead of making another.
				idempotent: true,
			}),
		);
		const opportunity = (response.opportunity as IDataObject) ?? {};
		return { ...opportunity, new: response.new === true };
	},
};
