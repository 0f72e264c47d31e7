import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { idParameter } from '../../shared/params';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readId, readRequiredText, readText } from '../../shared/read';

const linkIdParameter = idParameter('triggerLinkId', 'Trigger Link ID', 'ID of the trigger link');

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Spring offer',
	description: 'Name of the link, shown in HighLevel and in its merge field',
};

const redirectToProperty: INodeProperties = {
	displayName: 'Redirect To',
	name: 'redirectTo',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'https://example.com/spring',
	description:
		'Address a click leads to, after HighLevel records it (and fires workflows triggered by the link)',
};

const linkProperties: INodeProperties[] = [nameProperty, redirectToProperty];

function linkBody(ctx: IExecuteFunctions, itemIndex: number): { name: string; redirectTo: string } {
	const name = readRequiredText(ctx, itemIndex, nameProperty, 'a name for the link', 200);
	const redirectTo = readText(ctx, itemIndex, redirectToProperty, 2000);
	let url: URL | undefined;
	try {
		url = new URL(redirectTo);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		throw validate.inputError(
			ctx,
			itemIndex,
			labelOf(redirectToProperty),
			'a web address such as https://example.com/offer',
			redirectTo,
		);
	}
	return { name, redirectTo };
}

function linkId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, itemIndex, linkIdParameter);
}

/** HighLevel answers `{ link }`; the node outputs the link. */
const unwrap = (body: IDataObject): IDataObject => (body.link as IDataObject | undefined) ?? body;

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a trigger link',
	description: 'Create a tracked link for messages; clicks can start workflows',
	calls: ['links/create-link'],
	properties: linkProperties,
	async execute(itemIndex) {
		const body = linkBody(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return unwrap(
			await apiRequest<IDataObject>(this, {
				operation: 'links/create-link',
				body: { locationId, ...body },
				itemIndex,
				locationId,
			}),
		);
	},
};

const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many trigger links',
	description: 'List every trigger link of the location (HighLevel answers them all at once)',
	calls: ['links/get-links'],
	properties: [],
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'links/get-links',
			qs: { locationId },
			itemIndex,
			locationId,
		});
		return Array.isArray(body.links) ? (body.links as IDataObject[]) : [];
	},
};

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a trigger link',
	description:
		'Rename a trigger link or change where it leads; links already sent follow the change',
	calls: ['links/update-link'],
	properties: [linkIdParameter, ...linkProperties],
	async execute(itemIndex) {
		const id = linkId(this, itemIndex);
		const body = linkBody(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		return unwrap(
			await apiRequest<IDataObject>(this, {
				operation: 'links/update-link',
				path: { linkId: id },
				body,
				itemIndex,
				locationId,
			}),
		);
	},
};

const deleteLink: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a trigger link',
	description: 'Delete a trigger link; links already sent stop working',
	calls: ['links/delete-link'],
	properties: [linkIdParameter],
	async execute(itemIndex) {
		const id = linkId(this, itemIndex);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'links/delete-link',
			path: { linkId: id },
			itemIndex,
			locationId,
		});
		return { id, deleted: body.succeded === true || body.succeeded === true };
	},
};

export const triggerLink: ResourceDefinition = {
	value: 'triggerLink',
	name: 'Trigger Link',
	description: 'Tracked links for messages whose clicks start workflows',
	defaultOperation: create.value,
	operations: [create, deleteLink, getAll, update],
};
