import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readBoolean, readId } from '../../shared/read';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { businessIdParameter } from '../business/fields';

/**
 * Operations over many contacts in one request (contacts.json's `/contacts/bulk/*`): tags added to
 * or removed from every listed contact, contacts moved into or out of a business.
 */

/** contacts.json caps each ID at 50 characters; HighLevel names no limit on how many. */
export const contactIdsParameter: INodeProperties = {
	displayName: 'Contact IDs',
	name: 'contactIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'sx6wyHhbFdRXh302Lunr,pOC0uJ97VYOKH2m3fkMD',
	description: 'IDs of the contacts, separated by commas, or an array of IDs from an expression',
};

const bulkTagsParameter: INodeProperties = {
	displayName: 'Tag Names or IDs',
	name: 'tags',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTags', loadOptionsDependsOn: ['locationId'] },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const removeAllTagsParameter: INodeProperties = {
	displayName: 'Remove All Tags',
	name: 'removeAllTags',
	type: 'boolean',
	default: false,
	description: 'Whether to remove every tag of the contacts, whatever Tags lists',
};

function readContactIds(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const label = labelOf(contactIdsParameter);
	const raw = ctx.getNodeParameter(contactIdsParameter.name, itemIndex, '');
	const ids = validate
		.stringList(ctx, itemIndex, label, raw)
		.map((entry) => validate.id(ctx, itemIndex, label, entry));
	if (!ids.length) throw validate.inputError(ctx, itemIndex, label, 'at least one contact ID', raw);
	const tooLong = ids.find((entry) => entry.length > 50);
	if (tooLong)
		throw validate.inputError(ctx, itemIndex, label, 'IDs of at most 50 characters', tooLong);
	return [...new Set(ids)];
}

function bulkTagsOperation(type: 'add' | 'remove'): OperationDefinition {
	const adding = type === 'add';
	return {
		value: adding ? 'addTagsToMany' : 'removeTagsFromMany',
		name: adding ? 'Add Tags to Many' : 'Remove Tags From Many',
		action: adding ? 'Add tags to many contacts' : 'Remove tags from many contacts',
		description: adding
			? 'Add the same tags to many contacts in one request, keeping their other tags; the answer says per contact whether it worked'
			: 'Remove the same tags (or every tag) from many contacts in one request; the answer says per contact whether it worked',
		calls: ['contacts/create-association'],
		properties: [
			contactIdsParameter,
			{ ...bulkTagsParameter, required: adding },
			...(adding ? [] : [removeAllTagsParameter]),
		],
		async execute(itemIndex) {
			const contacts = readContactIds(this, itemIndex);
			const tagsLabel = labelOf(bulkTagsParameter);
			const rawTags = this.getNodeParameter(bulkTagsParameter.name, itemIndex, []);
			const tags = validate.stringList(this, itemIndex, tagsLabel, rawTags);
			const removeAllTags = adding ? false : readBoolean(this, itemIndex, removeAllTagsParameter);
			if (!tags.length && !removeAllTags) {
				throw validate.inputError(
					this,
					itemIndex,
					tagsLabel,
					adding ? 'at least one tag' : 'at least one tag, or Remove All Tags on',
					rawTags,
				);
			}
			const locationId = await resolveLocationId(this, itemIndex);
			const body: IDataObject = {
				contacts,
				tags,
				locationId,
				...(removeAllTags ? { removeAllTags } : {}),
			};
			return await apiRequest<IDataObject>(this, {
				operation: 'contacts/create-association',
				path: { type },
				body,
				itemIndex,
				locationId,
			});
		},
	};
}

function businessOperation(adding: boolean): OperationDefinition {
	return {
		value: adding ? 'addManyToBusiness' : 'removeManyFromBusiness',
		name: adding ? 'Add Many to Business' : 'Remove Many From Business',
		action: adding ? 'Add many contacts to a business' : 'Remove many contacts from their business',
		description: adding
			? 'Make many contacts belong to one business in one request (a contact belongs to at most one business)'
			: 'Take many contacts out of the business they belong to, in one request',
		calls: ['contacts/add-remove-contact-from-business'],
		properties: [
			contactIdsParameter,
			...(adding
				? [
						{
							...businessIdParameter,
							description: 'ID of the business the contacts are to belong to',
						},
					]
				: []),
		],
		async execute(itemIndex) {
			const ids = readContactIds(this, itemIndex);
			const businessId = adding ? readId(this, itemIndex, businessIdParameter) : null;
			const locationId = await resolveLocationId(this, itemIndex);
			const response = await apiRequest<IDataObject>(this, {
				operation: 'contacts/add-remove-contact-from-business',
				body: { locationId, ids, businessId },
				itemIndex,
				locationId,
			});
			return { businessId, ...response };
		},
	};
}

export const bulkOperations: OperationDefinition[] = [
	bulkTagsOperation('add'),
	bulkTagsOperation('remove'),
	businessOperation(true),
	businessOperation(false),
];
