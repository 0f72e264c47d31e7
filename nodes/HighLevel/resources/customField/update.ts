import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readCollection, readId, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import {
	OBJECT_FIELDS,
	RECORD_FIELDS,
	fieldIdParameter,
	objectKeyParameter,
	objectParameter,
	picklistParameter,
	readObject,
	readPicklist,
	unwrapField,
} from './fields';

const recordOnly = { show: { fieldObject: ['contact', 'opportunity'] } };
const customOnly = { show: { fieldObject: ['custom'] } };

const recordUpdateFields: INodeProperties = {
	...RECORD_FIELDS.collection('updateFields', 'Update Fields', [], true),
	displayOptions: recordOnly,
};
const objectUpdateFields: INodeProperties = {
	...OBJECT_FIELDS.collection('objectUpdateFields', 'Update Fields', [], true),
	displayOptions: customOnly,
};

export const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a custom field',
	description:
		'Change a custom field’s name, placeholder and other settings (its data type stays); options given replace a custom-object field’s options',
	// HighLevel's update requires the name (contact and opportunity fields) or Show in Forms (custom
	// objects); when not given, the field's current one is read first and sent again.
	calls: [
		'locations/update-custom-field',
		'locations/get-custom-field',
		'custom-fields/update-custom-field',
		'custom-fields/get-custom-field-by-id',
	],
	properties: [
		objectParameter,
		objectKeyParameter,
		fieldIdParameter,
		recordUpdateFields,
		objectUpdateFields,
		picklistParameter,
	],
	async execute(itemIndex) {
		const { object } = readObject(this, itemIndex);
		const id = readId(this, itemIndex, fieldIdParameter);
		const custom = object === 'custom';
		const table = custom ? OBJECT_FIELDS : RECORD_FIELDS;
		const updateFields = custom ? objectUpdateFields : recordUpdateFields;
		const body = table.body(this, itemIndex, readCollection(this, itemIndex, updateFields));
		const options = custom ? readPicklist(this, itemIndex) : undefined;
		if (options) body.options = options;
		if (!Object.keys(body).length)
			throw refuse(this, itemIndex, updateFields, 'at least one setting to change');
		if (body.name === '')
			throw refuse(
				this,
				itemIndex,
				table.property('name'),
				'a new name (a field cannot be without one)',
				'',
			);
		const locationId = await resolveLocationId(this, itemIndex);
		if (custom) {
			if (body.showInForms === undefined) {
				const current = unwrapField(
					await apiRequest<IDataObject>(this, {
						operation: 'custom-fields/get-custom-field-by-id',
						path: { id },
						itemIndex,
						locationId,
					}),
				);
				body.showInForms = current.showInForms ?? true;
			}
			const response = await apiRequest<IDataObject>(this, {
				operation: 'custom-fields/update-custom-field',
				path: { id },
				body: { locationId, ...body },
				itemIndex,
				locationId,
			});
			return unwrapField(response);
		}
		if (body.name === undefined) {
			const current = unwrapField(
				await apiRequest<IDataObject>(this, {
					operation: 'locations/get-custom-field',
					path: { locationId, id },
					itemIndex,
					locationId,
				}),
			);
			body.name = current.name as string;
		}
		const response = await apiRequest<IDataObject>(this, {
			operation: 'locations/update-custom-field',
			path: { locationId, id },
			body,
			itemIndex,
			locationId,
		});
		return unwrapField(response);
	},
};
