import { LOCATION_ID, PIT_TOKEN, loadOptions } from '../harness/run';
import { addDocument } from '../fake-highlevel/handlers/proposals';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

function seedDocuments(n: number) {
	return Array.from({ length: n }, (_, i) =>
		addDocument(state.seed.location, {
			name: `Proposal ${i}`,
			status: i % 2 ? 'completed' : 'sent',
		}),
	);
}

describe('Proposal › Get Many (skip + limit with total)', () => {
	it('returns every document, 100 per page, and stops at the total without an empty page', async () => {
		const { fake } = state;
		const made = seedDocuments(200);
		const result = await run({ resource: 'proposal', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.documentId)).toEqual(made.map((d) => d.documentId));
		const pages = requestsTo(fake, 'GET', /^\/proposals\/document$/);
		expect(pages.map((r) => r.query)).toEqual([
			{ locationId: LOCATION_ID, skip: '0', limit: '100' },
			{ locationId: LOCATION_ID, skip: '100', limit: '100' },
		]);
		expect(pages[0].headers.version).toBe('2021-07-28');
		expect(pages[0].headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
	});

	it('sends the filters as HighLevel takes them: statuses comma-separated, the date range whole', async () => {
		const { fake } = state;
		const made = seedDocuments(4);
		const result = await run({
			resource: 'proposal',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: {
				status: ['completed', 'viewed'],
				paymentStatus: ['no_payment'],
				query: 'Proposal',
				dateFrom: '2026-01-01T00:00:00Z',
				dateTo: '2099-01-01T00:00:00Z',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.documentId)).toEqual([
			made[1].documentId,
			made[3].documentId,
		]);
		expect(requestsTo(fake, 'GET', /^\/proposals\/document$/).map((r) => r.query)).toEqual([
			{
				locationId: LOCATION_ID,
				status: 'completed,viewed',
				paymentStatus: 'no_payment',
				query: 'Proposal',
				dateFrom: '2026-01-01T00:00:00.000Z',
				dateTo: '2099-01-01T00:00:00.000Z',
				skip: '0',
				limit: '10',
			},
		]);
	});

	it('lists the documents in the Document dropdown by name with their status', async () => {
		const [sent] = seedDocuments(1);
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'proposal', operation: 'send' },
			method: 'getDocuments',
		});
		expect(options).toEqual([
			{ name: 'Proposal 0', value: sent.documentId, description: 'Status: sent' },
		]);
	});
});

describe('Proposal › Send', () => {
	it('sends a document by email on behalf of a user and outputs the signing links', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({
			firstName: 'Grace',
			lastName: 'Hopper',
			email: 'grace@example.com',
		});
		const document = addDocument(seed.location, {
			name: 'Website redesign',
			recipients: [{ id: contact.id, email: 'grace@example.com' }],
		});
		const result = await run({
			resource: 'proposal',
			operation: 'send',
			documentId: document.documentId,
			sentBy: seed.ada.id,
			medium: 'email',
			options: {
				documentName: 'Your proposal',
				subject: 'Ready to sign',
				fromEmail: 'sales@example.com',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/proposals\/document\/send$/);
		expect(request.query).toEqual({});
		expect(request.body).toEqual({
			documentId: document.documentId,
			sentBy: seed.ada.id,
			medium: 'email',
			documentName: 'Your proposal',
			notificationSettings: {
				sender: { fromName: '', fromEmail: 'sales@example.com' },
				receive: { subject: 'Ready to sign', templateId: '' },
			},
			locationId: LOCATION_ID,
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			documentId: document.documentId,
			success: true,
			links: [
				{
					documentId: document.documentId,
					recipientId: contact.id,
					recipientCategory: 'recipient',
				},
			],
		});
		expect(document.status).toEqual(['sent']);
	});

	it('makes links only, with no notification settings, when sent as a link', async () => {
		const { fake, seed } = state;
		const document = addDocument(seed.location, { name: 'Agreement' });
		const result = await run({
			resource: 'proposal',
			operation: 'send',
			documentId: document.documentId,
			sentBy: seed.alan.id,
			medium: 'link',
			options: { subject: 'ignored' },
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /^\/proposals\/document\/send$/).map((r) => r.body)).toEqual([
			{
				documentId: document.documentId,
				sentBy: seed.alan.id,
				medium: 'link',
				locationId: LOCATION_ID,
			},
		]);
	});

	it('fails the item with HighLevel’s message for an unknown document', async () => {
		const result = await run({
			resource: 'proposal',
			operation: 'send',
			documentId: 'noSuchDocument',
			sentBy: state.seed.ada.id,
		});
		expect(result.error?.message).toMatch(/Proposal › Send: Document not found/);
	});
});

describe('Proposal › bad input', () => {
	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a document ID with a slash',
			{ operation: 'send', documentId: '../x', sentBy: 'u1' },
			/Invalid 'Document' in item 0/,
		],
		[
			'a sender that resolves to nothing',
			{ operation: 'send', documentId: 'doc1', sentBy: '={{ $json.none }}' },
			/Invalid 'Sent By' in item 0/,
		],
		[
			'a malformed From Email',
			{
				operation: 'send',
				documentId: 'doc1',
				sentBy: 'u1',
				medium: 'email',
				options: { fromEmail: 'sales' },
			},
			/Invalid 'From Email' in item 0/,
		],
		[
			'a medium not offered',
			{ operation: 'send', documentId: 'doc1', sentBy: 'u1', medium: 'fax' },
			/Send By/,
		],
		[
			'half a date range',
			{ operation: 'getAll', filters: { dateFrom: '2026-01-01T00:00:00Z' } },
			/Invalid 'Created Before' in item 0/,
		],
		[
			'a range that ends before it starts',
			{
				operation: 'getAll',
				filters: { dateFrom: '2026-02-01T00:00:00Z', dateTo: '2026-01-01T00:00:00Z' },
			},
			/Invalid 'Created Before' in item 0/,
		],
		['a status not offered', { operation: 'getAll', filters: { status: ['signed'] } }, /Statuses/],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run({ resource: 'proposal', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});
});
