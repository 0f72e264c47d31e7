import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
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
		const { body, locationId } = await placedOpportunityBody(this, itemIndex, cache, 'create', [
			'name',
			'pipelineId',
			'contactId',
			'status',
		]);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'opportunities/create-opportunity',
			body,
			itemIndex,
			locationId,
		});
		return await addReadableCustomFields(this, itemIndex, cache, 'opportunity', unwrap(response));
	},
};
