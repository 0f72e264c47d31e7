import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readId, refuse } from '../../shared/read';
import { recordMapperParameter } from '../../shared/recordMapper';
import {
	addReadableCustomFields,
	readableCustomFieldsParameter,
} from '../../shared/readableFields';
import { opportunityFields } from './columns';
import { opportunityIdParameter, OPPORTUNITY_FIELDS, stageParameter, unwrap } from './fields';

const fieldsParameter = recordMapperParameter('opportunity');

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update an opportunity',
	description: 'Change fields of an existing opportunity, or move it to another stage or pipeline',
	calls: ['opportunities/update-opportunity', 'locations/get-custom-fields'],
	properties: [
		opportunityIdParameter,
		OPPORTUNITY_FIELDS.property('pipelineId', {
			hint: 'To move the opportunity to another pipeline; leave empty to keep it in its pipeline',
		}),
		{
			...stageParameter,
			hint: 'To move the opportunity to another stage; leave empty to keep its stage',
		},
		fieldsParameter,
		readableCustomFieldsParameter('opportunity'),
	],
	async execute(itemIndex, cache) {
		const id = readId(this, itemIndex, opportunityIdParameter);
		let location: string | undefined;
		const theLocation = async () => (location ??= await resolveLocationId(this, itemIndex));
		const body: IDataObject = {
			...(await opportunityFields(this, itemIndex, cache, 'update', theLocation)),
			...OPPORTUNITY_FIELDS.bodyOf(this, itemIndex, ['pipelineId', 'pipelineStageId']),
		};
		if (!Object.keys(body).length) {
			throw refuse(
				this,
				itemIndex,
				fieldsParameter,
				'at least one field or custom field to change',
			);
		}
		if (body.pipelineId && !body.pipelineStageId) {
			// A stage belongs to one pipeline, so a move needs a stage of the new one.
			throw refuse(
				this,
				itemIndex,
				stageParameter,
				'a stage of the new pipeline when moving to another pipeline',
			);
		}
		const locationId = await theLocation();
		return await addReadableCustomFields(
			this,
			itemIndex,
			cache,
			'opportunity',
			unwrap(
				await apiRequest<IDataObject>(this, {
					operation: 'opportunities/update-opportunity',
					path: { id },
					body,
					itemIndex,
					locationId,
				}),
			),
		);
	},
};
