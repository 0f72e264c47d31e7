import { addCustomValue } from '../fake-highlevel/handlers/locations';
import { LOCATION_ID, PIT_TOKEN, loadOptions } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Custom Value', () => {
	it('creates a custom value with its name and value in the sub-account', async () => {
		const result = await run({
			resource: 'customValue',
			operation: 'create',
			name: 'Booking Link',
			value: 'https://example.com/book',
		});
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			[
				'POST',
				`/locations/${LOCATION_ID}/customValues`,
				{},
				{ name: 'Booking Link', value: 'https://example.com/book' },
			],
		]);
		expect(state.fake.requests[0].headers.version).toBe('2021-07-28');
		expect(state.fake.requests[0].headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(result.items.map((i) => i.json)).toEqual([
			{
				id: expect.any(String),
				name: 'Booking Link',
				fieldKey: '{{ custom_values.booking_link }}',
				value: 'https://example.com/book',
				locationId: LOCATION_ID,
			},
		]);
	});

	it('gets, updates (name and value together) and deletes a custom value by ID', async () => {
		const record = addCustomValue(state.seed.location, 'Office Phone', '+14155550100');
		const got = await run({ resource: 'customValue', operation: 'get', customValueId: record.id });
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/locations/${LOCATION_ID}/customValues/${String(record.id)}`],
		]);
		expect(got.items.map((i) => i.json)).toEqual([record]);

		const updated = await run({
			resource: 'customValue',
			operation: 'update',
			customValueId: record.id,
			name: 'Office Phone',
			value: '+14155550199',
		});
		expect(updated.error).toBeUndefined();
		const [put] = requestsTo(state.fake, 'PUT', /customValues/);
		expect([put.path, put.body]).toEqual([
			`/locations/${LOCATION_ID}/customValues/${String(record.id)}`,
			{ name: 'Office Phone', value: '+14155550199' },
		]);
		expect(updated.items[0].json).toMatchObject({ id: record.id, value: '+14155550199' });

		const deleted = await run({
			resource: 'customValue',
			operation: 'delete',
			customValueId: record.id,
		});
		expect(requestsTo(state.fake, 'DELETE', /customValues/).map((r) => r.path)).toEqual([
			`/locations/${LOCATION_ID}/customValues/${String(record.id)}`,
		]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: record.id, deleted: true }]);
		expect(state.seed.location.collection('customValues').size).toBe(0);
	});

	it('lists the custom values, and the dropdown shows each by name with its merge key', async () => {
		const a = addCustomValue(state.seed.location, 'Zeta', '1');
		const b = addCustomValue(state.seed.location, 'Alpha', '2');
		const all = await run({ resource: 'customValue', operation: 'getAll', returnAll: true });
		expect(state.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/locations/${LOCATION_ID}/customValues`, {}],
		]);
		expect(all.items.map((i) => i.json.name)).toEqual(['Zeta', 'Alpha']);
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'customValue', operation: 'get' },
			method: 'getCustomValues',
		});
		expect(options.map((o) => [o.name, o.value, o.description])).toEqual([
			['Alpha', b.id, '{{ custom_values.alpha }}'],
			['Zeta', a.id, '{{ custom_values.zeta }}'],
		]);
	});

	it('shows HighLevel’s message for a name already taken', async () => {
		addCustomValue(state.seed.location, 'Promo', 'SPRING');
		const result = await run({
			resource: 'customValue',
			operation: 'create',
			name: 'promo',
			value: 'x',
		});
		expect(result.error?.message).toBe(
			'Custom Value › Create: Custom value with this name already exists',
		);
	});

	it.each([
		[
			'an empty name',
			{ operation: 'create', name: '={{ " " }}', value: 'x' },
			/Custom Value › Create: Invalid 'Name' in item 0/,
		],
		[
			'an empty value (HighLevel requires one)',
			{ operation: 'update', customValueId: 'cv1', name: 'A', value: '={{ "" }}' },
			/Custom Value › Update: Invalid 'Value' in item 0: expected text the merge key stands for/,
		],
		[
			'an update without a name',
			{ operation: 'update', customValueId: 'cv1', name: '={{ "" }}', value: 'x' },
			/Custom Value › Update: Invalid 'Name' in item 0/,
		],
		[
			'a value that is an object',
			{ operation: 'create', name: 'A', value: '={{ { "a": 1 } }}' },
			/Custom Value › Create: .*'Value'.* in item 0/,
		],
		[
			'an ID with a slash',
			{ operation: 'get', customValueId: '../x' },
			/Custom Value › Get: Invalid 'Custom Value' in item 0: expected an ID/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'customValue', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
