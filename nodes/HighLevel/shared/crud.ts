import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';
import type { ApiRequest } from '../transport/request';
import { apiRequest } from '../transport/request';
import { wholeListPager, type Pager } from '../transport/paginate';
import type { FieldTable } from './fieldTable';
import { getManyOperation } from './getMany';
import { resolveLocationId } from './location';
import { readCollection, readId, refuse } from './read';
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
	/**
	 * Records of the sub-account: `true` when create sends `locationId` in its body and Get Many in
	 * its query; `'path'` when every endpoint names it in the path (`/locations/{locationId}/tags`).
	 */
	location?: boolean | 'path';
	/**
	 * With `location: true`, where each operation names the sub-account: Create in its body and
	 * Get Many in its query unless said otherwise here; the others only where said (funnels.json's
	 * redirects: Delete in the query, Update in the body).
	 */
	locationIn?: Partial<Record<CrudOperation, 'body' | 'query'>>;
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
	/** Fields an update must send (HighLevel's update DTO requires them), asked for on their own. */
	updateRequired?: string[];
	/** Fields an update may change, when not every field (the others are fixed once created). */
	updatable?: string[];
	/** What each operation does, where the generic sentence says too little (tools read these). */
	descriptions?: Partial<Record<CrudOperation, string>>;
	/** Body values a create always sends when not given (HighLevel requires them). */
	createDefaults?: IDataObject;
}

/** Where `location: true` puts the sub-account unless `locationIn` says otherwise. */
const LOCATION_IN: Partial<Record<CrudOperation, 'body' | 'query'>> = {
	create: 'body',
	getAll: 'query',
};

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);

/** The CRUD operations of a resource, in n8n's order (alphabetical by name). */
export function crudOperations(spec: CrudSpec): OperationDefinition[] {
	const one = article(spec.singular);
	const of = spec.parent ? ` of ${article(spec.parent.noun)}` : '';
	const parentProperties = spec.parent ? [spec.parent.parameter] : [];
	const unwrap = (response: IDataObject) => (response[spec.one] as IDataObject) ?? response;
	const location = async (ctx: IExecuteFunctions, itemIndex: number) =>
		spec.location ? await resolveLocationId(ctx, itemIndex) : undefined;
	const locationIn = (operation: CrudOperation) =>
		spec.location === true ? { ...LOCATION_IN, ...spec.locationIn }[operation] : undefined;
	/** The sub-account in the query, for the operations that name it there. */
	const locationQuery = (operation: CrudOperation, locationId: string | undefined) =>
		locationId && locationIn(operation) === 'query' ? { locationId } : undefined;
	/** The sub-account (where the path names it), the parent's ID, then the record's, as the path takes them. */
	const readPath = async (
		ctx: IExecuteFunctions,
		itemIndex: number,
		withRecord: boolean,
	): Promise<Record<string, string>> => {
		const ids = {
			...(spec.parent ? { [spec.parent.path]: readId(ctx, itemIndex, spec.parent.parameter) } : {}),
			...(withRecord ? { [spec.id.path]: readId(ctx, itemIndex, spec.id.parameter) } : {}),
		};
		return spec.location === 'path'
			? { locationId: await resolveLocationId(ctx, itemIndex), ...ids }
			: ids;
	};
	/** Values of the fields asked for on their own, each required. */
	const readRequired = (
		ctx: IExecuteFunctions,
		itemIndex: number,
		names: string[],
		values: IDataObject,
	): IDataObject => {
		for (const field of spec.fields.fields.filter((f) => names.includes(f.name))) {
			const value = ctx.getNodeParameter(field.name, itemIndex, '');
			if (
				value === undefined ||
				value === null ||
				(typeof value === 'string' && value.trim() === '')
			) {
				throw validate.inputError(
					ctx,
					itemIndex,
					field.title,
					field.expected ?? field.description.charAt(0).toLowerCase() + field.description.slice(1),
					value,
				);
			}
			values[field.name] = value;
		}
		return values;
	};
	const updateRequired = spec.updateRequired ?? [];
	const updatable = spec.updatable ?? spec.fields.fields.map((field) => field.name);
	const optionalOnUpdate = updatable.filter((name) => !updateRequired.includes(name));
	const optionalOnCreate = spec.fields.fields.some((field) => !spec.required.includes(field.name));
	const described = spec.descriptions ?? {};
	const operations: Partial<Record<CrudOperation, OperationDefinition>> = {};
	const { create, get, getAll, update } = spec.calls;
	const remove = spec.calls.delete;

	if (create) {
		operations.create = {
			value: 'create',
			name: 'Create',
			action: `Create ${one}`,
			description:
				described.create ??
				(spec.parent
					? `Add ${one} to ${article(spec.parent.noun)}`
					: `Create a new ${spec.singular}`),
			calls: [create],
			properties: [
				...parentProperties,
				...spec.required.map((name) => spec.fields.property(name, { required: true })),
				...(optionalOnCreate
					? [spec.fields.collection('additionalFields', 'Additional Fields', spec.required)]
					: []),
			],
			async execute(itemIndex) {
				const path = await readPath(this, itemIndex, false);
				const values = readRequired(this, itemIndex, spec.required, {
					...(optionalOnCreate
						? (this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject)
						: {}),
				});
				const body: IDataObject = {
					...spec.createDefaults,
					...spec.fields.body(this, itemIndex, values),
				};
				const locationId = await location(this, itemIndex);
				if (locationId && locationIn('create') === 'body') body.locationId = locationId;
				return unwrap(
					await apiRequest<IDataObject>(this, {
						operation: create,
						path,
						body,
						itemIndex,
						locationId,
					}),
				);
			},
		};
	}
	if (remove) {
		operations.delete = {
			value: 'delete',
			name: 'Delete',
			action: `Delete ${one}`,
			description: described.delete ?? `Delete ${one}${of}`,
			calls: [remove],
			properties: [...parentProperties, spec.id.parameter],
			async execute(itemIndex) {
				const path = await readPath(this, itemIndex, true);
				const locationId = await location(this, itemIndex);
				const qs = locationQuery('delete', locationId);
				await apiRequest(this, { operation: remove, path, qs, itemIndex, locationId });
				const id = path[spec.id.path];
				const parent = spec.parent ? { [spec.parent.path]: path[spec.parent.path] } : {};
				return { id, ...parent, deleted: true };
			},
		};
	}
	if (get) {
		operations.get = {
			value: 'get',
			name: 'Get',
			action: `Get ${one}`,
			description: described.get ?? `Retrieve ${one}${of}`,
			calls: [get],
			properties: [...parentProperties, spec.id.parameter],
			async execute(itemIndex) {
				const path = await readPath(this, itemIndex, true);
				const locationId = await location(this, itemIndex);
				const qs = locationQuery('get', locationId);
				return unwrap(
					await apiRequest<IDataObject>(this, { operation: get, path, qs, itemIndex, locationId }),
				);
			},
		};
	}
	if (getAll) {
		const list = spec.list ?? wholeListPager;
		operations.getAll = getManyOperation({
			many: spec.plural,
			description:
				described.getAll ??
				(spec.parent ? `Retrieve the ${spec.plural}${of}` : `List the location’s ${spec.plural}`),
			calls: [getAll],
			leading: parentProperties,
			async pager(itemIndex) {
				const path = await readPath(this, itemIndex, false);
				const locationId = await location(this, itemIndex);
				const qs = locationQuery('getAll', locationId);
				return list({ operation: getAll, path, qs, itemIndex, locationId }, spec.many);
			},
		});
	}
	if (update) {
		const updateFields = spec.fields.collectionOf(
			'updateFields',
			'Update Fields',
			optionalOnUpdate,
			true,
		);
		operations.update = {
			value: 'update',
			name: 'Update',
			action: `Update ${one}`,
			description: described.update ?? `Change ${one}${of}`,
			calls: [update],
			properties: [
				...parentProperties,
				spec.id.parameter,
				...updateRequired.map((name) => spec.fields.property(name, { required: true })),
				...(optionalOnUpdate.length ? [updateFields] : []),
			],
			async execute(itemIndex) {
				const path = await readPath(this, itemIndex, true);
				const changes = optionalOnUpdate.length
					? readCollection(this, itemIndex, updateFields)
					: {};
				const body = spec.fields.body(
					this,
					itemIndex,
					readRequired(this, itemIndex, updateRequired, { ...changes }),
				);
				if (!Object.keys(body).length) {
					throw refuse(this, itemIndex, updateFields, 'at least one field to change');
				}
				const locationId = await location(this, itemIndex);
				if (locationId && locationIn('update') === 'body') body.locationId = locationId;
				return unwrap(
					await apiRequest<IDataObject>(this, {
						operation: update,
						path,
						body,
						itemIndex,
						locationId,
					}),
				);
			},
		};
	}
	return Object.values(operations).sort((a, b) => a.name.localeCompare(b.name));
}
