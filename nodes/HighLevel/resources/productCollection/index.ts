import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { alt, paymentsGetMany, textFilter } from '../../shared/commerce';
import { idParameter } from '../../shared/params';
import {
	optionsOf,
	type Parameter,
	readCollection,
	readId,
	readRequiredText,
	readText,
	refuse,
} from '../../shared/read';
import { apiRequest } from '../../transport/request';
import { resolveLocationId } from '../../shared/location';

const collectionIdParameter = idParameter(
	'productCollectionId',
	'Product Collection ID',
	'ID of the product collection',
);

const collectionFields = (
	name: string,
	displayName: string,
	extra: INodeProperties[] = [],
): INodeProperties => ({
	displayName,
	name,
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: (
		[
			...extra,
			{
				displayName: 'Image URL',
				name: 'image',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/kits.png',
				description: 'Address of the collection’s image',
			},
			{
				displayName: 'SEO Description',
				name: 'seoDescription',
				type: 'string',
				default: '',
				description: 'Description search engines show for the collection page',
			},
			{
				displayName: 'SEO Title',
				name: 'seoTitle',
				type: 'string',
				default: '',
				description: 'Title search engines show for the collection page',
			},
			{
				displayName: 'Slug',
				name: 'slug',
				type: 'string',
				default: '',
				placeholder: 'starter-kits',
				description:
					'Address of the collection in the store, e.g. starter-kits (made from the name when empty)',
			},
		] as INodeProperties[]
	).sort((a, b) => a.displayName.localeCompare(b.displayName)),
});

/** A slug as the store takes it: lower case words joined by hyphens ("Starter Kits" → starter-kits). */
function slugOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: Parameter,
	value: string,
): string {
	const slug = value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (!slug)
		throw refuse(
			ctx,
			itemIndex,
			field,
			'letters or digits to make an address such as starter-kits',
			value,
		);
	return slug;
}

/** The options of a collection of the fields (Additional Fields, Update Fields), checked. */
function readFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collection: INodeProperties,
): IDataObject {
	const values = readCollection(ctx, itemIndex, collection);
	const option = optionsOf(collection, values);
	const body: IDataObject = {};
	if (values.name !== undefined) {
		body.name = readText(ctx, itemIndex, option('name'), 200);
		if (!body.name)
			throw refuse(ctx, itemIndex, option('name'), 'a name for the collection', values.name);
	}
	if (values.slug)
		body.slug = slugOf(
			ctx,
			itemIndex,
			option('slug'),
			readText(ctx, itemIndex, option('slug'), 200),
		);
	if (values.image) {
		const image = readText(ctx, itemIndex, option('image'), 2000);
		if (!/^https?:\/\/\S+$/.test(image))
			throw refuse(
				ctx,
				itemIndex,
				option('image'),
				'a web address such as https://example.com/kits.png',
				values.image,
			);
		body.image = image;
	}
	const seo: IDataObject = {};
	if (values.seoTitle) seo.title = readText(ctx, itemIndex, option('seoTitle'), 200);
	if (values.seoDescription)
		seo.description = readText(ctx, itemIndex, option('seoDescription'), 1000);
	if (Object.keys(seo).length) body.seo = seo;
	return body;
}

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'Name of the collection, shown in the store, e.g. Starter kits',
};

const additionalFields = collectionFields('additionalFields', 'Additional Fields');

const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a product collection',
	description: 'Create a collection (category) that groups products in the store',
	calls: ['products/create-product-collection'],
	properties: [nameProperty, additionalFields],
	async execute(itemIndex) {
		const name = readRequiredText(this, itemIndex, nameProperty, 'a name for the collection', 200);
		const fields: IDataObject = {
			...readFields(this, itemIndex, additionalFields),
			name,
		};
		fields.slug ??= slugOf(this, itemIndex, nameProperty, name);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'products/create-product-collection',
			body: { ...alt(locationId), ...fields },
			itemIndex,
			locationId,
		});
		return (body.data as IDataObject | undefined) ?? body;
	},
};

const updateFields = collectionFields('updateFields', 'Update Fields', [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'New name of the collection',
	},
]);

const update: OperationDefinition = {
	value: 'update',
	name: 'Update',
	action: 'Update a product collection',
	description: 'Rename a collection or change its address, image or SEO texts',
	calls: ['products/update-product-collection'],
	properties: [collectionIdParameter, updateFields],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, collectionIdParameter);
		const fields = readFields(this, itemIndex, updateFields);
		if (!Object.keys(fields).length)
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'products/update-product-collection',
			path: { collectionId: id },
			body: { ...alt(locationId), ...fields },
			itemIndex,
			locationId,
		});
		return { id, ...fields, updated: body.status === true };
	},
};

const deleteCollection: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a product collection',
	description: 'Delete a collection; its products stay, outside it',
	calls: ['products/delete-product-collection'],
	properties: [collectionIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, collectionIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		const body = await apiRequest<IDataObject>(this, {
			operation: 'products/delete-product-collection',
			path: { collectionId: id },
			qs: alt(locationId),
			itemIndex,
			locationId,
		});
		return { id, deleted: body.status === true };
	},
};

const getAll = paymentsGetMany({
	many: 'product collections',
	description: 'List the store’s product collections by name',
	operation: 'products/get-product-collection',
	total: 'total',
	filters: [textFilter('Name', 'name', 'Only collections whose name contains this text', 200)],
});

export const productCollection: ResourceDefinition = {
	value: 'productCollection',
	name: 'Product Collection',
	description: 'Collections (categories) that group products in the store',
	defaultOperation: create.value,
	operations: [create, deleteCollection, getAll, update],
};
