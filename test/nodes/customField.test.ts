import type { IDataObject } from 'n8n-workflow';
import { addObjectFolder } from '../fake-highlevel/handlers/objectFields';
import { LOCATION_ID, loadOptions } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();
const PETS = 'custom_objects.pets';
const CUSTOM = { fieldObject: 'custom', objectKey: PETS };
const options = (...labels: string[]) => ({ option: labels.map((label) => ({ label })) });

/** A custom-object field made through the node, in a new folder. */
async function petField(fields: IDataObject = {}) {
	const folder = addObjectFolder(state.seed.location, PETS, 'Pet details');
	const made = await run({
		resource: 'customField',
		operation: 'create',
		...CUSTOM,
		name: 'Breed',
		dataType: 'TEXT',
		folderId: folder.id,
		fieldKey: 'breed',
		...fields,
	});
	expect(made.error).toBeUndefined();
	state.fake.requests.length = 0;
	return { folder, field: made.items[0].json };
}

describe('Custom Field › contact and opportunity fields', () => {
	it('creates a contact field in the sub-account', async () => {
		const result = await run({
			resource: 'customField',
			operation: 'create',
			name: 'Shoe Size',
			dataType: 'NUMERICAL',
			additionalFields: { placeholder: 'e.g. 42', position: 3 },
		});
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			[
				'POST',
				`/locations/${LOCATION_ID}/customFields`,
				{},
				{
					name: 'Shoe Size',
					dataType: 'NUMERICAL',
					model: 'contact',
					placeholder: 'e.g. 42',
					position: 3,
				},
			],
		]);
		expect(state.fake.requests[0].headers.version).toBe('2021-07-28');
		expect(result.items[0].json).toMatchObject({
			id: expect.any(String),
			name: 'Shoe Size',
			dataType: 'NUMERICAL',
			model: 'contact',
			fieldKey: 'contact.shoe_size',
		});
	});

	it('gets, updates and deletes an opportunity field; an update without a name sends the current one', async () => {
		const field = state.seed.location.addCustomField({
			name: 'Deal Source',
			dataType: 'TEXT',
			model: 'opportunity',
		});
		const path = `/locations/${LOCATION_ID}/customFields/${String(field.id)}`;
		const got = await run({
			resource: 'customField',
			operation: 'get',
			fieldObject: 'opportunity',
			customFieldId: field.id,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([['GET', path]]);
		expect(got.items[0].json).toMatchObject({
			id: field.id,
			name: 'Deal Source',
			model: 'opportunity',
		});

		state.fake.requests.length = 0;
		const updated = await run({
			resource: 'customField',
			operation: 'update',
			fieldObject: 'opportunity',
			customFieldId: field.id,
			updateFields: { placeholder: 'Where it came from' },
		});
		expect(updated.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['GET', path, undefined],
			['PUT', path, { placeholder: 'Where it came from', name: 'Deal Source' }],
		]);
		expect(updated.items[0].json).toMatchObject({ placeholder: 'Where it came from' });

		state.fake.requests.length = 0;
		await run({
			resource: 'customField',
			operation: 'update',
			fieldObject: 'opportunity',
			customFieldId: field.id,
			updateFields: { name: 'Lead Source' },
		});
		expect(state.fake.requests.map((r) => [r.method, r.body])).toEqual([
			['PUT', { name: 'Lead Source' }],
		]);

		const deleted = await run({
			resource: 'customField',
			operation: 'delete',
			fieldObject: 'opportunity',
			customFieldId: field.id,
		});
		expect(requestsTo(state.fake, 'DELETE', /customFields/).map((r) => r.path)).toEqual([path]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: field.id, deleted: true }]);
		expect(state.seed.location.customFields.has(String(field.id))).toBe(false);
	});

	it('lists the fields of one model, and the dropdown shows them with their keys', async () => {
		state.seed.location.addCustomField({
			name: 'Deal Source',
			dataType: 'TEXT',
			model: 'opportunity',
		});
		const result = await run({
			resource: 'customField',
			operation: 'getAll',
			fieldObject: 'opportunity',
			returnAll: true,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/locations/${LOCATION_ID}/customFields`, { model: 'opportunity' }],
		]);
		expect(result.items.map((i) => i.json.name)).toEqual(['Deal Source']);
		const listed = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'customField', operation: 'get', fieldObject: 'contact' },
			method: 'getCustomFieldIds',
		});
		expect(listed.map((o) => [o.name, o.description])).toEqual([
			['Favourite Colour', 'contact.favourite_colour'],
			['Interests', 'contact.interests'],
		]);
	});
});

describe('Custom Field › custom-object fields and folders', () => {
	it('creates a custom-object field in a folder, with its options and the full field key', async () => {
		const folder = addObjectFolder(state.seed.location, PETS, 'Pet details');
		const result = await run({
			resource: 'customField',
			operation: 'create',
			...CUSTOM,
			name: 'Species',
			dataType: 'SINGLE_OPTIONS',
			folderId: folder.id,
			fieldKey: 'species',
			picklist: {
				option: [{ label: 'Dog' }, { label: 'Guinea Pig' }, { label: 'Cat', key: 'feline' }],
			},
			objectFields: { description: 'What the pet is' },
		});
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				'/custom-fields/',
				{
					locationId: LOCATION_ID,
					name: 'Species',
					dataType: 'SINGLE_OPTIONS',
					objectKey: PETS,
					fieldKey: `${PETS}.species`,
					parentId: folder.id,
					showInForms: true,
					description: 'What the pet is',
					options: [
						{ key: 'dog', label: 'Dog' },
						{ key: 'guinea_pig', label: 'Guinea Pig' },
						{ key: 'feline', label: 'Cat' },
					],
				},
			],
		]);
		expect(result.items[0].json).toMatchObject({
			id: expect.any(String),
			fieldKey: `${PETS}.species`,
			objectKey: PETS,
		});
	});

	it('gets, updates (keeping Show in Forms) and deletes a custom-object field, and lists them by object', async () => {
		const { field } = await petField();
		const got = await run({
			resource: 'customField',
			operation: 'get',
			...CUSTOM,
			customFieldId: field.id,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/custom-fields/${String(field.id)}`],
		]);
		expect(got.items[0].json).toMatchObject({ id: field.id, name: 'Breed' });

		state.fake.requests.length = 0;
		const updated = await run({
			resource: 'customField',
			operation: 'update',
			...CUSTOM,
			customFieldId: field.id,
			objectUpdateFields: { name: 'Pet Breed' },
		});
		expect(updated.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['GET', `/custom-fields/${String(field.id)}`, undefined],
			[
				'PUT',
				`/custom-fields/${String(field.id)}`,
				{ locationId: LOCATION_ID, name: 'Pet Breed', showInForms: true },
			],
		]);

		state.fake.requests.length = 0;
		const listed = await run({
			resource: 'customField',
			operation: 'getAll',
			...CUSTOM,
			returnAll: true,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/custom-fields/object-key/${PETS}`, { locationId: LOCATION_ID }],
		]);
		expect(listed.items.map((i) => i.json.name)).toEqual(['Pet Breed']);

		const dropdown = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'customField', operation: 'get', ...CUSTOM },
			method: 'getCustomFieldIds',
		});
		expect(dropdown.map((o) => [o.name, o.value, o.description])).toEqual([
			['Pet Breed', field.id, `${PETS}.breed`],
		]);

		const deleted = await run({
			resource: 'customField',
			operation: 'delete',
			...CUSTOM,
			customFieldId: field.id,
		});
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: field.id, deleted: true }]);
		expect(requestsTo(state.fake, 'DELETE', /custom-fields/).map((r) => r.path)).toEqual([
			`/custom-fields/${String(field.id)}`,
		]);
	});

	it('creates, lists, renames and deletes a folder', async () => {
		const made = await run({
			resource: 'customField',
			operation: 'createFolder',
			objectKey: PETS,
			folderName: 'Health',
		});
		expect(made.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				'/custom-fields/folder',
				{ objectKey: PETS, name: 'Health', locationId: LOCATION_ID },
			],
		]);
		const folder = made.items[0].json;
		expect(folder).toEqual({
			id: expect.any(String),
			objectKey: PETS,
			locationId: LOCATION_ID,
			name: 'Health',
		});

		const listed = await run({
			resource: 'customField',
			operation: 'getFolders',
			objectKey: PETS,
			returnAll: true,
		});
		expect(listed.items.map((i) => i.json.name)).toEqual(['Health']);

		state.fake.requests.length = 0;
		const renamed = await run({
			resource: 'customField',
			operation: 'updateFolder',
			objectKey: PETS,
			folderId: folder.id,
			folderName: 'Medical',
		});
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'PUT',
				`/custom-fields/folder/${String(folder.id)}`,
				{ name: 'Medical', locationId: LOCATION_ID },
			],
		]);
		expect(renamed.items[0].json).toMatchObject({ name: 'Medical' });

		state.fake.requests.length = 0;
		const deleted = await run({
			resource: 'customField',
			operation: 'deleteFolder',
			objectKey: PETS,
			folderId: folder.id,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['DELETE', `/custom-fields/folder/${String(folder.id)}`, { locationId: LOCATION_ID }],
		]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: folder.id, deleted: true }]);
	});

	it('shows HighLevel’s message for a folder that still holds fields', async () => {
		const { folder } = await petField();
		const result = await run({
			resource: 'customField',
			operation: 'deleteFolder',
			objectKey: PETS,
			folderId: folder.id,
		});
		expect(result.error?.message).toBe('Custom Field › Delete Folder: The folder still has fields');
	});
});

describe('Custom Field › input checks', () => {
	const folder = 'sx6wyHhbFdRXh302Lunr';
	it.each([
		[
			'an option field without options',
			{
				operation: 'create',
				...CUSTOM,
				name: 'Size',
				dataType: 'RADIO',
				folderId: folder,
				fieldKey: 'size',
			},
			/Invalid 'Options' in item 0: expected at least one option/,
		],
		[
			'options on a text field',
			{
				operation: 'create',
				...CUSTOM,
				name: 'Size',
				dataType: 'TEXT',
				folderId: folder,
				fieldKey: 'size',
				picklist: options('S'),
			},
			/Invalid 'Options' in item 0: expected no options/,
		],
		[
			'two options with one key',
			{
				operation: 'create',
				...CUSTOM,
				name: 'Size',
				dataType: 'RADIO',
				folderId: folder,
				fieldKey: 'size',
				picklist: options('Big', 'big'),
			},
			/Invalid 'Options › 2 › Key' in item 0/,
		],
		[
			'an object key that is not one',
			{ operation: 'getAll', fieldObject: 'custom', objectKey: 'Pets!' },
			/Custom Field › Get Many: Invalid 'Object Key' in item 0: expected the key of a custom object/,
		],
		[
			'a field key with spaces',
			{
				operation: 'create',
				...CUSTOM,
				name: 'Size',
				dataType: 'TEXT',
				folderId: folder,
				fieldKey: 'shoe size',
			},
			/Invalid 'Field Key' in item 0/,
		],
		[
			'a data type HighLevel does not have',
			{ operation: 'create', name: 'Size', dataType: '={{ "COLOUR" }}' },
			/Invalid 'Data Type' in item 0/,
		],
		[
			'an update that changes nothing',
			{ operation: 'update', customFieldId: 'f1', updateFields: {} },
			/Custom Field › Update: Invalid 'Update Fields' in item 0: expected at least one setting to change/,
		],
		[
			'an empty folder name',
			{ operation: 'createFolder', objectKey: PETS, folderName: '={{ "" }}' },
			/Invalid 'Folder Name' in item 0/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'customField', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
