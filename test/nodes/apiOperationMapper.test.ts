import type { IDataObject } from 'n8n-workflow';
import { API_OPERATIONS } from '../../nodes/HighLevel/apiSpec/apiOperations.generated';
import type { SchemaNode } from '../../nodes/HighLevel/apiSpec/apiSpec';
import type { HighLevelOperation } from '../../nodes/HighLevel/apiSpec/types';
import { OPERATIONS, type OperationKey } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { apiOperationColumns } from '../../nodes/HighLevel/resources/apiOperation/columns';
import type { Column } from '../../nodes/HighLevel/shared/columns';
import { matchRoute, validateBody, validateQuery } from '../fake-highlevel/spec';
import { LOCATION_ID, PIT_TOKEN, resourceMapperFields } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const ALL_OPERATION_SCOPES = [...new Set(Object.values(OPERATIONS).flatMap((op) => op.scopes))];

beforeEach(() => {
	// Every scope any operation names, so the sample is checked against the spec, not the grant.
	state.fake.addToken(PIT_TOKEN, {
		locationId: LOCATION_ID,
		scopes: ALL_OPERATION_SCOPES,
		userType: 'Location',
	});
});

function call(key: string, parameters: IDataObject, extra: IDataObject = {}): IDataObject {
	return {
		resource: 'apiOperation',
		operation: 'call',
		apiOperation: { __rl: true, mode: 'id', value: key },
		parameters,
		...extra,
	};
}

const automatically = { mappingMode: 'autoMapInputData', value: null };
const manually = (value: IDataObject) => ({ mappingMode: 'defineBelow', value });

/** A value the spec takes for a schema: the first choice, or a plain value of the type. */
function sample(schema: SchemaNode | undefined, name: string): unknown {
	if (schema?.e?.length) return schema.e[0];
	switch (schema?.t) {
		case 'number':
		case 'integer':
			return 5;
		case 'boolean':
			return true;
		case 'array':
			return schema.i ? [sample(schema.i, name)] : [];
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const key of schema.r ?? []) out[key] = sample(schema.p?.[key], key);
			return out;
		}
		default:
			return `${name}-1`;
	}
}

/**
 * One operation per module that takes parameters a user types (no file uploads, no agency-only
 * calls), preferring one with a body, then one with a query: a spread of the 576.
 */
function sampleOperations(count: number): string[] {
	const byModule = new Map<string, string[]>();
	for (const [key, spec] of Object.entries(API_OPERATIONS)) {
		const op: HighLevelOperation | undefined = OPERATIONS[key as OperationKey];
		if (!op || op.deprecated || spec.f || spec.b?.t === 'array') continue;
		// Required body fields the spec types loosely (bare objects for scalars) or deeply (lists of
		// objects) are JSON a user writes; the sample is of what the mapper types.
		const loose = (spec.b?.r ?? []).some((name) => {
			const t = spec.b?.p?.[name]?.t;
			return !t || t === 'object' || (t === 'array' && spec.b?.p?.[name]?.i?.t === 'object');
		});
		if (loose) continue;
		if (!op.tokenTypes.includes('Location-Access') && !op.tokenTypes.includes('bearer')) continue;
		const module = key.slice(0, key.indexOf('/'));
		byModule.set(module, [...(byModule.get(module) ?? []), key]);
	}
	const score = (key: string) =>
		(API_OPERATIONS[key].b ? 2 : 0) + (API_OPERATIONS[key].q?.length ? 1 : 0);
	return [...byModule.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([, keys]) => [...keys].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0])
		.slice(0, count);
}

/** An input item with a value for every required column (the location left to the node) and the optional scalars. */
async function inputFor(key: string): Promise<{ item: IDataObject; columns: Column[] }> {
	const columns = (await apiOperationColumns(key)) ?? [];
	const spec = API_OPERATIONS[key];
	const item: IDataObject = {};
	for (const column of columns) {
		const { in: where, name } = column.target as { in: string; name: string };
		if (name === 'locationId') continue;
		const schema =
			where === 'query'
				? spec.q?.find(([n]) => n === name)?.[2]
				: where === 'body'
					? spec.b?.p?.[name]
					: { t: 'string' };
		// Optional ones only where the spec leaves no doubt (a number, a yes/no, a choice): free text
		// may need a format the reduced spec does not keep (a date-time, an email).
		const unambiguous = ['number', 'integer', 'boolean', 'option'].includes(column.kind);
		if (!column.required && !unambiguous) continue;
		// A page parameter set by hand asks for one page; leave paging to the node.
		if (
			!column.required &&
			[
				'limit',
				'skip',
				'offset',
				'page',
				'pageLimit',
				'startAfter',
				'startAfterId',
				'searchAfter',
			].includes(name)
		)
			continue;
		item[column.id] = sample(schema as SchemaNode, name) as IDataObject[keyof IDataObject];
	}
	return { item, columns };
}

describe('API Operation › Call › Parameters', () => {
	it('shows the picked operation’s parameters as typed columns', async () => {
		const { fields } = await resourceMapperFields({
			baseUrl: state.fake.baseUrl,
			parameters: call('opportunities/update-opportunity-status', {}),
			method: 'getApiOperationColumns',
		});
		expect(fields).toEqual([
			expect.objectContaining({ id: 'id', displayName: 'id', required: true, type: 'string' }),
			expect.objectContaining({
				id: 'status',
				required: true,
				type: 'options',
				options: expect.arrayContaining([{ name: 'won', value: 'won' }]),
			}),
			expect.objectContaining({ id: 'lostReasonId', required: false, type: 'string' }),
		]);
		const none = await resourceMapperFields({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'apiOperation', operation: 'call' },
			method: 'getApiOperationColumns',
		});
		expect(none).toEqual({
			fields: [],
			emptyFieldsNotice: 'Pick an API operation first: its parameters appear here.',
		});
	});

	const sampled = sampleOperations(20);

	it('samples 20 operations across modules', () => {
		expect(sampled).toHaveLength(20);
		expect(new Set(sampled.map((k) => k.split('/')[0])).size).toBe(20);
	});

	it.each(sampled)(
		'maps an input item automatically into a spec-valid request: %s',
		async (key) => {
			const { fake } = state;
			const { item, columns } = await inputFor(key);
			const op = OPERATIONS[key as OperationKey];
			const result = await run(call(key, automatically), {
				items: [{ ...item, unrelated: 'ignored' }],
			});
			// One request (a read the fake cannot answer is retried as it is).
			expect(
				new Set(
					fake.requests.map(
						(r) => `${r.method} ${r.path} ${JSON.stringify(r.query)} ${JSON.stringify(r.body)}`,
					),
				).size,
			).toBe(1);
			const [request] = fake.requests;
			expect(request.method).toBe(op.method);
			expect(request.operationKey).toBe(key);
			const matched = matchRoute(request.method, request.path)!;
			// Each mapped value went where the spec says, as the type the spec says.
			for (const column of columns) {
				const { in: where, name } = column.target as { in: string; name: string };
				const given = item[column.id];
				if (given === undefined) continue;
				if (where === 'path') expect(matched.params[name]).toBe(String(given));
				if (where === 'query')
					expect(request.query[name]).toBe(Array.isArray(given) ? given : String(given));
				if (where === 'body') expect((request.body as IDataObject)[name]).toEqual(given);
			}
			expect(validateQuery(matched.route, request.query)).toEqual([]);
			expect(validateBody(matched.route, request.body)).toBeUndefined();
			// Valid as sent: whatever the fake answers, it is never the validator's 422.
			expect(request.status).not.toBe(422);
			if (result.error)
				expect(result.error.message).not.toMatch(/should not exist|must be|should be/);
		},
	);

	it('takes values typed in the form, merged with those given as JSON, and checks them before sending', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'ada@example.com' });
		const ok = await run(
			call(
				'contacts/update-contact',
				manually({ contactId: String(contact.id), firstName: 'Ada', dnd: 'true' }),
				{ jsonBody: '{"lastName": "Lovelace"}' },
			),
		);
		expect(ok.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'PUT',
				`/contacts/${String(contact.id)}`,
				{ lastName: 'Lovelace', firstName: 'Ada', dnd: true },
			],
		]);
		fake.requests.length = 0;
		const wrongChoice = await run(
			call('opportunities/update-opportunity-status', manually({ id: 'abc', status: 'maybe' })),
		);
		expect(wrongChoice.error?.message).toBe(
			"API Operation › Call: Invalid 'status' in item 0: expected one of open, won, lost, abandoned, all",
		);
		const notANumber = await run(call('contacts/get-contacts', manually({ limit: 'ten' })));
		expect(notANumber.error?.message).toBe(
			"API Operation › Call: Invalid 'limit' in item 0: expected a number",
		);
		const twice = await run(
			call('contacts/update-contact', manually({ contactId: 'abc', firstName: 'Ada' }), {
				jsonBody: '{"firstName": "Grace"}',
			}),
		);
		expect(twice.error?.message).toBe(
			"API Operation › Call: Invalid 'Body › firstName' in item 0: expected one value: it is given both in Parameters and here",
		);
		expect(fake.requests).toHaveLength(0);
	});
});
