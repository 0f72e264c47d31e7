import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { Column } from '../../shared/columns';
import { readRecordFields } from '../../shared/recordMapper';
import type { ExecutionCache } from '../../shared/types';
import { statusOptions } from './fields';

/** The operations whose fields come through the resource mapper. */
export type OpportunityWrite = 'create' | 'update' | 'upsert';

const body = (name: string) => ({ in: 'body' as const, name });

// Pipeline, stage and contact stay parameters of their own: they say where the opportunity is,
// and the stage dropdown depends on the pipeline chosen.
const name: Column = { id: 'name', label: 'Name', kind: 'text', target: body('name'), aliases: ['Opportunity Name'] };
const status: Column = { id: 'status', label: 'Status', kind: 'option', target: body('status'), options: statusOptions };
const monetaryValue: Column = { id: 'monetaryValue', label: 'Monetary Value', kind: 'monetary', minimum: 0, target: body('monetaryValue'), aliases: ['Value', 'Amount'] };
const assignedTo: Column = { id: 'assignedTo', label: 'Assigned User', kind: 'id', target: body('assignedTo'), aliases: ['Assigned To', 'Owner'] };
const source: Column = { id: 'source', label: 'Source', kind: 'text', target: body('source') };

const COLUMNS: Record<OpportunityWrite, Column[]> = {
	// Name, pipeline, stage, contact and status are parameters of their own on Create.
	create: [monetaryValue, assignedTo, source],
	update: [name, status, monetaryValue, assignedTo, source],
	// Name is a parameter of its own there; UpsertOpportunityDto takes no source.
	upsert: [status, monetaryValue, assignedTo, { id: 'id', label: 'Opportunity ID', kind: 'id', target: body('id'), aliases: ['Opportunity ID'] }],
};

/** An opportunity's standard fields as mapper columns, for one of the writing operations. */
export function opportunityStandardColumns(operation: string): Column[] {
	return COLUMNS[operation as OpportunityWrite] ?? COLUMNS.create;
}

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
	const mapped = await readRecordFields(ctx, itemIndex, cache, 'opportunity', opportunityStandardColumns(operation), locationId, {
		withCustomFields: operation !== 'upsert',
	});
	const body: IDataObject = { ...mapped.body };
	if (mapped.customFields.length) body.customFields = mapped.customFields;
	return body;
}
