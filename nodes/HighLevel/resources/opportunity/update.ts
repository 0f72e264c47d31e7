import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../transport/location';
import * as validate from '../../shared/validate';
import { fieldsCollection, opportunityIdParameter, optionalFieldsBody, readId, unwrap } from './fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an opportunity',
	description: 'Change fields of an existing opportunity, or move it to another stage or pipeline',
	properties: [
		opportunityIdParameter,
		fieldsCollection('updateFields', ['assignedTo', 'monetaryValue', 'name', 'pipelineId', 'pipelineStageId', 'source', 'status']),
	],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, 'opportunityId', 'Opportunity ID');
		const body = optionalFieldsBody(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (!Object.keys(body).length) {
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
		}
		if (body.pipelineId && !body.pipelineStageId) {
			// A stage belongs to one pipeline, so a move needs a stage of the new one.
			throw validate.inputError(this, itemIndex, 'Stage', 'a stage of the new pipeline when moving to another pipeline');
		}
		const locationId = await resolveLocationId(this, itemIndex);
		return unwrap(
			await apiRequest<IDataObject>(this, { operation: 'opportunities/update-opportunity', path: { id }, body, itemIndex, locationId }),
		);
	},
};
