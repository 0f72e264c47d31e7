import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import * as validate from '../../shared/validate';
import { assignedUserOption, idParameter } from '../../shared/params';

export const opportunityIdParameter = idParameter('opportunityId', 'Opportunity ID', 'ID of the opportunity');

/** The statuses an opportunity can be in (HighLevel's `all` is a search filter, not a status). */
export const STATUSES = ['open', 'won', 'lost', 'abandoned'];

export const statusOptions = [
	{ name: 'Abandoned', value: 'abandoned' },
	{ name: 'Lost', value: 'lost' },
	{ name: 'Open', value: 'open' },
	{ name: 'Won', value: 'won' },
];

export function pipelineParameter(required: boolean): INodeProperties {
	return {
		displayName: 'Pipeline Name or ID',
		name: 'pipelineId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPipelines', loadOptionsDependsOn: ['locationId'] },
		required,
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

export const stageParameter: INodeProperties = {
	displayName: 'Stage Name or ID',
	name: 'pipelineStageId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getPipelineStages', loadOptionsDependsOn: ['pipelineId', 'locationId'] },
	default: '',
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'Leave empty to leave the stage to HighLevel',
};

export const nameParameter: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Website redesign for Acme',
	description: 'Name of the opportunity, as shown on the pipeline board',
};

export const contactIdParameter = idParameter('contactId', 'Contact ID', 'ID of the contact the opportunity is for');

export const statusParameter: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: statusOptions,
	required: true,
	default: 'open',
	description: 'Whether the opportunity is still open, or was won, lost or abandoned',
};

/** Optional fields of create, upsert and update, shown in the Additional/Update Fields collection. */
const OPTIONAL_FIELDS: Record<string, INodeProperties> = {
	assignedTo: assignedUserOption,
	id: {
		displayName: 'Opportunity ID',
		name: 'id',
		type: 'string',
		default: '',
		placeholder: 'yWQobCRIhRguQtD2llvk',
		description: 'Update this opportunity instead of the one HighLevel finds for the contact in the pipeline',
	},
	monetaryValue: {
		displayName: 'Monetary Value',
		name: 'monetaryValue',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Value of the deal in the location’s currency, e.g. 1500.50',
	},
	name: { ...nameParameter, required: false, description: 'New name of the opportunity' },
	pipelineId: pipelineParameter(false),
	pipelineStageId: {
		...stageParameter,
		typeOptions: { loadOptionsMethod: 'getPipelineStages', loadOptionsDependsOn: ['updateFields.pipelineId', 'locationId'] },
		hint: undefined,
	},
	source: {
		displayName: 'Source',
		name: 'source',
		type: 'string',
		default: '',
		description: 'Where the opportunity came from, e.g. n8n or a campaign name',
	},
	status: { ...statusParameter, required: false },
};

export function fieldsCollection(name: 'additionalFields' | 'updateFields', fields: string[]): INodeProperties {
	return {
		displayName: name === 'additionalFields' ? 'Additional Fields' : 'Update Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fields
			.map((field) => {
				const property = { ...OPTIONAL_FIELDS[field] };
				delete property.hint;
				delete property.required;
				return property;
			})
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

export function status(ctx: IExecuteFunctions, itemIndex: number, value: unknown): string {
	const candidate = typeof value === 'string' ? value.trim().toLowerCase() : value;
	if (typeof candidate !== 'string' || !STATUSES.includes(candidate)) {
		throw validate.inputError(ctx, itemIndex, 'Status', `one of ${STATUSES.join(', ')}`, value);
	}
	return candidate;
}

/** A deal value: a number, or text that reads as one ("1500.50"); never negative. */
export function monetaryValue(ctx: IExecuteFunctions, itemIndex: number, value: unknown): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
		throw validate.inputError(ctx, itemIndex, 'Monetary Value', 'a number of 0 or more, such as 1500.50', value);
	}
	return n;
}

/** Checks the optional fields an item gives and shapes them as HighLevel's body. */
export function optionalFieldsBody(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined || value === null || value === '') continue;
		switch (key) {
			case 'assignedTo':
				body.assignedTo = validate.id(ctx, itemIndex, 'Assigned User', value);
				break;
			case 'id':
				body.id = validate.id(ctx, itemIndex, 'Opportunity ID', value);
				break;
			case 'monetaryValue':
				body.monetaryValue = monetaryValue(ctx, itemIndex, value);
				break;
			case 'name':
				body.name = requiredText(ctx, itemIndex, 'Name', value);
				break;
			case 'pipelineId':
				body.pipelineId = validate.id(ctx, itemIndex, 'Pipeline', value);
				break;
			case 'pipelineStageId':
				body.pipelineStageId = validate.id(ctx, itemIndex, 'Stage', value);
				break;
			case 'source':
				body.source = validate.text(ctx, itemIndex, 'Source', value, 255);
				break;
			case 'status':
				body.status = status(ctx, itemIndex, value);
				break;
			default:
				break;
		}
	}
	return body;
}

export function requiredText(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string {
	const text = validate.text(ctx, itemIndex, field, value ?? '', 255);
	if (!text) throw validate.inputError(ctx, itemIndex, field, 'a non-empty text', value);
	return text;
}

/** The ID parameters every opportunity operation reads, checked the same way. */
export function readId(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	return validate.id(ctx, itemIndex, label, ctx.getNodeParameter(name, itemIndex, ''));
}

/** HighLevel wraps one opportunity as `{opportunity}`. */
export function unwrap(response: IDataObject): IDataObject {
	return (response.opportunity as IDataObject) ?? response;
}
