import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import type { ApiRequest } from '../transport/request';
import { apiRequest } from '../transport/request';
import { wholeListPager, type Pager } from '../transport/paginate';
import type { FieldTable } from './fieldTable';
import { getManyOperation } from './getMany';
import { resolveLocationId } from './location';
import { readId } from './read';
import type { OperationDefinition } from './types';
import * as validate from './validate';

export type CrudOperation = 'create' | 'get' | 'getAll' | 'update' | 'delete';

/**
 * A resource whose records HighLevel keeps with plain Create / Get / Get Many / Update / Delete
 * endpoints, as data: the operations, their fields and their declared calls are made from it.
 * See CONTRIBUTING.md, "Add a resource".
 */
export interface CrudSpec {
	/** Nouns in actions and descriptions: 'note' / 'notes'. */
	singular: string;
	plural: string;
	/** The record's ID: its node parameter and the path parameter it fills (`{id}`, `{taskId}`). */
	id: { parameter: INodeProperties; path: string };
	/** Records that belong to another record (a contact's notes): that record's ID parameter and path parameter. */
	parent?: { parameter: INodeProperties; path: string; noun: string };
	/** Whether create sends `locationId` in its body and Get Many in its query (records of the sub-account). */
	location?: boolean;
	/** Response keys of one record (`note`) and of the list (`notes`). */
	one: string;
	many: string;
	/** The HighLevel operation behind each of the five; one left out is not offered. */
	calls: Partial<Record<CrudOperation, OperationKey>>;
	/** HighLevel's list style for Get Many (transport/paginate); by default the whole list comes in one answer. */
	list?: (request: ApiRequest, itemsKey: string) => Pager<unknown>;
	/** Every field of a record. */
	fields: FieldTable;
	/** Fields a create must have, asked for on their own; the others go in Additional Fields. */
	required: string[];
	/** Body values a create always sends when not given (HighLevel requires them). */
	createDefaults?: IDataObject;
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);

/** The CRUD operations of a resource, in n8n's order (alphabetical by name). */
export function crudOperations(spec: CrudSpec): OperationDefinition[] {
	const one = article(spec.singular);
	const of = spec.parent ? ` of ${article(spec.parent.noun)}` : '';
	const parentProperties = spec.parent ? [spec.parent.parameter] : [];
	const unwrap = (response: IDataObject) => (response[spec.one] as IDataObject) ?? response;
	/** The parent's ID first, then the record's, as the path takes them. */
	const readPath = (ctx: IExecuteFunctions, itemIndex: number, withRecord: boolean): Record<string, string> => ({
		...(spec.parent ? { [spec.parent.path]: readId(ctx, itemIndex, spec.parent.parameter) } : {}),
		...(withRecord ? { [spec.id.path]: readId(ctx, itemIndex, spec.id.parameter) } : {}),
	});
	const location = async (ctx: IExecuteFunctions, itemIndex: number) =>
		spec.location ? await resolveLocationId(ctx, itemIndex) : undefined;
	const operations: Partial<Record<CrudOperation, OperationDefinition>> = {};
	const { create, get, getAll, update } = spec.calls;
	const remove = spec.calls.delete;

	if (create) {
		operations.create = {
			value: 'create',
			name: 'Create',
			action: `Create ${one}`,
			description: spec.parent ? `Add ${one} to ${article(spec.parent.noun)}` : `Create a new ${spec.singular}`,
			calls: [create],
			properties: [
				...parentProperties,
				...spec.required.map((name) => spec.fields.property(name, { required: true })),
				spec.fields.collection('additionalFields', 'Additional Fields', spec.required),
			],
			async execute(itemIndex) {
				const path = readPath(this, itemIndex, false);
				const values: IDataObject = { ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
				for (const field of spec.fields.fields.filter((f) => spec.required.includes(f.name))) {
					const value = this.getNodeParameter(field.name, itemIndex, '');
					if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
						throw validate.inputError(this, itemIndex, field.title, field.description.toLowerCase(), value);
					}
					values[field.name] = value;
				}
				const body: IDataObject = { ...spec.createDefaults, ...spec.fields.body(this, itemIndex, values) };
				const locationId = await location(this, itemIndex);
				if (locationId) body.locationId = locationId;
				return unwrap(await apiRequest<IDataObject>(this, { operation: create, path, body, itemIndex, locationId }));
			},
		};
	}
	if (remove) {
		operations.delete = {
			value: 'delete',
			name: 'Delete',
			action: `Delete ${one}`,
			description: `Delete ${one}${of}`,
			calls: [remove],
			properties: [...parentProperties, spec.id.parameter],
			async execute(itemIndex) {
				const path = readPath(this, itemIndex, true);
				const locationId = await location(this, itemIndex);
				await apiRequest(this, { operation: remove, path, itemIndex, locationId });
				const { [spec.id.path]: id, ...parent } = path;
				return { id, ...parent, deleted: true };
			},
		};
	}
	if (get) {
		operations.get = {
			value: 'get',
			name: 'Get',
			action: `Get ${one}`,
			description: `Retrieve ${one}${of}`,
			calls: [get],
			properties: [...parentProperties, spec.id.parameter],
			async execute(itemIndex) {
				const path = readPath(this, itemIndex, true);
				const locationId = await location(this, itemIndex);
				return unwrap(await apiRequest<IDataObject>(this, { operation: get, path, itemIndex, locationId }));
			},
		};
	}
	if (getAll) {
		const list = spec.list ?? wholeListPager;
		operations.getAll = getManyOperation({
			many: spec.plural,
			description: spec.parent ? `Retrieve the ${spec.plural}${of}` : `List the location’s ${spec.plural}`,
			calls: [getAll],
			leading: parentProperties,
			async pager(itemIndex) {
				const path = readPath(this, itemIndex, false);
				const locationId = await location(this, itemIndex);
				return list({ operation: getAll, path, qs: locationId ? { locationId } : undefined, itemIndex, locationId }, spec.many);
			},
		});
	}
	if (update) {
		operations.update = {
			value: 'update',
			name: 'Update',
			action: `Update ${one}`,
			description: `Change ${one}${of}`,
			calls: [update],
			properties: [...parentProperties, spec.id.parameter, spec.fields.collection('updateFields', 'Update Fields', [], true)],
			async execute(itemIndex) {
				const path = readPath(this, itemIndex, true);
				const body = spec.fields.body(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
				if (!Object.keys(body).length) {
					throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
				}
				const locationId = await location(this, itemIndex);
				return unwrap(await apiRequest<IDataObject>(this, { operation: update, path, body, itemIndex, locationId }));
			},
		};
	}
	return Object.values(operations).sort((a, b) => a.name.localeCompare(b.name));
}
