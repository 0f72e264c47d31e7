import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { RESOURCES } from '../../nodes/HighLevel/resources';
import { contactStandardColumns } from '../../nodes/HighLevel/resources/contact/columns';
import { opportunityStandardColumns } from '../../nodes/HighLevel/resources/opportunity/columns';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/generate-operations.js') as {
	build: () => string;
	outFile: string;
};

describe('record fields', () => {
	const schemas = (module: string) =>
		JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi', `${module}.json`), 'utf8'))
			.components.schemas;
	const cases: Array<[string, string, () => string[], string, string]> = [
		[
			'contact',
			'create',
			() => contactStandardColumns('create').map((c) => c.id),
			'contacts',
			'CreateContactDto',
		],
		[
			'contact',
			'upsert',
			() => contactStandardColumns('upsert').map((c) => c.id),
			'contacts',
			'UpsertContactDto',
		],
		[
			'contact',
			'update',
			() => contactStandardColumns('update').map((c) => c.id),
			'contacts',
			'UpdateContactDto',
		],
		[
			'opportunity',
			'create',
			() => opportunityStandardColumns('create').map((c) => c.id),
			'opportunities',
			'CreateDto',
		],
		[
			'opportunity',
			'update',
			() => opportunityStandardColumns('update').map((c) => c.id),
			'opportunities',
			'UpdateOpportunityDto',
		],
		[
			'opportunity',
			'upsert',
			() => opportunityStandardColumns('upsert').map((c) => c.id),
			'opportunities',
			'UpsertOpportunityDto',
		],
	];
	// HighLevel takes an opportunity's source though the DTOs omit it (test/fake-highlevel/corrections.ts).
	const corrections: Record<string, string[]> = {
		CreateDto: ['source'],
		UpdateOpportunityDto: ['source'],
	};
	it.each(cases)(
		'%s › %s: the Fields mapper offers only fields the body accepts',
		(_resource, _operation, columns, module, dto) => {
			const accepted = [
				...Object.keys(schemas(module)[dto].properties),
				...(corrections[dto] ?? []),
			];
			expect(columns().filter((f) => !accepted.includes(f))).toEqual([]);
		},
	);
});

describe('operation table', () => {
	it('is what the OpenAPI specs in openapi/ say today', () => {
		expect(readFileSync(generator.outFile, 'utf8')).toBe(generator.build());
	});

	it('records once per operation whether a resend is safe: every method but POST, and the listed POSTs', () => {
		const { IDEMPOTENT_POSTS } = generator as unknown as { IDEMPOTENT_POSTS: Set<string> };
		for (const [key, op] of Object.entries(OPERATIONS)) {
			expect([key, op.idempotent]).toEqual([
				key,
				op.method !== 'POST' || IDEMPOTENT_POSTS.has(key),
			]);
		}
		// Creates and sends are never resent blindly; searches, upserts and adds to a set are.
		for (const key of [
			'contacts/create-contact',
			'contacts/add-contact-to-workflow',
			'conversations/send-a-new-message',
			'opportunities/create-opportunity',
		] as const) {
			expect([key, OPERATIONS[key].idempotent]).toEqual([key, false]);
		}
		for (const key of [
			'contacts/search-contacts-advanced',
			'contacts/upsert-contact',
			'contacts/add-tags',
			'opportunities/Upsert-opportunity',
			'oauth/get-location-access-token',
		] as const) {
			expect([key, OPERATIONS[key].idempotent]).toEqual([key, true]);
		}
	});

	it('marks the operations whose spec requires a body, so an empty one is sent as {}', () => {
		expect(OPERATIONS['contacts/add-contact-to-campaign']).toMatchObject({ bodyRequired: true });
		expect(OPERATIONS['calendars/delete-event']).toMatchObject({ bodyRequired: true });
		expect(OPERATIONS['contacts/get-contact']).not.toHaveProperty('bodyRequired');
	});

	it('takes Version values from the module of each operation', () => {
		expect(OPERATIONS['contacts/upsert-contact']).toMatchObject({
			method: 'POST',
			path: '/contacts/upsert',
			version: '2021-07-28',
		});
		expect(OPERATIONS['calendars/get-calendars']).toMatchObject({ version: '2021-04-15' });
		expect(OPERATIONS['conversations/search-conversation']).toMatchObject({
			version: '2021-04-15',
		});
	});

	it('has an action, a description and unique values for every operation of every resource', () => {
		for (const resource of RESOURCES) {
			const values = resource.operations.map((o) => o.value);
			expect(new Set(values).size).toBe(values.length);
			expect(values).toContain(resource.defaultOperation);
			for (const op of resource.operations) {
				expect(op.action).toMatch(/^[A-Z][a-z]/);
				expect(op.description.length).toBeGreaterThan(10);
				for (const property of op.properties)
					expect(property.description ?? property.displayName).toBeTruthy();
			}
		}
	});
});
