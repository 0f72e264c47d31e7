import fc from 'fast-check';
import {
	advance,
	OVERLAP_MS,
	readFrom,
	startingAt,
	type Position,
	type Stamped,
} from '../../nodes/HighLevel/poll/position';

/**
 * The position logic alone, against a simulated HighLevel: records appear over time (some shown
 * late by the search index, within the overlap), polls read what is visible from the position on,
 * oldest first, stopping after as many as they may use (a prefix), and emit up to a maximum.
 */
interface Arrival {
	at: number;
	/** How long after `at` the record becomes visible. */
	lag: number;
}

function simulate(arrivals: Arrival[], max: number, pollEvery: number) {
	const records = arrivals.map((a, i) => ({
		id: `r${String(i).padStart(4, '0')}`,
		at: a.at,
		visibleAt: a.at + a.lag,
	}));
	let position: Position = startingAt(0);
	const emitted: string[] = [];
	const last = Math.max(...records.map((r) => r.visibleAt)) + 10 * pollEvery + OVERLAP_MS;
	for (
		let now = pollEvery;
		now <= last + pollEvery * Math.ceil(records.length / max);
		now += pollEvery
	) {
		const from = readFrom(position);
		const visible = records
			.filter((r) => r.visibleAt <= now && r.at >= from)
			.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
			.slice(0, max + position.walked.length);
		const read: Stamped[] = visible.map((r) => ({ record: { id: r.id }, at: r.at, id: r.id }));
		const step = advance(position, read, max);
		emitted.push(...step.emit.map((r) => String(r.id)));
		position = step.position;
	}
	return { records, emitted };
}

describe('poll position', () => {
	it('emits every record exactly once whatever the timestamps, ties, page limits and index lag within the overlap', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						at: fc.integer({ min: 1, max: 600_000 }),
						lag: fc.integer({ min: 0, max: OVERLAP_MS - 60_000 }),
					}),
					{ minLength: 1, maxLength: 120 },
				),
				fc.integer({ min: 1, max: 30 }),
				fc.constantFrom(1_000, 30_000, 60_000),
				(arrivals, max, pollEvery) => {
					const { records, emitted } = simulate(arrivals, max, pollEvery);
					expect([...emitted].sort()).toEqual(records.map((r) => r.id).sort());
				},
			),
			{ numRuns: 200 },
		);
	});

	it('emits records sharing one timestamp across polls, each once', () => {
		const { records, emitted } = simulate(
			Array.from({ length: 7 }, () => ({ at: 5000, lag: 0 })),
			2,
			60_000,
		);
		expect(emitted).toEqual(records.map((r) => r.id));
	});

	it('keeps only what the next poll reads again', () => {
		const read: Stamped[] = [0, 1, 2, 3].map((i) => ({
			record: { id: `r${i}` },
			id: `r${i}`,
			at: 1_000_000 + i * 100_000,
		}));
		const { position } = advance(startingAt(0), read, 10);
		expect(position.mark).toBe(1_300_000);
		expect(position.walked).toEqual([
			['r2', 1_200_000],
			['r3', 1_300_000],
		]);
	});
});
