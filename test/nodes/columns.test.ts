import type { ResourceMapperField } from 'n8n-workflow';
import {
	customFieldColumns,
	objectFieldColumns,
	toMapperField,
} from '../../nodes/HighLevel/shared/columns';
import { findColumn } from '../../nodes/HighLevel/shared/mapColumns';
import { displayValue, readableCustomFields } from '../../nodes/HighLevel/shared/readableFields';
import { apiOperationColumns } from '../../nodes/HighLevel/resources/apiOperation/columns';
import { addDemoCustomFields, checkFieldValue } from '../fake-highlevel/fieldValues';
import { PIT_TOKEN, LOCATION_ID, resourceMapperFields } from '../harness/run';
import { ALL_SCOPES, useFakeHighLevel } from './setup';

const { state } = useFakeHighLevel();

beforeEach(() => {
	state.seed.location.customFields.clear();
	addDemoCustomFields(state.seed.location);
});

const columnsFor = async (resource: string, operation: string, method: string) =>
	await resourceMapperFields({
		baseUrl: state.fake.baseUrl,
		parameters: { resource, operation },
		method,
	});

const byId = (fields: ResourceMapperField[]) => new Map(fields.map((f) => [f.id, f]));

describe('Resource mapper columns', () => {
	it('shows a contact’s standard fields and every custom field of the sub-account, typed', async () => {
		const { fields } = await columnsFor('contact', 'create', 'getContactColumns');
		const field = byId(fields);
		// Create asks for the email and phone in parameters of their own; Map Automatically still takes them.
		expect(field.get('email')).toMatchObject({
			displayName: 'Email',
			type: 'string',
			required: false,
			display: false,
		});
		expect(field.get('firstName')).toMatchObject({
			displayName: 'First Name',
			type: 'string',
			required: false,
			display: true,
		});
		expect(field.get('dnd')).toMatchObject({ type: 'boolean' });
		expect(field.get('dateOfBirth')).toMatchObject({ type: 'dateTime' });
		expect(field.get('tags')).toMatchObject({ displayName: 'Tag', type: 'array' });
		expect(field.get('gender')).toMatchObject({
			type: 'options',
			options: [
				{ name: 'Female', value: 'female' },
				{ name: 'Male', value: 'male' },
			],
		});
		// The location's users to pick from, any ID still allowed.
		expect(field.get('assignedTo')).toMatchObject({
			type: 'options',
			options: [
				expect.objectContaining({ name: 'Ada Lovelace', value: state.seed.ada.id }),
				expect.anything(),
			],
		});
		expect(field.get('contact.favourite_colour')).toMatchObject({
			displayName: 'Favourite Colour',
			type: 'string',
		});
		expect(field.get('contact.about')).toMatchObject({ displayName: 'About', type: 'string' });
		expect(field.get('contact.pincode')).toMatchObject({ type: 'number' });
		expect(field.get('contact.budget')).toMatchObject({ type: 'number' });
		expect(field.get('contact.renewal_date')).toMatchObject({ type: 'dateTime' });
		expect(field.get('contact.office_phone')).toMatchObject({ type: 'string' });
		expect(field.get('contact.billing_email')).toMatchObject({ type: 'string' });
		expect(field.get('contact.plan')).toMatchObject({
			type: 'options',
			options: [
				{ name: 'Basic', value: 'Basic' },
				{ name: 'Pro', value: 'Pro' },
				{ name: 'Enterprise', value: 'Enterprise' },
			],
		});
		expect(field.get('contact.preferred_time')).toMatchObject({ type: 'options' });
		expect(field.get('contact.interests')).toMatchObject({ type: 'array' });
		expect(field.get('contact.channels')).toMatchObject({ type: 'array' });
		expect(field.get('contact.newsletter')).toMatchObject({ type: 'boolean' });
		expect(field.get('contact.contract')).toMatchObject({ type: 'url' });
		// Opportunity fields are not a contact's.
		expect(field.has('opportunity.deal_source')).toBe(false);
		expect(fields.some((f) => f.id.startsWith('__notice'))).toBe(false);
	});

	it('leaves out what Update cannot take and marks what Create requires', async () => {
		const update = byId((await columnsFor('contact', 'update', 'getContactColumns')).fields);
		expect(update.has('companyName')).toBe(false);
		expect(update.has('gender')).toBe(false);
		expect(update.has('contact.plan')).toBe(true);
		expect(update.get('email')).toMatchObject({ display: true });
		const create = byId(
			(await columnsFor('opportunity', 'create', 'getOpportunityColumns')).fields,
		);
		// Name, pipeline, stage, contact and status are parameters of their own on Create.
		expect(create.has('name')).toBe(false);
		expect(create.get('monetaryValue')).toMatchObject({ required: false, type: 'number' });
		expect(create.get('opportunity.priority')).toMatchObject({
			displayName: 'Priority',
			type: 'options',
		});
		expect(create.get('opportunity.close_date')).toMatchObject({ type: 'dateTime' });
		expect(create.has('contact.plan')).toBe(false);
		const updateOpportunity = byId(
			(await columnsFor('opportunity', 'update', 'getOpportunityColumns')).fields,
		);
		expect(updateOpportunity.get('name')).toMatchObject({ required: false });
		expect(updateOpportunity.get('status')).toMatchObject({ type: 'options' });
		const upsert = (await columnsFor('opportunity', 'upsert', 'getOpportunityColumns')).fields;
		expect(upsert.some((f) => f.id.startsWith('opportunity.'))).toBe(false);
		expect(upsert.find((f) => f.id.startsWith('__notice'))?.displayName).toBe(
			'(HighLevel’s Create or Update takes no opportunity custom fields: set them with Update)',
		);
	});

	it('says so when the sub-account has no custom fields', async () => {
		state.seed.location.customFields.clear();
		const { fields } = await columnsFor('contact', 'create', 'getContactColumns');
		expect(fields.find((f) => f.id.startsWith('__notice'))).toMatchObject({
			displayName: '(This sub-account has no contact custom fields)',
			readOnly: true,
			removed: true,
		});
		expect(fields.find((f) => f.id === 'email')).toBeDefined();
	});

	it('names the missing scope when the token may not read custom fields', async () => {
		state.fake.addToken(PIT_TOKEN, {
			locationId: LOCATION_ID,
			scopes: ALL_SCOPES.filter((s) => !s.startsWith('locations/customFields')),
			userType: 'Location',
		});
		await expect(columnsFor('contact', 'create', 'getContactColumns')).rejects.toMatchObject({
			message: 'The credential may not read the sub-account’s contact custom fields',
			description: expect.stringContaining('locations/customFields.readonly'),
		});
	});

	it('reads the custom fields once however often the columns are built in an execution', async () => {
		const cache = new Map<string, Promise<unknown>>();
		const { recordColumns } = await import('../../nodes/HighLevel/shared/customFieldColumns');
		const ctx = { getNode: () => ({ name: 'HighLevel' }) } as never;
		const pending = new Map<string, Promise<unknown>>([
			[
				'contactCustomFields:loc',
				Promise.resolve([{ id: 'f1', name: 'Plan', fieldKey: 'contact.plan', dataType: 'TEXT' }]),
			],
		]);
		for (const [key, value] of pending) cache.set(key, value);
		const first = await recordColumns(ctx, 'contact', [], 'loc', 0, cache);
		const second = await recordColumns(ctx, 'contact', [], 'loc', 1, cache);
		expect(second).toBe(first);
		expect(first.map((c) => c.id)).toEqual(['contact.plan']);
	});
});

describe('Map Automatically', () => {
	const columns = customFieldColumns([
		{ id: 'a1', name: 'Favourite Colour', fieldKey: 'contact.favourite_colour', dataType: 'TEXT' },
		{
			id: 'b2',
			name: 'Plan',
			fieldKey: 'contact.plan',
			dataType: 'SINGLE_OPTIONS',
			picklistOptions: ['Basic', 'Pro'],
		},
	]);

	it.each([
		['contact.favourite_colour', 'contact.favourite_colour'],
		['favourite_colour', 'contact.favourite_colour'],
		['Favourite Colour', 'contact.favourite_colour'],
		['FAVOURITE colour', 'contact.favourite_colour'],
		['favouriteColour', 'contact.favourite_colour'],
		['a1', 'contact.favourite_colour'],
		['plan', 'contact.plan'],
		['Contact.Plan', 'contact.plan'],
	])('matches %p to %p', (key, id) => {
		expect(findColumn(columns, key)?.id).toBe(id);
	});

	it('matches nothing it should not', () => {
		expect(findColumn(columns, 'colour')).toBeUndefined();
		expect(findColumn(columns, 'plans')).toBeUndefined();
	});
});

describe('Custom object fields', () => {
	it('become columns by short key, with option labels and required ones first', () => {
		const columns = objectFieldColumns([
			{
				fieldKey: 'custom_objects.pet.breed',
				name: 'Breed',
				dataType: 'SINGLE_OPTIONS',
				options: [{ key: 'lab', label: 'Labrador' }],
			},
			{ fieldKey: 'custom_objects.pet.name', name: 'Name', dataType: 'TEXT', required: true },
		]);
		expect(columns.map(toMapperField)).toEqual([
			expect.objectContaining({ id: 'name', displayName: 'Name', required: true, type: 'string' }),
			expect.objectContaining({
				id: 'breed',
				type: 'options',
				options: [{ name: 'Labrador', value: 'lab' }],
			}),
		]);
		expect(columns[1].target).toEqual({
			in: 'property',
			name: 'breed',
			fieldKey: 'custom_objects.pet.breed',
		});
	});
});

describe('Readable custom fields', () => {
	const definitions = new Map(
		[
			{ id: 'd', name: 'Renewal Date', fieldKey: 'contact.renewal_date', dataType: 'DATE' },
			{ id: 'n', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL' },
			{
				id: 'o',
				name: 'Breed',
				fieldKey: 'custom_objects.pet.breed',
				dataType: 'SINGLE_OPTIONS',
				options: [{ key: 'lab', label: 'Labrador' }],
			},
			{ id: 'f', name: 'Contract', fieldKey: 'contact.contract', dataType: 'FILE_UPLOAD' },
		].map((d) => [d.id, d]),
	);

	it('adds the values by key and by name, as the panel shows them', () => {
		const readable = readableCustomFields(
			[
				{ id: 'd', value: Date.UTC(2026, 2, 1) },
				{ id: 'n', fieldValue: '560001' },
				{ id: 'o', value: 'lab' },
				{ id: 'f', value: { u1: { url: 'https://files.example.com/a.pdf', meta: {} } } },
				{ id: 'gone', value: 'x' },
			],
			definitions,
		);
		expect(readable).toEqual({
			customFieldsByKey: {
				renewal_date: '2026-03-01',
				pincode: 560001,
				breed: 'Labrador',
				contract: ['https://files.example.com/a.pdf'],
				gone: 'x',
			},
			customFieldsByName: {
				'Renewal Date': '2026-03-01',
				Pincode: 560001,
				Breed: 'Labrador',
				Contract: ['https://files.example.com/a.pdf'],
				gone: 'x',
			},
		});
	});

	it('keeps what it cannot read as it is', () => {
		expect(displayValue(definitions.get('d'), 'soon')).toBe('soon');
		expect(displayValue(definitions.get('n'), 'many')).toBe('many');
		expect(displayValue(undefined, 'x')).toBe('x');
	});
});

describe('API Operation columns', () => {
	it('types path, query and body parameters from the spec', async () => {
		const get = await apiOperationColumns('contacts/get-contacts');
		expect(get?.find((c) => c.id === 'locationId')).toMatchObject({
			kind: 'text',
			required: false,
			target: { in: 'query', name: 'locationId' },
		});
		expect(get?.find((c) => c.id === 'limit')).toMatchObject({
			kind: 'number',
			target: { in: 'query', name: 'limit' },
		});
		const update = await apiOperationColumns('contacts/update-contact');
		expect(update?.find((c) => c.id === 'contactId')).toMatchObject({
			kind: 'id',
			required: true,
			target: { in: 'path', name: 'contactId' },
		});
		expect(update?.find((c) => c.id === 'tags')).toMatchObject({
			kind: 'list',
			target: { in: 'body', name: 'tags' },
		});
		const status = await apiOperationColumns('opportunities/update-opportunity-status');
		expect(status?.find((c) => c.id === 'status')).toMatchObject({
			kind: 'option',
			required: true,
			options: expect.arrayContaining([{ name: 'won', value: 'won' }]),
		});
		expect(await apiOperationColumns('contacts/nope')).toBeUndefined();
	});
});

describe('The fake’s custom field values', () => {
	const plan = {
		fieldKey: 'contact.plan',
		dataType: 'SINGLE_OPTIONS',
		picklistOptions: ['Basic', 'Pro'],
	};
	it('stores values as HighLevel does and refuses what HighLevel would not store', () => {
		expect(checkFieldValue(plan, 'Pro')).toEqual({ ok: true, value: 'Pro' });
		expect(checkFieldValue(plan, 'pro')).toEqual({
			ok: false,
			message: 'customFields: contact.plan must be one of Basic, Pro',
		});
		expect(checkFieldValue({ dataType: 'NUMERICAL', fieldKey: 'n' }, '42')).toEqual({
			ok: true,
			value: 42,
		});
		expect(checkFieldValue({ dataType: 'NUMERICAL', fieldKey: 'n' }, 'x').ok).toBe(false);
		expect(checkFieldValue({ dataType: 'DATE', fieldKey: 'd' }, '2026-03-01')).toEqual({
			ok: true,
			value: Date.UTC(2026, 2, 1),
		});
		expect(
			checkFieldValue(
				{ dataType: 'MULTIPLE_OPTIONS', fieldKey: 'm', picklistOptions: ['A', 'B'] },
				['A', 'C'],
			).ok,
		).toBe(false);
	});
});
