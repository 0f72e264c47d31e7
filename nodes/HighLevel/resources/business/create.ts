import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { readRequiredText } from '../../shared/read';
import { businessBody, businessFieldsCollection, unwrapBusiness } from './fields';

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Acme Inc.',
	description: 'Name of the business',
};

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a business',
	description: 'Create a business (a company contacts can belong to)',
	calls: ['businesses/create-business'],
	properties: [
		nameProperty,
		businessFieldsCollection('additionalFields', 'Additional Fields', ['name']),
	],
	async execute(itemIndex) {
		const name = readRequiredText(this, itemIndex, nameProperty, 'the name of the business');
		const locationId = await resolveLocationId(this, itemIndex);
		const body: IDataObject = {
			name,
			...businessBody(
				this,
				itemIndex,
				this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			),
			locationId,
		};
		const response = await apiRequest<IDataObject>(this, {
			operation: 'businesses/create-business',
			body,
			itemIndex,
			locationId,
		});
		return unwrapBusiness(response);
	},
};
