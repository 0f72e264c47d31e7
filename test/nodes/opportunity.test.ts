import { loadOptions, LOCATION_ID, PIT_TOKEN, resourceMapperFields } from '../harness/run';
import {
	addLostReason,
	addOpportunity,
	addPipeline,
	opportunitiesOf,
} from '../fake-highlevel/handlers/opportunities';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

/** Two pipelines, two contacts and a lost reason in the test location. */
function seedSales() {
	const { seed } = state;
	const sales = addPipeline(seed.location, 'Sales', ['New lead', 'Qualified', 'Proposal sent']);
	const renewals = addPipeline(seed.location, 'Renewals', ['Due', 'Renewed']);
	const grace = seed.location.addContact({
		firstName: 'Grace',
		lastName: 'Hopper',
		email: 'grace@example.com',
	});
	const linus = seed.location.addContact({
		firstName: 'Linus',
		lastName: 'Torvalds',
		email: 'linus@example.com',
	});
	const competitor = addLostReason(seed.location, 'Chose a competitor');
	const stage = (pipeline: typeof sales, index: number) => String(pipeline.stages[index].id);
	return {
		sales,
		renewals,
		grace: String(grace.id),
		linus: String(linus.id),
		competitor: String(competitor.id),
		stage,
	};
}

const stored = () => opportunitiesOf(state.seed.location);

/** Opportunity › Create of an open opportunity named `name` for Grace in the Sales pipeline. */
const createIn = (sales: Record<string, unknown>, grace: string, name: string) => ({
	resource: 'opportunity',
	operation: 'create',
	name,
	pipelineId: sales.id,
	contactId: grace,
	status: 'open',
});

/** The sales pipeline and its contacts, and an opportunity "Deal" for Grace in it. */
function seedDeal() {
	const sales = seedSales();
	const o = addOpportunity(state.seed.location, {
		name: 'Deal',
		pipelineId: sales.sales.id,
		contactId: sales.grace,
	});
	return { ...sales, o };
}

describe('Opportunity › Create', () => {
	it('sends the opportunity with its location and outputs the new record', async () => {
		const { fake, seed } = state;
		const { sales, grace, stage } = seedSales();
		const result = await run({
			resource: 'opportunity',
			operation: 'create',
			name: '  Website redesign ',
			pipelineId: sales.id,
			pipelineStageId: stage(sales, 1),
			contactId: grace,
			status: 'open',
			columns: {
				mappingMode: 'defineBelow',
				value: { monetaryValue: 1500.5, assignedTo: seed.ada.id, source: 'n8n' },
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/opportunities\/$/);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.body).toEqual({
			name: 'Website redesign',
			pipelineId: sales.id,
			pipelineStageId: stage(sales, 1),
			contactId: grace,
			status: 'open',
			monetaryValue: 1500.5,
			assignedTo: seed.ada.id,
			source: 'n8n',
			locationId: LOCATION_ID,
		});
		expect(request.status).toBe(201);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const created = result.items[0].json;
		expect(created).toMatchObject({
			name: 'Website redesign',
			pipelineStageId: stage(sales, 1),
			monetaryValue: 1500.5,
			status: 'open',
			contact: { id: grace, name: 'Grace Hopper', email: 'grace@example.com' },
		});
		expect(stored().get(created.id as string)).toMatchObject({
			name: 'Website redesign',
			locationId: LOCATION_ID,
		});
	});

	it('leaves the stage to HighLevel when none is chosen', async () => {
		const { fake } = state;
		const { sales, grace, stage } = seedSales();
		const result = await run({
			resource: 'opportunity',
			operation: 'create',
			name: 'Deal',
			pipelineId: sales.id,
			contactId: grace,
			status: 'won',
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/opportunities\/$/)[0].body).toEqual({
			name: 'Deal',
			pipelineId: sales.id,
			contactId: grace,
			status: 'won',
			locationId: LOCATION_ID,
		});
		expect(result.items[0].json).toMatchObject({ pipelineStageId: stage(sales, 0), status: 'won' });
	});

	it('fails the item with HighLevel’s message when the contact already has one in the pipeline', async () => {
		const { fake } = state;
		const { sales, grace } = seedSales();
		addOpportunity(state.seed.location, {
			name: 'Existing',
			pipelineId: sales.id,
			contactId: grace,
		});
		const result = await run(createIn(sales, grace, 'Again'));
		expect(result.error?.message).toMatch(
			/Opportunity › Create: Can not create duplicate opportunity for the contact/,
		);
		expect(requestsTo(fake, 'POST', /^\/opportunities\/$/)).toHaveLength(1);
		expect(stored().size).toBe(1);
	});

	it('does not resend a create that met a server error, so nothing is created twice', async () => {
		const { fake } = state;
		const { sales, grace } = seedSales();
		fake.injectFault({
			method: 'POST',
			path: '/opportunities/',
			fault: { kind: 'status', status: 502 },
		});
		const result = await run(createIn(sales, grace, 'Once'));
		expect(result.error?.message).toMatch(/Opportunity › Create: Bad Gateway/);
		expect(requestsTo(fake, 'POST', /^\/opportunities\/$/)).toHaveLength(1);
		expect(stored().size).toBe(0);
	});
});

describe('Opportunity › Create or Update', () => {
	it('creates the contact’s opportunity in the pipeline, then updates that same one', async () => {
		const { fake } = state;
		const { sales, grace, stage } = seedSales();
		const first = await run({
			resource: 'opportunity',
			operation: 'upsert',
			pipelineId: sales.id,
			contactId: grace,
			name: 'Support plan',
		});
		expect(first.error).toBeUndefined();
		expect(first.items[0].json).toMatchObject({ new: true, name: 'Support plan', status: 'open' });
		const second = await run({
			resource: 'opportunity',
			operation: 'upsert',
			pipelineId: sales.id,
			contactId: grace,
			name: 'Support plan (3 years)',
			pipelineStageId: stage(sales, 2),
			columns: { mappingMode: 'defineBelow', value: { monetaryValue: '900', status: 'won' } },
		});
		expect(second.error).toBeUndefined();
		expect(second.items[0].json).toMatchObject({
			new: false,
			id: first.items[0].json.id,
			name: 'Support plan (3 years)',
			pipelineStageId: stage(sales, 2),
			monetaryValue: 900,
			status: 'won',
		});
		const bodies = requestsTo(fake, 'POST', /^\/opportunities\/upsert$/).map((r) => r.body);
		expect(bodies).toEqual([
			{ pipelineId: sales.id, contactId: grace, name: 'Support plan', locationId: LOCATION_ID },
			{
				pipelineId: sales.id,
				contactId: grace,
				name: 'Support plan (3 years)',
				pipelineStageId: stage(sales, 2),
				monetaryValue: 900,
				status: 'won',
				locationId: LOCATION_ID,
			},
		]);
		expect(stored().size).toBe(1);
	});

	it('retries an upsert after a 503, since it cannot create twice', async () => {
		const { fake } = state;
		const { sales, grace } = seedSales();
		fake.injectFault({
			method: 'POST',
			path: '/opportunities/upsert',
			fault: { kind: 'status', status: 503 },
		});
		const result = await run({
			resource: 'opportunity',
			operation: 'upsert',
			pipelineId: sales.id,
			contactId: grace,
			name: 'Retry',
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/opportunities\/upsert$/).map((r) => r.status)).toEqual([
			503, 201,
		]);
		expect(stored().size).toBe(1);
	});

	it('sends items for the same contact and pipeline one after the other, so only one is created', async () => {
		const { sales, grace } = seedSales();
		const result = await run(
			{
				resource: 'opportunity',
				operation: 'upsert',
				pipelineId: sales.id,
				contactId: grace,
				name: '={{ $json.name }}',
			},
			{ items: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.new)).toEqual([true, false, false]);
		expect(stored().size).toBe(1);
		expect([...stored().values()][0].name).toBe('C');
	});
});

describe('Opportunity › Get, Update, Update Status, Delete', () => {
	it('gets an opportunity with its contact', async () => {
		const { fake } = state;
		const { o, grace } = seedDeal();
		const result = await run({ resource: 'opportunity', operation: 'get', opportunityId: o.id });
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /opportunities/${String(o.id)}`,
		]);
		expect(result.items[0].json).toMatchObject({
			id: o.id,
			name: 'Deal',
			contact: { id: grace, name: 'Grace Hopper' },
		});
	});

	it('reports HighLevel’s 404 for an unknown opportunity', async () => {
		const result = await run({
			resource: 'opportunity',
			operation: 'get',
			opportunityId: 'nope12345',
		});
		expect(result.error?.message).toMatch(/Opportunity › Get: .*Opportunity not found/);
	});

	it('updates chosen fields and moves the opportunity to another pipeline with a stage of it', async () => {
		const { fake, seed } = state;
		const { sales, renewals, grace, stage } = seedSales();
		const o = addOpportunity(seed.location, {
			name: 'Deal',
			pipelineId: sales.id,
			pipelineStageId: stage(sales, 0),
			contactId: grace,
		});
		const result = await run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: o.id,
			pipelineId: renewals.id,
			pipelineStageId: stage(renewals, 1),
			columns: {
				mappingMode: 'defineBelow',
				value: { monetaryValue: 250, assignedTo: seed.alan.id, source: 'Referral' },
			},
		});
		expect(result.error).toBeUndefined();
		const [put] = requestsTo(fake, 'PUT', /^\/opportunities\//);
		expect(put.path).toBe(`/opportunities/${String(o.id)}`);
		expect(put.body).toEqual({
			monetaryValue: 250,
			assignedTo: seed.alan.id,
			pipelineId: renewals.id,
			pipelineStageId: stage(renewals, 1),
			source: 'Referral',
		});
		expect(result.items[0].json).toMatchObject({
			id: o.id,
			pipelineId: renewals.id,
			pipelineStageId: stage(renewals, 1),
			monetaryValue: 250,
		});
		expect(stored().get(String(o.id))).toMatchObject({
			assignedTo: seed.alan.id,
			source: 'Referral',
		});
	});

	it('refuses a move to another pipeline without a stage, and an update with nothing to change', async () => {
		const { fake } = state;
		const { renewals } = seedSales();
		const move = await run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: 'abc123',
			pipelineId: renewals.id,
		});
		expect(move.error?.message).toMatch(
			/Invalid 'Stage' in item 0: expected a stage of the new pipeline/,
		);
		const nothing = await run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: 'abc123',
			columns: { mappingMode: 'defineBelow', value: {} },
		});
		expect(nothing.error?.message).toMatch(
			/Invalid 'Fields' in item 0: expected at least one field or custom field to change/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('marks an opportunity lost with a reason, and won', async () => {
		const { fake } = state;
		const { sales, grace, competitor } = seedSales();
		const o = addOpportunity(state.seed.location, {
			name: 'Deal',
			pipelineId: sales.id,
			contactId: grace,
		});
		const lost = await run({
			resource: 'opportunity',
			operation: 'updateStatus',
			opportunityId: o.id,
			status: 'lost',
			lostReasonId: competitor,
		});
		expect(lost.error).toBeUndefined();
		expect(lost.items[0].json).toEqual({
			id: o.id,
			status: 'lost',
			lostReasonId: competitor,
			updated: true,
		});
		expect(stored().get(String(o.id))).toMatchObject({ status: 'lost', lostReasonId: competitor });
		// A reason left over from "lost" is not sent with another status.
		const won = await run({
			resource: 'opportunity',
			operation: 'updateStatus',
			opportunityId: o.id,
			status: 'won',
			lostReasonId: competitor,
		});
		expect(won.items[0].json).toEqual({ id: o.id, status: 'won', updated: true });
		const puts = requestsTo(fake, 'PUT', /\/status$/);
		expect(puts.map((r) => [r.path, r.body])).toEqual([
			[`/opportunities/${String(o.id)}/status`, { status: 'lost', lostReasonId: competitor }],
			[`/opportunities/${String(o.id)}/status`, { status: 'won' }],
		]);
		expect(stored().get(String(o.id))).toMatchObject({ status: 'won' });
	});

	it('deletes an opportunity', async () => {
		const { fake } = state;
		const { o } = seedDeal();
		const result = await run({ resource: 'opportunity', operation: 'delete', opportunityId: o.id });
		expect(result.items[0].json).toEqual({ id: o.id, deleted: true });
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`DELETE /opportunities/${String(o.id)}`,
		]);
		expect(stored().has(String(o.id))).toBe(false);
	});
});

describe('Opportunity › followers', () => {
	it('adds followers, removes one, then removes all', async () => {
		const { fake, seed } = state;
		const { sales, grace } = seedSales();
		const o = addOpportunity(seed.location, {
			name: 'Deal',
			pipelineId: sales.id,
			contactId: grace,
		});
		const added = await run({
			resource: 'opportunity',
			operation: 'addFollowers',
			opportunityId: o.id,
			followers: [seed.ada.id, seed.alan.id],
		});
		expect(added.error).toBeUndefined();
		expect(added.items[0].json).toEqual({
			id: o.id,
			followers: [seed.ada.id, seed.alan.id],
			followersAdded: [seed.ada.id, seed.alan.id],
		});
		const removed = await run({
			resource: 'opportunity',
			operation: 'removeFollowers',
			opportunityId: o.id,
			followers: [seed.ada.id],
		});
		expect(removed.items[0].json).toEqual({
			id: o.id,
			followers: [seed.alan.id],
			followersRemoved: [seed.ada.id],
		});
		const cleared = await run({
			resource: 'opportunity',
			operation: 'removeFollowers',
			opportunityId: o.id,
			removeAll: true,
		});
		expect(cleared.items[0].json).toEqual({
			id: o.id,
			followers: [],
			followersRemoved: [seed.alan.id],
		});
		const deletes = requestsTo(fake, 'DELETE', /\/followers$/);
		expect(deletes.map((r) => [r.query, r.body])).toEqual([
			[{}, { followers: [seed.ada.id] }],
			[{ isRemoveAllFollowers: 'true' }, { followers: [] }],
		]);
		expect(requestsTo(fake, 'POST', /\/followers$/)[0].body).toEqual({
			followers: [seed.ada.id, seed.alan.id],
		});
	});

	it('asks for a follower unless all are removed', async () => {
		const { fake } = state;
		const result = await run({
			resource: 'opportunity',
			operation: 'removeFollowers',
			opportunityId: 'abc123',
			followers: [],
		});
		expect(result.error?.message).toMatch(
			/Invalid 'Follower' in item 0: expected at least one user, or Remove All Followers turned on/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Opportunity › Get Many', () => {
	/** `count` matching opportunities one minute apart from 2026-02-01, among ones that do not match. */
	function seedMany(count: number) {
		const { seed } = state;
		const s = seedSales();
		const base = Date.UTC(2026, 1, 1);
		for (let i = 0; i < count; i++) {
			addOpportunity(seed.location, {
				name: `Deal ${i}`,
				pipelineId: s.sales.id,
				pipelineStageId: s.stage(s.sales, 1),
				contactId: s.grace,
				assignedTo: seed.ada.id,
				status: 'open',
				createdAt: new Date(base + i * 60_000).toISOString(),
			});
		}
		const noise: Array<Record<string, unknown>> = [
			{ pipelineId: s.renewals.id, pipelineStageId: s.stage(s.renewals, 0) },
			{ pipelineStageId: s.stage(s.sales, 0) },
			{ status: 'won' },
			{ assignedTo: seed.alan.id },
			{ createdAt: '2026-01-15T10:00:00.000Z' },
			{ name: 'Unrelated' },
		];
		for (const extra of noise) {
			addOpportunity(seed.location, {
				name: 'Deal noise',
				pipelineId: s.sales.id,
				pipelineStageId: s.stage(s.sales, 1),
				contactId: s.grace,
				assignedTo: seed.ada.id,
				status: 'open',
				createdAt: new Date(base + 30_000).toISOString(),
				...extra,
			});
		}
		return s;
	}

	it('returns all matches, 100 per page, following meta’s cursor and keeping every filter', async () => {
		const { fake, seed } = state;
		const s = seedMany(250);
		const result = await run({
			resource: 'opportunity',
			operation: 'getAll',
			returnAll: true,
			filters: {
				query: 'deal',
				pipelineId: s.sales.id,
				pipelineStageId: s.stage(s.sales, 1),
				status: 'open',
				assignedTo: seed.ada.id,
				contactId: s.grace,
				createdFrom: '2026-02-01T00:00:00',
				createdUntil: '2026-02-28',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(250);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(250);
		expect(result.items[0].json.name).toBe('Deal 249');
		expect(result.items[249].json.name).toBe('Deal 0');
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		const pages = requestsTo(fake, 'GET', /^\/opportunities\/search$/);
		expect(pages).toHaveLength(3);
		const filters = {
			location_id: LOCATION_ID,
			q: 'deal',
			pipeline_id: s.sales.id,
			pipeline_stage_id: s.stage(s.sales, 1),
			status: 'open',
			assigned_to: seed.ada.id,
			contact_id: s.grace,
			date: '02-01-2026',
			endDate: '02-28-2026',
			limit: '100',
		};
		expect(pages[0].query).toEqual(filters);
		const last = (n: number) => result.items[n].json;
		expect(pages[1].query).toEqual({
			...filters,
			startAfter: String(Date.parse(String(last(99).createdAt))),
			startAfterId: last(99).id,
		});
		expect(pages[2].query).toEqual({
			...filters,
			startAfter: String(Date.parse(String(last(199).createdAt))),
			startAfterId: last(199).id,
		});
		expect(pages.every((p) => p.status === 200 && p.headers.version === '2021-07-28')).toBe(true);
	});

	it('stops when meta says there is no next page, without an empty request after a full last page', async () => {
		const { fake, seed } = state;
		const s = seedMany(200);
		const exact = await run({
			resource: 'opportunity',
			operation: 'getAll',
			returnAll: true,
			filters: {
				query: 'deal',
				status: 'open',
				pipelineStageId: s.stage(s.sales, 1),
				assignedTo: seed.ada.id,
				createdFrom: '2026-02-01',
			},
		});
		expect(exact.error).toBeUndefined();
		expect(exact.items).toHaveLength(200);
		const pages = requestsTo(fake, 'GET', /^\/opportunities\/search$/);
		expect(pages).toHaveLength(2);
		expect(pages.map((p) => p.query.limit)).toEqual(['100', '100']);

		fake.requests.length = 0;
		// "deal 1" matches Deal 1, Deal 10–19 and Deal 100–199: a full page, then a short one.
		const short = await run({
			resource: 'opportunity',
			operation: 'getAll',
			returnAll: true,
			filters: { query: 'deal 1' },
		});
		expect(short.items).toHaveLength(111);
		expect(requestsTo(fake, 'GET', /^\/opportunities\/search$/)).toHaveLength(2);
	});

	it('stops at the limit, asking only for what is still missing', async () => {
		const { fake } = state;
		seedMany(250);
		const small = await run({
			resource: 'opportunity',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
		});
		expect(small.items).toHaveLength(30);
		expect(requestsTo(fake, 'GET', /^\/opportunities\/search$/).map((r) => r.query.limit)).toEqual([
			'30',
		]);
		fake.requests.length = 0;
		const larger = await run({
			resource: 'opportunity',
			operation: 'getAll',
			returnAll: false,
			limit: 150,
		});
		expect(larger.items).toHaveLength(150);
		expect(requestsTo(fake, 'GET', /^\/opportunities\/search$/).map((r) => r.query.limit)).toEqual([
			'100',
			'50',
		]);
	});

	it('refuses a date range that ends before it starts, before any request', async () => {
		const { fake } = state;
		const result = await run({
			resource: 'opportunity',
			operation: 'getAll',
			returnAll: true,
			filters: { createdFrom: '2026-03-02', createdUntil: '2026-03-01' },
		});
		expect(result.error?.message).toMatch(
			/Invalid 'Created Until' in item 0: expected a day on or after Created From \(2026-03-02\)/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Opportunity › dropdowns', () => {
	const base = (parameters: Record<string, unknown>) => ({
		baseUrl: state.fake.baseUrl,
		parameters: { resource: 'opportunity', operation: 'create', ...parameters },
	});

	it('lists pipelines, the stages of the chosen pipeline in board order, and lost reasons', async () => {
		const { fake } = state;
		const s = seedSales();
		const pipelines = await loadOptions({ ...base({}), method: 'getPipelines' });
		expect(pipelines).toEqual([
			expect.objectContaining({ name: 'Renewals', value: s.renewals.id }),
			expect.objectContaining({ name: 'Sales', value: s.sales.id }),
		]);
		expect(requestsTo(fake, 'GET', /^\/opportunities\/pipelines$/)[0].query).toEqual({
			locationId: LOCATION_ID,
		});

		const stages = await loadOptions({
			...base({ pipelineId: s.sales.id }),
			method: 'getPipelineStages',
		});
		expect(stages).toEqual([
			{ name: 'New lead', value: s.stage(s.sales, 0) },
			{ name: 'Qualified', value: s.stage(s.sales, 1) },
			{ name: 'Proposal sent', value: s.stage(s.sales, 2) },
		]);
		const filterStages = await loadOptions({
			...base({ operation: 'getAll', filters: { pipelineId: s.renewals.id } }),
			method: 'getPipelineStages',
		});
		expect(filterStages.map((o) => o.name)).toEqual(['Due', 'Renewed']);
		const everyStage = await loadOptions({
			...base({ operation: 'update' }),
			method: 'getPipelineStages',
		});
		expect(everyStage.map((o) => o.name)).toEqual([
			'Sales › New lead',
			'Sales › Qualified',
			'Sales › Proposal sent',
			'Renewals › Due',
			'Renewals › Renewed',
		]);

		const reasons = await loadOptions({
			...base({ operation: 'updateStatus' }),
			method: 'getLostReasons',
		});
		expect(reasons).toEqual([
			expect.objectContaining({ name: 'Chose a competitor', value: s.competitor }),
		]);
	});
});

describe('Opportunity › custom fields', () => {
	/** Two opportunity fields next to the contact fields every test location has. */
	function seedFields() {
		const { location } = state.seed;
		const source = location.addCustomField({
			name: 'Deal Source',
			fieldKey: 'opportunity.deal_source',
			dataType: 'TEXT',
			model: 'opportunity',
		});
		const products = location.addCustomField({
			name: 'Products',
			fieldKey: 'opportunity.products',
			dataType: 'MULTIPLE_OPTIONS',
			picklistOptions: ['Hosting', 'Support', 'Training'],
			model: 'opportunity',
		});
		return { source: String(source.id), products: String(products.id) };
	}
	const fieldsRead = () =>
		requestsTo(state.fake, 'GET', new RegExp(`^/locations/${LOCATION_ID}/customFields$`));

	it('offers only the location’s opportunity fields as columns', async () => {
		const { seed } = state;
		seedFields();
		const base = {
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'opportunity', operation: 'create' },
		};
		const { fields } = await resourceMapperFields({ ...base, method: 'getOpportunityColumns' });
		const custom = fields.filter((f) => f.id.includes('.'));
		expect(custom.map((f) => [f.id, f.displayName, f.type])).toEqual([
			['opportunity.deal_source', 'Deal Source', 'string'],
			['opportunity.products', 'Products', 'array'],
		]);
		expect(fields.map((f) => f.id)).not.toContain(String(seed.colour.fieldKey));
		expect(fieldsRead()[0].query).toEqual({ model: 'opportunity' });
	});

	it('creates an opportunity with fields chosen from the list, by ID and by key, read once for all items', async () => {
		const { fake } = state;
		const { sales, renewals, grace, linus } = seedSales();
		const fields = seedFields();
		const result = await run(
			{
				resource: 'opportunity',
				operation: 'create',
				name: '={{ $json.name }}',
				pipelineId: sales.id,
				contactId: '={{ $json.contactId }}',
				status: 'open',
				// By key, with or without the model's prefix.
				columns: {
					mappingMode: 'defineBelow',
					value: { 'opportunity.deal_source': '={{ $json.source }}', products: 'Hosting, Support' },
				},
			},
			{
				items: [
					{ name: 'Hosting deal', contactId: grace, source: 'Webinar' },
					{ name: 'Other deal', contactId: linus, source: 'Referral' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const posts = requestsTo(fake, 'POST', /^\/opportunities\/$/);
		expect(posts.map((r) => r.body)).toEqual([
			{
				name: 'Hosting deal',
				pipelineId: sales.id,
				contactId: grace,
				status: 'open',
				locationId: LOCATION_ID,
				customFields: [
					{ id: fields.source, field_value: 'Webinar' },
					{ id: fields.products, field_value: ['Hosting', 'Support'] },
				],
			},
			expect.objectContaining({
				name: 'Other deal',
				customFields: [
					{ id: fields.source, field_value: 'Referral' },
					{ id: fields.products, field_value: ['Hosting', 'Support'] },
				],
			}),
		]);
		expect(fieldsRead()).toHaveLength(1);
		expect(fieldsRead()[0].query).toEqual({ model: 'opportunity' });
		expect(result.items[0].json.customFields).toEqual([
			{ id: fields.source, fieldValue: 'Webinar' },
			{ id: fields.products, fieldValue: ['Hosting', 'Support'] },
		]);

		const byId = await run({
			resource: 'opportunity',
			operation: 'create',
			name: 'By ID',
			pipelineId: renewals.id,
			contactId: grace,
			status: 'open',
			columns: { mappingMode: 'defineBelow', value: { [fields.products]: '["Training"]' } },
		});
		expect(byId.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/opportunities\/$/)[2].body).toMatchObject({
			customFields: [{ id: fields.products, field_value: ['Training'] }],
		});
	});

	it('updates custom fields alone, by key and by ID, keeping the fields it does not send', async () => {
		const { fake, seed } = state;
		const { sales, grace, stage } = seedSales();
		const fields = seedFields();
		const o = addOpportunity(seed.location, {
			name: 'Deal',
			pipelineId: sales.id,
			pipelineStageId: stage(sales, 0),
			contactId: grace,
			customFields: [{ id: fields.products, fieldValue: ['Hosting'] }],
		});
		const result = await run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: o.id,
			columns: { mappingMode: 'defineBelow', value: { 'Deal Source': ' Trade fair ' } },
		});
		expect(result.error).toBeUndefined();
		const [put] = requestsTo(fake, 'PUT', /^\/opportunities\//);
		expect(put.body).toEqual({ customFields: [{ id: fields.source, field_value: 'Trade fair' }] });
		expect(result.items[0].json.customFields).toEqual([
			{ id: fields.products, fieldValue: ['Hosting'] },
			{ id: fields.source, fieldValue: 'Trade fair' },
		]);

		const both = await run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: o.id,
			columns: {
				mappingMode: 'defineBelow',
				value: { monetaryValue: 75, [fields.products]: 'Support,Training' },
			},
		});
		expect(both.error).toBeUndefined();
		expect(requestsTo(fake, 'PUT', /^\/opportunities\//)[1].body).toEqual({
			monetaryValue: 75,
			customFields: [{ id: fields.products, field_value: ['Support', 'Training'] }],
		});
		expect(stored().get(String(o.id))?.customFields).toEqual([
			{ id: fields.products, fieldValue: ['Support', 'Training'] },
			{ id: fields.source, fieldValue: 'Trade fair' },
		]);
	});

	it('fails an item whose value has the wrong type or whose field is unknown, before any opportunity request', async () => {
		const { fake, seed } = state;
		const { sales, grace } = seedSales();
		const fields = seedFields();
		const valid = createIn(sales, grace, 'Deal');
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[
				{
					columns: {
						mappingMode: 'defineBelow',
						value: { 'opportunity.deal_source': '={{ ["a", "b"] }}' },
					},
				},
				/Invalid 'Deal Source' in item 0: expected text/,
			],
			[
				{ columns: { mappingMode: 'defineBelow', value: { [fields.products]: '["Hosting"' } } },
				/Invalid 'Products' in item 0: expected a JSON array of text, or values separated by commas/,
			],
			[
				{ columns: { mappingMode: 'defineBelow', value: { nope: 'x' } } },
				/Invalid 'Fields › nope' in item 0: expected a field the sub-account has/,
			],
			// A contact field is no field of an opportunity.
			[
				{ columns: { mappingMode: 'defineBelow', value: { [String(seed.colour.id)]: 'Blue' } } },
				new RegExp(
					`Invalid 'Fields › ${String(seed.colour.id)}' in item 0: expected a field the sub-account has`,
				),
			],
		];
		for (const [override, message] of cases) {
			const result = await run({ ...valid, ...override });
			expect(result.error?.message).toMatch(message);
		}
		const update = await run({
			resource: 'opportunity',
			operation: 'update',
			opportunityId: 'abc123',
			columns: { mappingMode: 'defineBelow', value: { 'contact.favourite_colour': 'Blue' } },
		});
		expect(update.error?.message).toMatch(
			/Opportunity › Update: Invalid 'Fields › contact.favourite_colour' in item 0/,
		);
		expect(fake.requests.filter((r) => r.path.startsWith('/opportunities'))).toHaveLength(0);
		expect(fake.requests.every((r) => r.path === `/locations/${LOCATION_ID}/customFields`)).toBe(
			true,
		);
	});
});

describe('Opportunity › input checks', () => {
	it('fails bad items before any request, naming the item and the field', async () => {
		const { fake } = state;
		const { sales, grace } = seedSales();
		const valid = createIn(sales, grace, 'Deal');
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ name: '={{ $json.missing }}' }, /Invalid 'Name' in item 0: expected a non-empty text/],
			[{ pipelineId: '={{ $json.missing }}' }, /Invalid 'Pipeline' in item 0: expected an ID/],
			[{ contactId: '={{ "a/b" }}' }, /Invalid 'Contact ID' in item 0/],
			[
				{ status: '={{ "closed" }}' },
				/Invalid 'Status' in item 0: expected one of abandoned, lost, open, won/,
			],
			[
				{ columns: { mappingMode: 'defineBelow', value: { monetaryValue: '={{ "a lot" }}' } } },
				/Invalid 'Monetary Value' in item 0: expected a number of 0 or more/,
			],
			[
				{ columns: { mappingMode: 'defineBelow', value: { monetaryValue: -5 } } },
				/Invalid 'Monetary Value' in item 0: expected a number of 0 or more/,
			],
		];
		for (const [override, message] of cases) {
			const result = await run({ ...valid, ...override });
			expect(result.error?.message).toMatch(message);
		}
		const status = await run({
			resource: 'opportunity',
			operation: 'updateStatus',
			opportunityId: 'abc123',
			status: '={{ "done" }}',
		});
		expect(status.error?.message).toMatch(
			/Opportunity › Update Status: Invalid 'Status' in item 0/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('under Continue On Fail yields one paired item per input, the bad one failed in place', async () => {
		const { fake } = state;
		const { sales, grace } = seedSales();
		const result = await run(
			{
				...createIn(sales, grace, '={{ $json.name }}'),
				columns: { mappingMode: 'defineBelow', value: { monetaryValue: '={{ $json.value }}' } },
			},
			{
				items: [
					{ name: 'Good', value: 10 },
					{ name: 'Bad', value: 'ten' },
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.items).toHaveLength(2);
		expect(result.items[0]).toMatchObject({
			json: { name: 'Good', monetaryValue: 10 },
			pairedItem: { item: 0 },
		});
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[1].json.error).toMatch(/Invalid 'Monetary Value' in item 1/);
		expect(requestsTo(fake, 'POST', /^\/opportunities\/$/)).toHaveLength(1);
	});
});

describe('Fake HighLevel › opportunities', () => {
	const call = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${state.fake.baseUrl}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${PIT_TOKEN}`,
				Version: '2021-07-28',
				'Content-Type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};

	it('answers bad searches with 422 bodies like HighLevel’s', async () => {
		const tooMany = await call('GET', `/opportunities/search?location_id=${LOCATION_ID}&limit=101`);
		expect(tooMany).toEqual({
			status: 422,
			body: {
				statusCode: 422,
				message: ['limit must not be greater than 100'],
				error: 'Unprocessable Entity',
			},
		});
		const badDay = await call(
			'GET',
			`/opportunities/search?location_id=${LOCATION_ID}&date=2026-02-01`,
		);
		expect(badDay.status).toBe(422);
		expect(badDay.body.message).toEqual(['date must be a date in mm-dd-yyyy format']);
		const badStatus = await call(
			'GET',
			`/opportunities/search?location_id=${LOCATION_ID}&status=closed`,
		);
		expect(badStatus.status).toBe(422);
		const noLocation = await call('GET', '/opportunities/search');
		expect(noLocation.body.message).toEqual(['location_id is required']);
	});

	it('validates bodies against the spec with its corrections, and answers 400 and 404 as HighLevel does', async () => {
		const { sales, renewals, grace } = seedSales();
		const base = {
			pipelineId: sales.id,
			locationId: LOCATION_ID,
			contactId: grace,
			name: 'Deal',
			status: 'open',
		};
		const unknown = await call('POST', '/opportunities/', { ...base, color: 'red' });
		expect(unknown).toMatchObject({
			status: 422,
			body: { message: ['property color should not exist'] },
		});
		const withSource = await call('POST', '/opportunities/', { ...base, source: 'web' });
		expect(withSource).toMatchObject({ status: 201, body: { opportunity: { source: 'web' } } });
		const noContact = await call('POST', '/opportunities/upsert', {
			pipelineId: sales.id,
			locationId: LOCATION_ID,
		});
		expect(noContact.status).toBe(422);
		const badPipeline = await call('POST', '/opportunities/upsert', {
			...base,
			pipelineId: 'nopipeline',
		});
		expect(badPipeline).toEqual({
			status: 400,
			body: { statusCode: 400, message: 'Pipeline with id nopipeline not found' },
		});
		const field = state.seed.location.addCustomField({
			name: 'Deal Source',
			dataType: 'TEXT',
			model: 'opportunity',
		});
		const byKey = await call('POST', '/opportunities/', {
			...base,
			pipelineId: renewals.id,
			customFields: [{ key: 'deal_source', field_value: 'web' }],
		});
		expect(byKey).toMatchObject({
			status: 201,
			body: { opportunity: { customFields: [{ id: field.id, fieldValue: 'web' }] } },
		});
		const contactField = await call(
			'PUT',
			`/opportunities/${String((byKey.body.opportunity as { id: string }).id)}`,
			{
				customFields: [{ id: state.seed.colour.id, field_value: 'Blue' }],
			},
		);
		expect(contactField).toEqual({
			status: 422,
			body: {
				statusCode: 422,
				message: [`customFields: unknown field ${String(state.seed.colour.id)}`],
				error: 'Unprocessable Entity',
			},
		});
		const upsertFields = await call('POST', '/opportunities/upsert', {
			...base,
			customFields: [{ id: field.id, field_value: 'web' }],
		});
		expect(upsertFields.status).toBe(422);
		const missing = await call('DELETE', '/opportunities/nothere');
		expect(missing).toEqual({
			status: 404,
			body: { statusCode: 404, message: 'Opportunity not found', error: 'Not Found' },
		});
	});
});
