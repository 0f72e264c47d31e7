import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../transport/location';
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
	status,
	statusParameter,
	unwrap,
} from './fields';

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create an opportunity',
	description: 'Add a new opportunity for a contact to a pipeline',
	properties: [
		nameParameter,
		pipelineParameter(true),
		stageParameter,
		contactIdParameter,
		statusParameter,
		recordMapperParameter('opportunity'),
		readableCustomFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const body: IDataObject = {
			name: requiredText(this, itemIndex, 'Name', this.getNodeParameter('name', itemIndex, '')),
			pipelineId: readId(this, itemIndex, 'pipelineId', 'Pipeline'),
			contactId: readId(this, itemIndex, 'contactId', 'Contact ID'),
			status: status(this, itemIndex, this.getNodeParameter('status', itemIndex, 'open')),
		};
		const stage = this.getNodeParameter('pipelineStageId', itemIndex, '');
		if (stage !== '') body.pipelineStageId = validate.id(this, itemIndex, 'Stage', stage);
		const locationId = await resolveLocationId(this, itemIndex);
		Object.assign(body, await opportunityFields(this, itemIndex, cache, 'create', async () => locationId));
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
