import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../spec/operations.generated';
import { bodyFromFields, fieldsCollection, toProperty, type FieldSpec } from './fieldTable';
import { contactIdParameter, idParameter, returnAllAndLimit, readHowMany } from './params';
import type { OperationDefinition } from './types';
import * as validate from './validate';
import { apiRequest } from '../transport/request';
import { getMany, wholeListPager } from '../transport/paginate';

/**
 * Notes and tasks are records that belong to one contact and share one shape of CRUD under
 * `/contacts/{contactId}/<records>/{id}`; both resources are generated from this description.
 */
export interface ContactRecordSpec {
	singular: string; // 'note'
	title: string; // 'Note'
	/** Response key of one record and of the list: `note` / `notes`. */
	one: string;
	many: string;
	/** Node parameter and path parameter holding the record's ID. */
	idParameter: string;
	pathId: string;
	operations: { create: OperationKey; get: OperationKey; getAll: OperationKey; update: OperationKey; delete: OperationKey };
	/** Fields a create must have, asked for on their own. */
	required: FieldSpec[];
	/** Fields a create may have, and every field an update may change. */
	optional: FieldSpec[];
	/** Body values a create always sends when not given (HighLevel requires them). */
	createDefaults?: IDataObject;
}

export function contactRecordOperations(spec: ContactRecordSpec): OperationDefinition[] {
	const recordId = idParameter(spec.idParameter, `${spec.title} ID`, `ID of the ${spec.singular}`);
	const all = [...spec.required, ...spec.optional];
	const readId = (ctx: IExecuteFunctions, i: number) => ({
		contactId: validate.id(ctx, i, 'Contact ID', ctx.getNodeParameter('contactId', i)),
		[spec.pathId]: validate.id(ctx, i, `${spec.title} ID`, ctx.getNodeParameter(spec.idParameter, i)),
	});
	const unwrap = (response: IDataObject) => (response[spec.one] as IDataObject) ?? response;
	const requiredProperties: INodeProperties[] = spec.required.map((f) => ({ ...toProperty(f, false), required: true }));

	return [
		{
			value: 'create',
			name: 'Create',
			action: `Create a ${spec.singular}`,
			description: `Add a ${spec.singular} to a contact`,
			properties: [contactIdParameter, ...requiredProperties, fieldsCollection(spec.optional, 'additionalFields', 'Additional Fields', [])],
			async execute(itemIndex) {
				const contactId = validate.id(this, itemIndex, 'Contact ID', this.getNodeParameter('contactId', itemIndex));
				const values: IDataObject = { ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
				for (const field of spec.required) {
					const value = this.getNodeParameter(field.name, itemIndex, '');
					if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
						throw validate.inputError(this, itemIndex, field.title, field.description.toLowerCase(), value);
					}
					values[field.name] = value;
				}
				const body = { ...spec.createDefaults, ...bodyFromFields(all, this, itemIndex, values) };
				const response = await apiRequest<IDataObject>(this, {
					operation: spec.operations.create,
					path: { contactId },
					body,
					itemIndex,
				});
				return unwrap(response);
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: `Delete a ${spec.singular}`,
			description: `Delete a ${spec.singular} of a contact`,
			properties: [contactIdParameter, recordId],
			async execute(itemIndex) {
				const path = readId(this, itemIndex);
				await apiRequest(this, { operation: spec.operations.delete, path, itemIndex });
				return { id: path[spec.pathId], contactId: path.contactId, deleted: true };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: `Get a ${spec.singular}`,
			description: `Retrieve a ${spec.singular} of a contact`,
			properties: [contactIdParameter, recordId],
			async execute(itemIndex) {
				const path = readId(this, itemIndex);
				return unwrap(await apiRequest<IDataObject>(this, { operation: spec.operations.get, path, itemIndex }));
			},
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${spec.many}`,
			description: `Retrieve the ${spec.many} of a contact`,
			properties: [contactIdParameter, ...returnAllAndLimit()],
			async execute(itemIndex) {
				const contactId = validate.id(this, itemIndex, 'Contact ID', this.getNodeParameter('contactId', itemIndex));
				const { returnAll, limit } = readHowMany(this, itemIndex);
				return await getMany(
					this,
					{ returnAll, limit },
					wholeListPager({ operation: spec.operations.getAll, path: { contactId }, itemIndex }, spec.many),
				);
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: `Update a ${spec.singular}`,
			description: `Change a ${spec.singular} of a contact`,
			properties: [contactIdParameter, recordId, fieldsCollection(all, 'updateFields', 'Update Fields', [], true)],
			async execute(itemIndex) {
				const path = readId(this, itemIndex);
				const body = bodyFromFields(all, this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
				if (!Object.keys(body).length) {
					throw validate.inputError(this, itemIndex, 'Update Fields', 'at least one field to change');
				}
				return unwrap(await apiRequest<IDataObject>(this, { operation: spec.operations.update, path, body, itemIndex }));
			},
		},
	];
}
