import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { standardColumns, type Column } from '../../shared/columns';
import { mapperWrites } from '../../shared/recordMapper';
import type { ExecutionCache } from '../../shared/types';
import * as validate from '../../shared/validate';
import { contactBody, CONTACT_FIELDS } from './fields';

/** The operations whose fields come through the resource mapper. */
export type ContactWrite = 'create' | 'update' | 'upsert';

// HighLevel's update takes neither a company name nor a gender (UpdateContactDto); Create or
// Update sets them.
const NOT_ON_UPDATE = ['companyName', 'gender'];
// Create and Create or Update ask for the email and phone in parameters of their own (what a
// contact is matched on); Map Automatically still takes them from the input item.
const OWN_PARAMETERS = ['email', 'phone'];

const hideOwn = (columns: Column[]) =>
	columns.map((c) => (OWN_PARAMETERS.includes(c.id) ? { ...c, hidden: true } : c));

const MAPPER = mapperWrites<ContactWrite>('contact', {
	create: hideOwn(standardColumns(CONTACT_FIELDS)),
	update: standardColumns(CONTACT_FIELDS.filter((f) => !NOT_ON_UPDATE.includes(f.name))),
	upsert: hideOwn(standardColumns(CONTACT_FIELDS)),
});

/** A contact's standard fields as mapper columns, for one of the writing operations. */
export const contactStandardColumns = MAPPER.standard;

/**
 * A contact's body from the Fields mapper (and, for Create and Create or Update, the Email and
 * Phone parameters): standard fields checked as the field table checks them, custom fields by ID.
 */
export async function contactFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	operation: ContactWrite,
	locationId: () => Promise<string>,
): Promise<IDataObject> {
	const mapped = await MAPPER.read(ctx, itemIndex, cache, operation, locationId);
	const body: IDataObject = { ...mapped.body };
	if (operation !== 'update') {
		const own = contactBody(ctx, itemIndex, {
			email: ctx.getNodeParameter('email', itemIndex, ''),
			phone: ctx.getNodeParameter('phone', itemIndex, ''),
		});
		for (const [name, value] of Object.entries(own)) {
			if (body[name] !== undefined && body[name] !== value) {
				const label = name === 'email' ? 'Email' : 'Phone';
				throw validate.inputError(
					ctx,
					itemIndex,
					label,
					`one ${name}: the item gives ${JSON.stringify(value)} here and ${JSON.stringify(body[name])} in Fields`,
				);
			}
			body[name] = value;
		}
	}
	if (mapped.customFields.length) body.customFields = mapped.customFields;
	return body;
}
