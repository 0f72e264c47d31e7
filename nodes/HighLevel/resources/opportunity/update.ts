import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../transport/location';
import * as validate from '../../shared/validate';
import { recordMapperParameter } from '../../shared/recordMapper';
import { addReadableCustomFields, readableCustomFieldsParameter } from '../../shared/readableFields';
import { opportunityFields } from './columns';
import { opportunityIdParameter, pipelineParameter, readId, stageParameter, unwrap } from './fields';

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an opportunity',
	description: 'Change fields of an existing opportunity, or move it to another stage or pipeline',
	properties: [
		opportunityIdParameter,
		{ ...pipelineParameter(false), hint: 'To move the opportunity to another pipeline; leave empty to keep it in its pipeline' },
		{ ...stageParameter, hint: 'To move the opportunity to another stage; leave empty to keep its stage' },
		recordMapperParameter('opportunity'),
		readableCustomFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const id = readId(this, itemIndex, 'opportunityId', 'Opportunity ID');
		let location: string | undefined;
		const theLocation = async () => (location ??= await resolveLocationId(this, itemIndex));
		const body = await opportunityFields(this, itemIndex, cache, 'update', theLocation);
		const pipeline = this.getNodeParameter('pipelineId', itemIndex, '');
		if (pipeline !== '') body.pipelineId = validate.id(this, itemIndex, 'Pipeline', pipeline);
		const stage = this.getNodeParameter('pipelineStageId', itemIndex, '');
		if (stage !== '') body.pipelineStageId = validate.id(this, itemIndex, 'Stage', stage);
		if (!Object.keys(body).length) {
			throw validate.inputError(this, itemIndex, 'Fields', 'at least one field or custom field to change');
		}
		if (body.pipelineId && !body.pipelineStageId) {
			// A stage belongs to one pipeline, so a move needs a stage of the new one.
			throw validate.inputError(this, itemIndex, 'Stage', 'a stage of the new pipeline when moving to another pipeline');
		}
		const locationId = await theLocation();
		return await addReadableCustomFields(
			this,
			itemIndex,
			cache,
			'opportunity',
			unwrap(await apiRequest<IDataObject>(this, { operation: 'opportunities/update-opportunity', path: { id }, body, itemIndex, locationId })),
		);
	},
};
