import { standardColumns, type Column } from '../../shared/columns';
import { CONTACT_FIELDS } from './fields';

/** The operations whose fields come through the resource mapper. */
export type ContactWrite = 'create' | 'update' | 'upsert';

// HighLevel's update takes neither a company name nor a gender (UpdateContactDto); Create or
// Update sets them.
const NOT_ON_UPDATE = ['companyName', 'gender'];

const COLUMNS: Record<ContactWrite, Column[]> = {
	create: standardColumns(CONTACT_FIELDS),
	update: standardColumns(CONTACT_FIELDS.filter((f) => !NOT_ON_UPDATE.includes(f.name))),
	upsert: standardColumns(CONTACT_FIELDS),
};

/** A contact's standard fields as mapper columns, for one of the writing operations. */
export function contactStandardColumns(operation: string): Column[] {
	return COLUMNS[operation as ContactWrite] ?? COLUMNS.create;
}
