import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { RESOURCES } from '../../nodes/HighLevel/resources';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/generate-operations.js') as { build: () => string; outFile: string };

describe('contact fields', () => {
	const schemas = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi', 'contacts.json'), 'utf8')).components.schemas;
	const contact = RESOURCES.find((r) => r.value === 'contact')!;
	const cases: Array<[string, string, string]> = [
		['create', 'additionalFields', 'CreateContactDto'],
		['upsert', 'additionalFields', 'UpsertContactDto'],
		['update', 'updateFields', 'UpdateContactDto'],
	];
	it.each(cases)('%s offers only fields the %s body accepts per %s', (operation, collection, dto) => {
		const op = contact.operations.find((o) => o.value === operation)!;
		const fields = (op.properties.find((p) => p.name === collection)!.options as Array<{ name: string }>).map((f) => f.name);
		const accepted = Object.keys(schemas[dto].properties);
		expect(fields.filter((f) => !accepted.includes(f))).toEqual([]);
	});
});

describe('operation table', () => {
	it('is what the OpenAPI specs in openapi/ say today', () => {
		expect(readFileSync(generator.outFile, 'utf8')).toBe(generator.build());
	});

	it('takes Version values from the module of each operation', () => {
		expect(OPERATIONS['contacts/upsert-contact']).toMatchObject({ method: 'POST', path: '/contacts/upsert', version: '2021-07-28' });
		expect(OPERATIONS['calendars/get-calendars']).toMatchObject({ version: '2021-04-15' });
		expect(OPERATIONS['conversations/search-conversation']).toMatchObject({ version: '2021-04-15' });
	});

	it('has an action, a description and unique values for every operation of every resource', () => {
		for (const resource of RESOURCES) {
			const values = resource.operations.map((o) => o.value);
			expect(new Set(values).size).toBe(values.length);
			expect(values).toContain(resource.defaultOperation);
			for (const op of resource.operations) {
				expect(op.action).toMatch(/^[A-Z][a-z]/);
				expect(op.description.length).toBeGreaterThan(10);
				for (const property of op.properties) expect(property.description ?? property.displayName).toBeTruthy();
			}
		}
	});
});
