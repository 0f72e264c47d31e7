import type { IDataObject } from 'n8n-workflow';
import { addDemoCustomFields } from '../fake-highlevel/fieldValues';
import { addPipeline } from '../fake-highlevel/handlers/opportunities';
import { LOCATION_ID } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

type Rec = Record<string, unknown>;

/** The seeded location's custom fields by key, after the demo set replaced the two seeded ones. */
function fields(): Record<string, Rec> {
	return Object.fromEntries(
		[...state.seed.location.customFields.values()].map((f) => [String(f.fieldKey), f]),
	);
}

beforeEach(() => {
	state.seed.location.customFields.clear();
	addDemoCustomFields(state.seed.location);
	state.fake.setRateLimit({ max: 100_000, intervalMs: 10_000 });
});

const automatically = { mappingMode: 'autoMapInputData', value: null };
const manually = (value: IDataObject) => ({ mappingMode: 'defineBelow', value });
const byId = (list: unknown) =>
	[...(list as Rec[])].sort((a, b) => String(a.id).localeCompare(String(b.id)));
const customFieldsRead = () =>
	requestsTo(state.fake, 'GET', new RegExp(`^/locations/${LOCATION_ID}/customFields$`));

describe('Contact fields through the resource mapper', () => {
	it('maps 1,000 rows automatically, standard names and custom field keys mixed, into exactly the right requests', async () => {
		const f = fields();
		const plans = ['Basic', 'Pro', 'Enterprise'];
		const rows = Array.from({ length: 1000 }, (_, i) => ({
			'First Name': `First${i}`,
			last_name: `Last${i}`,
			Email: `lead${i}@example.com`,
			phone: `+1415555${String(i).padStart(4, '0')}`,
			Tags: 'csv, import',
			'contact.plan': plans[i % 3].toLowerCase(),
			'Renewal Date': '2026-03-01',
			pincode: String(560000 + i),
			newsletter: i % 2 === 0,
			Channels: 'Email, SMS',
			interests: ['Boats'],
			'favourite colour': 'Blue',
			budget: '1,500.50',
			row_number: i + 2,
		}));
		const result = await run(
			{
				resource: 'contact',
				operation: 'create',
				columns: automatically,
				settings: { concurrency: 10 },
			},
			{ items: rows },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1000);
		expect(result.items.map((item) => item.pairedItem)).toEqual(rows.map((_, item) => ({ item })));
		// The sub-account's custom fields were read once for the thousand items.
		expect(customFieldsRead()).toHaveLength(1);
		const posts = requestsTo(state.fake, 'POST', /^\/contacts\/$/);
		expect(posts).toHaveLength(1000);
		const sent = new Map(posts.map((r) => [String((r.body as Rec).email), r.body as Rec]));
		rows.forEach((row, i) => {
			const body = sent.get(row.Email)!;
			expect({ ...body, customFields: byId(body.customFields) }).toEqual({
				firstName: `First${i}`,
				lastName: `Last${i}`,
				email: `lead${i}@example.com`,
				phone: row.phone,
				tags: ['csv', 'import'],
				locationId: LOCATION_ID,
				customFields: byId([
					{ id: f['contact.plan'].id, field_value: plans[i % 3] },
					{ id: f['contact.renewal_date'].id, field_value: '2026-03-01' },
					{ id: f['contact.pincode'].id, field_value: String(560000 + i) },
					{ id: f['contact.newsletter'].id, field_value: i % 2 === 0 ? ['Yes'] : [] },
					{ id: f['contact.channels'].id, field_value: ['Email', 'SMS'] },
					{ id: f['contact.interests'].id, field_value: ['Boats'] },
					{ id: f['contact.favourite_colour'].id, field_value: 'Blue' },
					{ id: f['contact.budget'].id, field_value: '1500.5' },
				]),
			});
		});
		expect(state.seed.location.contacts.size).toBe(1000 + 0);
	}, 120_000);

	it.each(['reject', 'drop'] as const)(
		'fails a wrong value before sending, naming the field (HighLevel that would %s it)',
		async (policy) => {
			state.seed.location.invalidFieldValues = policy;
			const rows = [
				{ email: 'ok@example.com', plan: 'Pro' },
				{ email: 'gold@example.com', plan: 'Gold' },
				{ email: 'count@example.com', pincode: 'twelve' },
				{ email: 'when@example.com', 'Renewal Date': '2026-02-30' },
				{ email: 'nope', plan: 'Pro' },
				{ email: 'tick@example.com', newsletter: 'maybe' },
				{ email: 'file@example.com', contract: 'contract.pdf' },
			];
			const result = await run(
				{ resource: 'contact', operation: 'create', columns: automatically },
				{ items: rows, onError: 'continueRegularOutput' },
			);
			expect(result.items.map((item) => item.json.error ?? 'created')).toEqual([
				'created',
				"Contact › Create: Invalid 'Plan' in item 1: expected one of Basic, Pro, Enterprise",
				"Contact › Create: Invalid 'Pincode' in item 2: expected a number",
				"Contact › Create: Invalid 'Renewal Date' in item 3: expected a date that exists on the calendar",
				"Contact › Create: Invalid 'Email' in item 4: expected an email address such as name@example.com",
				"Contact › Create: Invalid 'Newsletter' in item 5: expected one of Yes",
				"Contact › Create: Invalid 'Contract' in item 6: expected a link to a file, such as https://example.com/contract.pdf",
			]);
			expect(result.items.map((item) => item.pairedItem)).toEqual(
				rows.map((_, item) => ({ item })),
			);
			expect(
				requestsTo(state.fake, 'POST', /^\/contacts\/$/).map((r) => (r.body as Rec).email),
			).toEqual(['ok@example.com']);
		},
	);

	it('takes values typed in the form by field key, and refuses a field the sub-account no longer has', async () => {
		const f = fields();
		const contact = state.seed.location.addContact({ email: 'ada@example.com' });
		const result = await run({
			resource: 'contact',
			operation: 'update',
			contactId: String(contact.id),
			columns: manually({
				firstName: 'Ada',
				'contact.plan': 'enterprise',
				tags: ['math', 'engines'],
				dnd: false,
				'contact.about': null,
				lastName: '',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(state.fake, 'PUT', /^\/contacts\//).map((r) => r.body)).toEqual([
			{
				firstName: 'Ada',
				tags: ['math', 'engines'],
				dnd: false,
				customFields: [{ id: f['contact.plan'].id, field_value: 'Enterprise' }],
			},
		]);
		state.fake.requests.length = 0;
		const stale = await run({
			resource: 'contact',
			operation: 'update',
			contactId: String(contact.id),
			columns: manually({ 'contact.shoe_size': '42' }),
		});
		expect(stale.error?.message).toBe(
			"Contact › Update: Invalid 'Fields › contact.shoe_size' in item 0: expected a field the sub-account has: it has no field with this key (refresh the columns)",
		);
		expect(requestsTo(state.fake, 'PUT', /^\/contacts\//)).toHaveLength(0);
	});

	it('reads no custom fields when only standard fields are given', async () => {
		const result = await run({
			resource: 'contact',
			operation: 'create',
			columns: manually({ email: 'plain@example.com', firstName: 'Plain' }),
		});
		expect(result.error).toBeUndefined();
		expect(customFieldsRead()).toHaveLength(0);
		expect(requestsTo(state.fake, 'POST', /^\/contacts\/$/).map((r) => r.body)).toEqual([
			{ email: 'plain@example.com', firstName: 'Plain', locationId: LOCATION_ID },
		]);
	});

	it('adds readable custom fields to the contacts it returns when asked', async () => {
		const f = fields();
		const created = await run({
			resource: 'contact',
			operation: 'create',
			readableCustomFields: true,
			columns: manually({
				email: 'read@example.com',
				'contact.plan': 'Pro',
				'contact.renewal_date': '2026-03-01',
				'contact.pincode': 560001,
				'contact.channels': 'SMS',
			}),
		});
		expect(created.error).toBeUndefined();
		const contact = created.items[0].json;
		expect(contact.customFieldsByKey).toEqual({
			plan: 'Pro',
			renewal_date: '2026-03-01',
			pincode: 560001,
			channels: ['SMS'],
		});
		expect(contact.customFieldsByName).toEqual({
			Plan: 'Pro',
			'Renewal Date': '2026-03-01',
			Pincode: 560001,
			Channels: ['SMS'],
		});
		// HighLevel's own list stays as HighLevel gives it (a date as epoch milliseconds).
		expect(contact.customFields).toEqual(
			expect.arrayContaining([{ id: f['contact.renewal_date'].id, value: Date.UTC(2026, 2, 1) }]),
		);
		const plain = await run({
			resource: 'contact',
			operation: 'get',
			contactId: String(contact.id),
		});
		expect(plain.items[0].json.customFieldsByKey).toBeUndefined();
		const got = await run({
			resource: 'contact',
			operation: 'get',
			contactId: String(contact.id),
			readableCustomFields: true,
		});
		expect(got.items[0].json.customFieldsByKey).toEqual(contact.customFieldsByKey);
		const many = await run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			readableCustomFields: true,
		});
		expect(many.items.find((item) => item.json.id === contact.id)?.json.customFieldsByName).toEqual(
			contact.customFieldsByName,
		);
	});
});

describe('Opportunity fields through the resource mapper', () => {
	function sales() {
		const pipeline = addPipeline(state.seed.location, 'Sales', ['New', 'Won']) as {
			id: string;
			stages: Array<{ id: string }>;
		};
		const contact = state.seed.location.addContact({ email: 'buyer@example.com' });
		return { pipeline, contact };
	}

	it('sends standard and custom fields typed, and reads them back readable', async () => {
		const f = fields();
		const { pipeline, contact } = sales();
		const result = await run({
			resource: 'opportunity',
			operation: 'create',
			name: 'Deal',
			pipelineId: pipeline.id,
			contactId: String(contact.id),
			status: 'open',
			readableCustomFields: true,
			columns: manually({
				monetaryValue: '1500.50',
				'opportunity.priority': 'high',
				'opportunity.close_date': '2026-05-01T10:00:00+02:00',
				Products: 'Hosting, Support',
			}),
		});
		expect(result.error).toBeUndefined();
		const [post] = requestsTo(state.fake, 'POST', /^\/opportunities\/$/);
		expect({ ...(post.body as Rec), customFields: byId((post.body as Rec).customFields) }).toEqual({
			name: 'Deal',
			pipelineId: pipeline.id,
			contactId: contact.id,
			status: 'open',
			locationId: LOCATION_ID,
			monetaryValue: 1500.5,
			customFields: byId([
				{ id: f['opportunity.priority'].id, field_value: 'High' },
				{ id: f['opportunity.close_date'].id, field_value: '2026-05-01' },
				{ id: f['opportunity.products'].id, field_value: ['Hosting', 'Support'] },
			]),
		});
		expect(result.items[0].json.customFieldsByKey).toEqual({
			priority: 'High',
			close_date: '2026-05-01',
			products: ['Hosting', 'Support'],
		});
		const id = String(result.items[0].json.id);
		const got = await run({
			resource: 'opportunity',
			operation: 'get',
			opportunityId: id,
			readableCustomFields: true,
		});
		expect(got.items[0].json.customFieldsByName).toEqual({
			Priority: 'High',
			'Close Date': '2026-05-01',
			Products: ['Hosting', 'Support'],
		});
	});

	it('refuses a negative amount and an option not in the picklist before sending', async () => {
		const { pipeline, contact } = sales();
		const base = {
			resource: 'opportunity',
			operation: 'create',
			name: 'Deal',
			pipelineId: pipeline.id,
			contactId: String(contact.id),
			status: 'open',
		};
		const negative = await run({ ...base, columns: manually({ monetaryValue: -5 }) });
		expect(negative.error?.message).toBe(
			"Opportunity › Create: Invalid 'Monetary Value' in item 0: expected a number of 0 or more, such as 1500.50",
		);
		const priority = await run({
			...base,
			columns: manually({ 'opportunity.priority': 'Urgent' }),
		});
		expect(priority.error?.message).toBe(
			"Opportunity › Create: Invalid 'Priority' in item 0: expected one of Low, Medium, High",
		);
		expect(requestsTo(state.fake, 'POST', /^\/opportunities\/$/)).toHaveLength(0);
	});
});
