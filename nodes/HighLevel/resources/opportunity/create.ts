import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import { customFieldsBody, customFieldsParameter } from '../../shared/customFields';
import {
	contactIdParameter,
	fieldsCollection,
	nameParameter,
	optionalFieldsBody,
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
	calls: ['opportunities/create-opportunity', 'locations/get-custom-fields'],
	properties: [
		nameParameter,
		pipelineParameter(true),
		stageParameter,
		contactIdParameter,
		statusParameter,
		fieldsCollection('additionalFields', ['assignedTo', 'monetaryValue', 'source']),
		customFieldsParameter('opportunity'),
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
		Object.assign(body, optionalFieldsBody(this, itemIndex, this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject));
		const locationId = await resolveLocationId(this, itemIndex);
		body.locationId = locationId;
		const customFields = await customFieldsBody(this, itemIndex, cache, locationId, 'opportunity');
		if (customFields) body.customFields = customFields;
		const response = await apiRequest<IDataObject>(this, {
			operation: 'opportunities/create-opportunity',
			body,
			itemIndex,
			locationId,
		});
		return unwrap(response);
	},
};
