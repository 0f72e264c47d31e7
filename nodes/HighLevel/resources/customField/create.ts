import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import { readId, readOneOf, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import {
	DATA_TYPES,
	OBJECT_FIELDS,
	OPTION_TYPES,
	RECORD_FIELDS,
	dataTypeParameter,
	fieldKeyParameter,
	folderIdParameter,
	objectKeyParameter,
	objectParameter,
	picklistParameter,
	readFieldKey,
	readObject,
	readPicklist,
	unwrapField,
} from './fields';

const recordOnly = { show: { fieldObject: ['contact', 'opportunity'] } };
const customOnly = { show: { fieldObject: ['custom'] } };
const nameParameter = RECORD_FIELDS.property('name', { required: true });

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a custom field',
	description:
		'Create a custom field on contacts, opportunities or a custom object (custom-object fields go in a folder and take their options here)',
	calls: ['locations/create-custom-field', 'custom-fields/create-custom-field'],
	properties: [
		objectParameter,
		objectKeyParameter,
		nameParameter,
		{
			...dataTypeParameter,
			description:
				'What the field holds; HighLevel does not let it change after creation. Options of a contact or opportunity option field are added in HighLevel (its API takes none for them).',
		},
		// Required for custom objects, checked when read (see objectKeyParameter).
		{ ...folderIdParameter, required: false, displayOptions: customOnly },
		fieldKeyParameter,
		picklistParameter,
		{
			...RECORD_FIELDS.collection('additionalFields', 'Additional Fields', ['name']),
			displayOptions: recordOnly,
		},
		{
			...OBJECT_FIELDS.collection('objectFields', 'Additional Fields', ['name']),
			displayOptions: customOnly,
		},
	],
	async execute(itemIndex) {
		const { object, objectKey } = readObject(this, itemIndex);
		const name = RECORD_FIELDS.read(this, itemIndex, 'name');
		const dataType = readOneOf(
			this,
			itemIndex,
			dataTypeParameter,
			DATA_TYPES.map((t) => t.value),
		);
		const locationId = await resolveLocationId(this, itemIndex);
		if (object !== 'custom') {
			const extra = RECORD_FIELDS.body(
				this,
				itemIndex,
				this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			);
			const body: IDataObject = { name, dataType, model: object, ...extra };
			const response = await apiRequest<IDataObject>(this, {
				operation: 'locations/create-custom-field',
				path: { locationId },
				body,
				itemIndex,
				locationId,
			});
			return unwrapField(response);
		}
		const key = objectKey as string;
		const fieldKey = readFieldKey(this, itemIndex, key);
		const parentId = readId(this, itemIndex, folderIdParameter);
		const options = readPicklist(this, itemIndex);
		if (OPTION_TYPES.includes(dataType) && !options) {
			throw refuse(
				this,
				itemIndex,
				picklistParameter,
				`at least one option: a ${dataType} field is picked from its options`,
			);
		}
		if (options && !OPTION_TYPES.includes(dataType)) {
			throw refuse(
				this,
				itemIndex,
				picklistParameter,
				`no options: only ${OPTION_TYPES.join(', ')} fields have them`,
			);
		}
		const extra = OBJECT_FIELDS.body(
			this,
			itemIndex,
			this.getNodeParameter('objectFields', itemIndex, {}) as IDataObject,
		);
		const body: IDataObject = {
			locationId,
			name,
			dataType,
			objectKey: key,
			fieldKey,
			parentId,
			showInForms: true,
			...extra,
			...(options ? { options } : {}),
		};
		const response = await apiRequest<IDataObject>(this, {
			operation: 'custom-fields/create-custom-field',
			body,
			itemIndex,
			locationId,
		});
		return unwrapField(response);
	},
};
