import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../transport/location';
import { serialize } from '../../shared/serialize';
import * as validate from '../../shared/validate';
import { recordMapperParameter } from '../../shared/recordMapper';
import { addReadableCustomFields, readableCustomFieldsParameter } from '../../shared/readableFields';
import { opportunityFields } from './columns';
import {
	contactIdParameter,
	nameParameter,
	pipelineParameter,
	readId,
	requiredText,
	stageParameter,
} from './fields';

export const upsert: OperationDefinition = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update an opportunity',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	properties: [
		pipelineParameter(true),
		contactIdParameter,
		{
			...nameParameter,
			description: 'Name of the opportunity; an existing one is renamed to it',
		},
		stageParameter,
		recordMapperParameter('opportunity'),
		readableCustomFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const body: IDataObject = {
			pipelineId: readId(this, itemIndex, 'pipelineId', 'Pipeline'),
			contactId: readId(this, itemIndex, 'contactId', 'Contact ID'),
			name: requiredText(this, itemIndex, 'Name', this.getNodeParameter('name', itemIndex, '')),
		};
		const stage = this.getNodeParameter('pipelineStageId', itemIndex, '');
		if (stage !== '') body.pipelineStageId = validate.id(this, itemIndex, 'Stage', stage);
		const locationId = await resolveLocationId(this, itemIndex);
		Object.assign(body, await opportunityFields(this, itemIndex, cache, 'upsert', async () => locationId));
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
		return await addReadableCustomFields(this, itemIndex, cache, 'opportunity', { ...opportunity, new: response.new === true });
	},
};
