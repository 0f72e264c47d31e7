import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import { expression, key, MATRIX_TIMEOUT_MS, pairedWith, setAt, useBench } from './bench';
import { badValues, MISSING } from './badValues';
import { example, isShown, operationsUnderTest, type Field } from './operations';
import { useSecretsScan } from './secrets';

const bench = useBench();
const secrets = useSecretsScan();
const operations = operationsUnderTest();

let keys = 0;

/** Random values a field of its kind takes, where its description allows any (no example to keep to). */
function validArbitrary(field: Field): fc.Arbitrary<unknown> | undefined {
	const p = field.property;
	switch (field.kind) {
		case 'email':
			return fc
				.tuple(
					fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}[a-z0-9]$/),
					fc.stringMatching(/^[a-z][a-z0-9-]{0,15}[a-z0-9]$/),
					fc.constantFrom('com', 'org', 'dev', 'io'),
				)
				.filter(([local]) => !local.includes('..'))
				.map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
		case 'phone':
			return fc.stringMatching(/^[2-9]\d{9}$/).map((digits) => `+1${digits}`);
		case 'text':
			if (example(p) !== undefined) return undefined;
			// A key (Key, Primary Field Key) is a word of letters, digits and underscores, and unique:
			// a run number keeps it apart from the demo's keys and every other run's.
			if (/^key$|Key$/.test(p.name))
				return fc
					.stringMatching(/^[a-z][a-z0-9_]{0,20}$/)
					.map((word) => `${word}_${Date.now().toString(36)}${++keys}`);
			// Any text a person could type as a name, with a letter (names become keys and addresses).
			return fc
				.string({ minLength: 1, maxLength: 60 })
				.filter((s) => s.trim() !== '' && /[a-z]/i.test(s));
		case 'number': {
			const min = typeof p.typeOptions?.minValue === 'number' ? p.typeOptions.minValue : 0;
			const max = typeof p.typeOptions?.maxValue === 'number' ? p.typeOptions.maxValue : min + 100;
			return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
		}
		default:
			return undefined;
	}
}

/** IDs that may legitimately be sent (encoded) instead of refused are left to the bad-input matrix. */
const PATH_BREAKING = /[/?#]|^\.\.?$/;

describe('random field values over the operation table', () => {
	it(
		'give one output per input, no request for invalid input, and a valid request for valid input',
		async () => {
			const scenario = fc.record({
				operation: fc.integer({ min: 0, max: operations.length - 1 }),
				items: fc.integer({ min: 1, max: 3 }),
				valid: fc.boolean(),
				g: fc.gen(),
			});
			await fc.assert(
				fc.asyncProperty(scenario, async ({ operation, items: n, valid, g }) => {
					const target = operations[operation];
					// Every run starts from the demo data: what an earlier run made (a schema with a random
					// key, an association between objects with no records) must not decide this one.
					bench.renew();
					const profile = await bench.profile(target);
					const base = await bench.prepare(target, n, [], profile.level);
					const parameters = JSON.parse(JSON.stringify(base.parameters)) as IDataObject;
					const items = base.items.map((item) => ({ ...item }));
					const pick = <T>(list: T[]): T => list[g(fc.integer, { min: 0, max: list.length - 1 })];

					if (valid) {
						// Fresh random values for the fields the valid run sets whose kind allows any.
						for (const field of base.filled.values()) {
							const arbitrary = validArbitrary(field);
							if (!arbitrary) continue;
							for (const item of items)
								item[key(field)] = g(() => arbitrary) as IDataObject[keyof IDataObject];
						}
					} else {
						// Every item gets one value its field's description rules out.
						// Only a field the item's other values show can make it invalid: a hidden one is not read.
						const shown = (f: Field) =>
							isShown(f.top, base.tops) && (f.path.length === 1 || isShown(f.property, base.tops));
						const candidates = target.fields.filter(
							(f) => !f.group && f.kind !== 'skip' && base.filled.has(key(f)) && shown(f),
						);
						const fields = candidates.length
							? candidates
							: target.fields.filter(
									(f) => !f.group && f.kind !== 'skip' && f.path.length === 1 && shown(f),
								);
						if (!fields.length) return true; // an operation without fields takes no bad value
						for (const item of items) {
							const field = pick(fields);
							const bad = badValues(field).filter((b) => !PATH_BREAKING.test(String(b.value)));
							if (!bad.length) return true; // nothing about this field can be wrong: no claim to make
							setAt(parameters, field.path, expression(key(field)));
							const value = pick(bad).value;
							if (value === MISSING) delete item[key(field)];
							else item[key(field)] = value as IDataObject[keyof IDataObject];
						}
					}

					const result = await bench.run(
						{ ...base, parameters, items },
						target.resource.value,
						target.operation.value,
						{
							onError: 'continueRegularOutput',
						},
					);
					secrets.capture(result);
					const requests = result.requests;

					expect(result.error).toBeUndefined();
					for (let i = 0; i < n; i++) {
						const outputs = result.items.filter((item) => pairedWith(item) === i);
						const failed = outputs.some((item) => item.json.error !== undefined);
						if (failed || !profile.list)
							expect({ operation: target.id, item: i, outputs: outputs.length }).toEqual({
								operation: target.id,
								item: i,
								outputs: 1,
							});
					}
					if (!valid) {
						expect({
							operation: target.id,
							requests: requests.map((r) => `${r.method} ${r.path}`),
						}).toEqual({ operation: target.id, requests: [] });
						expect(result.items.every((item) => item.json.error !== undefined)).toBe(true);
					} else {
						const calls = requests.filter((r) => r.operationKey === profile.primary);
						expect({ operation: target.id, sent: calls.length > 0 }).toEqual({
							operation: target.id,
							sent: true,
						});
						// The fake answers 422 when a request breaks HighLevel's contract (spec and corrections).
						expect(calls.filter((r) => r.status === 422).map((r) => r.body)).toEqual([]);
						expect(
							result.items
								.filter((item) => item.json.error !== undefined)
								.map((item) => item.json.error),
						).toEqual([]);
					}
					return true;
				}),
				// The first failure is reported as found, with its seed: shrinking replays whole node runs,
				// and on a slow machine that outlasts jest's bound and hides the counterexample. A run that
				// hangs fails on its own bound, with its counterexample. FUZZ_RUNS asks for a longer search.
				{
					numRuns: Number(process.env.FUZZ_RUNS ?? 100),
					endOnFailure: true,
					timeout: MATRIX_TIMEOUT_MS / 10,
				},
			);
			// A hundred full node runs: jest's timeout guards against a hang, and a loaded machine may
			// need minutes, so it is the matrix's own bound rather than jest's 30 seconds.
		},
		MATRIX_TIMEOUT_MS,
	);

	it('shows no token or secret in anything it produced', () => {
		expect(secrets.size()).toBeGreaterThan(0);
		expect(secrets.leaks()).toEqual([]);
	});
});
