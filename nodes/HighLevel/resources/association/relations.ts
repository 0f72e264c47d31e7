import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { getManyOperation } from '../../shared/getMany';
import { idParameter } from '../../shared/params';
import { readId } from '../../shared/read';
import { resolveLocationId } from '../../shared/location';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { skipLimitPager, totalNumber } from '../../transport/paginate';

/** associations.json names no largest `limit`; 100 is what its own example asks for. */
const PAGE_SIZE = 100;

const associationPicker: INodeProperties = {
	displayName: 'Association Name or ID',
	name: 'associationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAssociations' },
	required: true,
	default: '',
	description:
		'Association the link is made with, e.g. the one between pets and their owners. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const recordPicker = (side: 'first' | 'second'): INodeProperties => ({
	displayName: `${side === 'first' ? 'First' : 'Second'} Record Name or ID`,
	name: `${side}RecordId`,
	type: 'options',
	typeOptions: {
		loadOptionsMethod: side === 'first' ? 'getFirstRecords' : 'getSecondRecords',
		loadOptionsDependsOn: ['associationId'],
	},
	required: true,
	default: '',
	description:
		side === 'first'
			? 'Record of the association’s first object, e.g. the pet; the latest 100 are listed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'
			: 'Record of the association’s second object, e.g. the owner (a contact); the latest 100 are listed. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

const firstRecordParameter = recordPicker('first');
const secondRecordParameter = recordPicker('second');

const relationIdParameter = idParameter(
	'relationId',
	'Relation ID',
	'ID of the relation (the link between two records), as Create Relation or Get Many Relations return it',
);

const recordIdParameter = idParameter(
	'recordId',
	'Record ID',
	'ID of the record whose relations to list: a contact, an opportunity, a company or a custom object record',
);

export const createRelation: OperationDefinition = {
	value: 'createRelation',
	name: 'Create Relation',
	action: 'Link two records through an association',
	description:
		'Link a record of the association’s first object to one of its second object, e.g. a pet to its owner',
	calls: ['associations/create-relation'],
	properties: [associationPicker, firstRecordParameter, secondRecordParameter],
	async execute(itemIndex) {
		const associationId = readId(this, itemIndex, associationPicker);
		const firstRecordId = readId(this, itemIndex, firstRecordParameter);
		const secondRecordId = readId(this, itemIndex, secondRecordParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/create-relation',
			body: { locationId, associationId, firstRecordId, secondRecordId },
			itemIndex,
			locationId,
		});
	},
};

export const getRelations = getManyOperation({
	value: 'getRelations',
	name: 'Get Many Relations',
	action: 'Get many relations of a record',
	many: 'relations',
	description:
		'List the links of a record to other records, through every association or the ones chosen',
	calls: ['associations/get-relations-by-record-id'],
	leading: [recordIdParameter],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Association Names or IDs',
					name: 'associationIds',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getAssociations' },
					default: [],
					description:
						'Only relations made with these associations. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
		},
	],
	async pager(itemIndex, { filters, location }) {
		const recordId = readId(this, itemIndex, recordIdParameter);
		const qs: IDataObject = {};
		if (filters.associationIds !== undefined) {
			const ids = validate
				.stringList(this, itemIndex, 'Association', filters.associationIds)
				.map((id) => validate.id(this, itemIndex, 'Association', id));
			// An array in associations.json: the transport sends the key once per ID.
			if (ids.length) qs.associationIds = ids;
		}
		const locationId = await location();
		return skipLimitPager(
			{
				operation: 'associations/get-relations-by-record-id',
				path: { recordId },
				qs: { locationId, ...qs },
				itemIndex,
				locationId,
			},
			'relations',
			PAGE_SIZE,
			totalNumber,
		);
	},
});

export const deleteRelation: OperationDefinition = {
	value: 'deleteRelation',
	name: 'Delete Relation',
	action: 'Unlink two records',
	description: 'Remove one link between two records; the records and the association stay',
	calls: ['associations/delete-relation'],
	properties: [relationIdParameter],
	async execute(itemIndex) {
		const relationId = readId(this, itemIndex, relationIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return await apiRequest<IDataObject>(this, {
			operation: 'associations/delete-relation',
			path: { relationId },
			qs: { locationId },
			itemIndex,
			locationId,
		});
	},
};
