import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { serialize } from '../../shared/serialize';
import { recordMapperParameter } from '../../shared/recordMapper';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { placedOpportunityBody } from './columns';
import {
	nameParameter,
	opportunityContactIdParameter,
	pipelineParameter,
	stageParameter,
} from './fields';

export const upsert: OperationDefinition = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update an opportunity',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	// The custom field list only for Add Readable Custom Fields: HighLevel's upsert takes none.
	calls: ['opportunities/Upsert-opportunity', 'locations/get-custom-fields'],
	properties: [
		pipelineParameter,
		opportunityContactIdParameter,
		{
			...nameParameter,
			description: 'Name of the opportunity; an existing one is renamed to it',
		},
		stageParameter,
		recordMapperParameter('opportunity'),
		readableCustomFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const { body, locationId } = await placedOpportunityBody(this, itemIndex, cache, 'upsert', [
			'pipelineId',
			'contactId',
			'name',
		]);
		// HighLevel matches the contact's opportunity in the pipeline; two items for the same pair
		// sent at once could both create one, so they queue.
		const keys = [`${locationId}:opportunity:${String(body.pipelineId)}:${String(body.contactId)}`];
		if (body.id) keys.push(`${locationId}:opportunity:${String(body.id)}`);
		const response = await serialize(
			cache,
			keys,
			async () =>
				await apiRequest<IDataObject>(this, {
					operation: 'opportunities/Upsert-opportunity',
					body,
					itemIndex,
					locationId,
					// Resending finds the opportunity the first attempt made instead of making another.
				}),
		);
		const opportunity = (response.opportunity as IDataObject) ?? {};
		return await addReadableCustomFields(this, itemIndex, cache, 'opportunity', {
			...opportunity,
			new: response.new === true,
		});
	},
};
