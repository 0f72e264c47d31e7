import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { standardColumns, type Column } from '../../shared/columns';
import { mapperWrites } from '../../shared/recordMapper';
import type { ExecutionCache } from '../../shared/types';
import { resolveLocationId } from '../../shared/location';
import { readId } from '../../shared/read';
import { opportunityContactIdParameter, OPPORTUNITY_FIELDS } from './fields';

/** The operations whose fields come through the resource mapper. */
export type OpportunityWrite = 'create' | 'update' | 'upsert';

// Pipeline, stage and contact stay parameters of their own: they say where the opportunity is,
// and the stage dropdown depends on the pipeline chosen. Name and status too on Create, and name
// on Create or Update, where they are required.
const MAPPER = mapperWrites<OpportunityWrite>('opportunity', {
	create: columnsOf(['monetaryValue', 'assignedTo', 'source']),
	update: columnsOf(['name', 'status', 'monetaryValue', 'assignedTo', 'source']),
	// UpsertOpportunityDto takes no source.
	upsert: columnsOf(['status', 'monetaryValue', 'assignedTo', 'id']),
});

function columnsOf(names: string[]): Column[] {
	return standardColumns(
		names.map((name) => OPPORTUNITY_FIELDS.fields.find((f) => f.name === name)!),
	);
}

/** An opportunity's standard fields as mapper columns, for one of the writing operations. */
export const opportunityStandardColumns = MAPPER.standard;

/**
 * An opportunity's fields from the Fields mapper: standard fields in HighLevel's body shape and
 * custom fields by ID (none for Create or Update, whose DTO takes none).
 */
export async function opportunityFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	operation: OpportunityWrite,
	locationId: () => Promise<string>,
): Promise<IDataObject> {
	const mapped = await MAPPER.read(ctx, itemIndex, cache, operation, locationId, {
		withCustomFields: operation !== 'upsert',
	});
	const body: IDataObject = { ...mapped.body };
	if (mapped.customFields.length) body.customFields = mapped.customFields;
	return body;
}

/**
 * The body of Create and Create or Update in the item's sub-account: the fields each asks for on
 * its own parameter (`own`, in the order they are checked; the contact among them), the stage if
 * one is chosen, then the mapper's fields.
 */
export async function placedOpportunityBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	operation: 'create' | 'upsert',
	own: string[],
): Promise<{ body: IDataObject; locationId: string }> {
	const body: IDataObject = {};
	for (const name of own) {
		body[name] =
			name === opportunityContactIdParameter.name
				? readId(ctx, itemIndex, opportunityContactIdParameter)
				: OPPORTUNITY_FIELDS.read(ctx, itemIndex, name);
	}
	Object.assign(body, OPPORTUNITY_FIELDS.bodyOf(ctx, itemIndex, ['pipelineStageId']));
	const locationId = await resolveLocationId(ctx, itemIndex);
	Object.assign(
		body,
		await opportunityFields(ctx, itemIndex, cache, operation, async () => locationId),
	);
	body.locationId = locationId;
	return { body, locationId };
}
