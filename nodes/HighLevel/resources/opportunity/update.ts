import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import { customFieldsBody, customFieldsParameter, hasCustomFields } from '../../shared/customFields';
import { readId } from '../../shared/read';
import { opportunityIdParameter, OPPORTUNITY_FIELDS, unwrap } from './fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an opportunity',
	description: 'Change fields of an existing opportunity, or move it to another stage or pipeline',
	calls: ['opportunities/update-opportunity', 'locations/get-custom-fields'],
	properties: [
		opportunityIdParameter,
		OPPORTUNITY_FIELDS.collection('updateFields', 'Update Fields', ['id'], true),
		customFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		const body = OPPORTUNITY_FIELDS.body(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (!Object.keys(body).length && !hasCustomFields(this, itemIndex)) {
			throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field or custom field to change');
		}
		if (body.pipelineId && !body.pipelineStageId) {
			// A stage belongs to one pipeline, so a move needs a stage of the new one.
			throw validate.inputError(this, itemIndex, 'Stage', 'a stage of the new pipeline when moving to another pipeline');
		}
		const locationId = await resolveLocationId(this, itemIndex);
		const customFields = await customFieldsBody(this, itemIndex, cache, locationId, 'opportunity');
		if (customFields) body.customFields = customFields;
		return unwrap(
			await apiRequest<IDataObject>(this, { operation: 'opportunities/update-opportunity', path: { id }, body, itemIndex, locationId }),
		);
	},
};
