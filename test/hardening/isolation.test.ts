import { timing } from '../../nodes/HighLevel/transport/pace';
import { LOCATION_ID } from '../harness/run';
import { ITEMS, useBench } from './bench';
import { FAULT_CASES, runFault } from './faults';
import { operationsUnderTest } from './operations';

/**
 * The matrices' runs are kept apart: what one run sent is never counted in another, however late
 * it reaches the fake HighLevel (a loaded machine once made the fault matrix count a create the
 * timeout case had given up on as a resend of the next case's).
 */
const bench = useBench();
const tagCreate = operationsUnderTest().find((o) => o.id === 'tag/create');
const timeout = FAULT_CASES.find((f) => f.timesOut);
const malformed = FAULT_CASES.find((f) => f.name === 'malformed JSON');

it('a request a run gave up on before the fake read it is not counted in the next run', async () => {
	if (!tagCreate || !timeout || !malformed) throw new Error('Tag › Create or a fault case is gone');
	const profile = await bench.profile(tagCreate);
	const pool = await bench.prepare(tagCreate, 2 * ITEMS, [], profile.level);
	// The machine stops for longer than the timeout as soon as the node connects: every request of
	// the timeout case is given up on before the fake has read it.
	bench.fake.stallNextConnection(() => 2 * timing.requestTimeoutMs);
	const gaveUp = await runFault(bench, tagCreate, timeout, {
		...pool,
		items: pool.items.slice(0, ITEMS),
	});
	const seen = bench.fake.requests.length;
	const next = await runFault(bench, tagCreate, malformed, {
		...pool,
		items: pool.items.slice(ITEMS),
	});

	expect(gaveUp.problems).toEqual([]);
	expect(next.problems).toEqual([]);
	// Everything the fake took while the next case ran was that case's own.
	const during = bench.fake.requests.slice(seen).filter((r) => !r.path.startsWith('/hardening'));
	expect(during.filter((r) => !next.result.requests.includes(r))).toEqual([]);
	expect(next.result.requests.map((r) => r.body)).toEqual(
		pool.items.slice(ITEMS).map((item) => expect.objectContaining({ name: item.name })),
	);
});

it('a closed gate takes nothing more, and a run counts only what came through its own', async () => {
	const fake = bench.fake;
	const gate = await fake.gate();
	const before = fake.location(LOCATION_ID).recordCount();
	await gate.close();
	await expect(
		fetch(`${gate.baseUrl}/locations/${LOCATION_ID}/tags`, { method: 'POST', body: '{}' }),
	).rejects.toThrow();
	expect(gate.requests).toEqual([]);
	expect(fake.location(LOCATION_ID).recordCount()).toBe(before);
});

it('counts records, not the kinds of record a location has come to keep', () => {
	const store = bench.fake.location(LOCATION_ID);
	const before = store.recordCount();
	store.collection('hardeningWidgets').set('w1', { id: 'w1' });
	expect(store.recordCount()).toBe(before + 1);
	store.collection('hardeningGadgets');
	expect(store.recordCount()).toBe(before + 1);
});
