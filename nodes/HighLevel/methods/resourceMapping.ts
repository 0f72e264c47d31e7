import type {
	IDataObject,
	ILoadOptionsFunctions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';
import { toMapperField, type Column } from '../shared/columns';
import { recordColumns } from '../shared/customFieldColumns';
import type { CustomFieldModel } from '../shared/customFieldColumns';
import { loadList } from '../shared/lists';
import { NOTICE_COLUMN_PREFIX } from '../shared/mapColumns';
import { contactStandardColumns } from '../resources/contact/columns';
import { opportunityStandardColumns } from '../resources/opportunity/columns';
import { apiOperationColumns, readOperationKeyForEditor } from '../resources/apiOperation/columns';
import { resolveLocationId } from '../shared/location';
import { customObjectColumns } from './objectOptions';

/**
 * The standard columns each record mapper method offers, by operation: what the mapper shows
 * without asking HighLevel (custom fields come on top).
 */
export const STANDARD_COLUMNS: Record<string, (operation: string) => Column[]> = {
	getContactColumns: contactStandardColumns,
	getOpportunityColumns: opportunityStandardColumns,
};

/** The operation the editor shows, so Update offers what an update takes. */
function currentOperation(ctx: ILoadOptionsFunctions): string {
	const value = ctx.getCurrentNodeParameter('operation') ?? ctx.getNodeParameter('operation', '');
	return typeof value === 'string' ? value : '';
}

/** The location's users as choices for an Assigned User column; without the scope, any ID. */
async function withUserChoices(
	ctx: ILoadOptionsFunctions,
	columns: Column[],
	locationId: string,
): Promise<Column[]> {
	if (!columns.some((c) => c.id === 'assignedTo')) return columns;
	let users: IDataObject[];
	try {
		users = await loadList(ctx, 'users', locationId);
	} catch {
		return columns; // an ID typed by hand still works
	}
	const options = users
		.map((u) => ({
			name: String(
				u.name ?? ([u.firstName, u.lastName].filter(Boolean).join(' ') || u.email || u.id),
			),
			value: String(u.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return columns.map((c) => (c.id === 'assignedTo' ? { ...c, options } : c));
}

/** A line in the list of fields to add, where a user looks for custom fields; never sent. */
function notice(name: string, text: string): ResourceMapperField {
	return {
		id: `${NOTICE_COLUMN_PREFIX}${name}`,
		displayName: `(${text})`,
		required: false,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		readOnly: true,
		removed: true,
		type: 'string',
	};
}

async function recordFields(
	ctx: ILoadOptionsFunctions,
	model: CustomFieldModel,
	standard: Column[],
	withCustomFields = true,
): Promise<ResourceMapperFields> {
	const locationId = await resolveLocationId(ctx, 0);
	const all = withCustomFields
		? await recordColumns(ctx, model, standard, locationId, 0)
		: standard;
	const columns = await withUserChoices(ctx, all, locationId);
	const fields: ResourceMapperField[] = columns.map(toMapperField);
	if (!withCustomFields) {
		fields.push(
			notice(
				'NoCustomFieldsHere',
				`HighLevel’s Create or Update takes no ${model} custom fields: set them with Update`,
			),
		);
	} else if (columns.length === standard.length) {
		fields.push(notice('NoCustomFields', `This sub-account has no ${model} custom fields`));
	}
	return { fields };
}

/**
 * The resource mappers' columns: a record's standard fields and every custom field of the
 * sub-account, typed; or the picked API operation's parameters, from the spec.
 */
export const resourceMapping = {
	async getContactColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return await recordFields(this, 'contact', contactStandardColumns(currentOperation(this)));
	},
	async getOpportunityColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		const operation = currentOperation(this);
		return await recordFields(
			this,
			'opportunity',
			opportunityStandardColumns(operation),
			operation !== 'upsert',
		);
	},
	async getCustomObjectColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return await customObjectColumns(this);
	},
	async getApiOperationColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		const key = readOperationKeyForEditor(this);
		if (!key)
			return {
				fields: [],
				emptyFieldsNotice: 'Pick an API operation first: its parameters appear here.',
			};
		const columns = await apiOperationColumns(key);
		if (!columns)
			return { fields: [], emptyFieldsNotice: `${key} is no operation of HighLevel’s API.` };
		if (!columns.length) return { fields: [], emptyFieldsNotice: `${key} takes no parameters.` };
		return { fields: columns.map(toMapperField) };
	},
};
