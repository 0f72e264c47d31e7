import type { Column } from '../../shared/columns';
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
	create: [{ ...name, required: true }, status, monetaryValue, assignedTo, source],
	update: [name, status, monetaryValue, assignedTo, source],
	// UpsertOpportunityDto takes no source.
	upsert: [{ ...name, required: true }, status, monetaryValue, assignedTo],
};

/** An opportunity's standard fields as mapper columns, for one of the writing operations. */
export function opportunityStandardColumns(operation: string): Column[] {
	return COLUMNS[operation as OpportunityWrite] ?? COLUMNS.create;
}
