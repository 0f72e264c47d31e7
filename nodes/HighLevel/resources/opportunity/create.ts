import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { recordMapperParameter } from '../../shared/recordMapper';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { opportunityFields } from './columns';
import {
	nameParameter,
	opportunityContactIdParameter,
	OPPORTUNITY_FIELDS,
	pipelineParameter,
	stageParameter,
	statusParameter,
	unwrap,
} from './fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an opportunity',
	description: 'Add a new opportunity for a contact to a pipeline',
	calls: ['opportunities/create-opportunity', 'locations/get-custom-fields'],
	properties: [
		nameParameter,
		pipelineParameter,
		stageParameter,
		opportunityContactIdParameter,
		statusParameter,
		recordMapperParameter('opportunity'),
		readableCustomFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const body: IDataObject = {
			name: OPPORTUNITY_FIELDS.read(this, itemIndex, 'name'),
			pipelineId: OPPORTUNITY_FIELDS.read(this, itemIndex, 'pipelineId'),
			contactId: readId(this, itemIndex, opportunityContactIdParameter),
			status: OPPORTUNITY_FIELDS.read(this, itemIndex, 'status'),
			...OPPORTUNITY_FIELDS.body(this, itemIndex, {
				pipelineStageId: this.getNodeParameter('pipelineStageId', itemIndex, ''),
			}),
		};
		const locationId = await resolveLocationId(this, itemIndex);
		Object.assign(
			body,
			await opportunityFields(this, itemIndex, cache, 'create', async () => locationId),
		);
		body.locationId = locationId;
		const response = await apiRequest<IDataObject>(this, {
			operation: 'opportunities/create-opportunity',
			body,
			itemIndex,
			locationId,
		});
		return await addReadableCustomFields(this, itemIndex, cache, 'opportunity', unwrap(response));
	},
};
