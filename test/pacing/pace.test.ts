/**
 * The pacer against simulated HighLevels of every limiter shape, on jest's fake clock: what
 * matters is when requests leave, what HighLevel counts, and what it refuses.
 */
import { LIMITER_SHAPES } from '../fake-highlevel/limiter';
import {
	busiestInterval,
	freshPacer,
	pacedClient,
	pacedRequest,
	physicalLimit,
	runClock,
	server,
} from './simulate';

beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
afterEach(() => jest.useRealTimers());

const refused = (s: ReturnType<typeof server>) =>
	[...s.refused.values()].reduce((a, b) => a + b, 0);

describe.each(LIMITER_SHAPES)('one client on a %s limiter', (shape) => {
	it.each([
		[50, 'answer'],
		[1000, 'answer'],
		[250, 'arrival'],
		[1000, 'arrival'],
	] as const)(
		'reaches 95%% of the physical limit with no 429 at %i ms, counted on %s',
		async (latency, countOn) => {
			const s = server(shape, latency, countOn);
			const pace = freshPacer();
			// The node grows what it has in flight over a few round trips (so that answers can show
			// other clients first): at 1 s latency that costs ~2 s per run, 2% of these 1,000 items.
			const n = 1000;
			const start = Date.now();
			const end = await runClock(pacedClient(pace, s, 'node', n));
			expect(s.counted.get('node')).toHaveLength(n);
			expect(refused(s)).toBe(0);
			expect(physicalLimit(shape, s, n) / (end - start)).toBeGreaterThanOrEqual(0.95);
		},
	);
});

describe.each(LIMITER_SHAPES)('two processes on one sub-account, %s limiter', (shape) => {
	it.each([100, 1000])(
		'share the ceiling at %i ms: together near it, each alike, almost no 429',
		async (latency) => {
			const s = server(shape, latency, 'answer');
			const [a, b] = [freshPacer(), freshPacer()];
			const n = 300;
			const start = Date.now();
			const [endA, endB] = await runClock(
				Promise.all([pacedClient(a, s, 'a', n), pacedClient(b, s, 'b', n)]),
			);
			expect(s.counted.get('a')).toHaveLength(n);
			expect(s.counted.get('b')).toHaveLength(n);
			expect(refused(s) / (2 * n)).toBeLessThanOrEqual(0.02);
			// Each one's rate while both were writing.
			const both = Math.min(endA, endB);
			const rateA = (s.counted.get('a') ?? []).filter((t) => t <= both).length;
			const rateB = (s.counted.get('b') ?? []).filter((t) => t <= both).length;
			expect(Math.min(rateA, rateB) / Math.max(rateA, rateB)).toBeGreaterThanOrEqual(0.9);
			expect(
				physicalLimit(shape, s, 2 * n) / (Math.max(endA, endB) - start),
			).toBeGreaterThanOrEqual(0.9);
		},
	);
});

describe.each(LIMITER_SHAPES)('another client spending the budget, %s limiter', (shape) => {
	it('leaves what the other client uses and draws no 429 itself', async () => {
		const s = server(shape, 250, 'answer');
		const pace = freshPacer();
		// An unpaced client at a steady 5 requests a second: half of HighLevel's budget.
		let stop = false;
		const other = (async () => {
			for (let i = 0; !stop; i++) {
				const now = Date.now();
				if (s.limiter.take(now)) s.counted.set('other', [...(s.counted.get('other') ?? []), now]);
				else s.refused.set('other', (s.refused.get('other') ?? 0) + 1);
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		})();
		await runClock(new Promise((resolve) => setTimeout(resolve, 10_000)));
		await runClock(pacedClient(pace, s, 'node', 200));
		stop = true;
		await runClock(other);
		// The node takes only what the other client leaves, so the other is never refused for it
		// (on a fixed window, whoever comes first after it turns over gets it), and the node itself
		// draws few 429s (on a nearly empty token bucket, the unpaced client may take the token the
		// node was waiting for).
		expect(s.counted.get('node')).toHaveLength(200);
		expect(s.refused.get('node') ?? 0).toBeLessThanOrEqual(shape === 'token' ? 16 : 4);
		if (shape !== 'fixed') expect(s.refused.get('other') ?? 0).toBe(0);
	});
});

describe('waiting for room', () => {
	it('after an empty budget, waits for the oldest place to free, not a whole window', async () => {
		const s = server('sliding', 0, 'answer', 2, 10_000);
		const pace = freshPacer();
		const t0 = Date.now();
		await runClock(pacedRequest(pace, s, 'node'));
		await runClock(new Promise((resolve) => setTimeout(resolve, 5_000)));
		await runClock(pacedRequest(pace, s, 'node'));
		await runClock(pacedRequest(pace, s, 'node'));
		const counted = s.counted.get('node') ?? [];
		// The third went as soon as the first left the window (10 s + the pacer's margin).
		expect(counted[2] - t0).toBeGreaterThanOrEqual(10_000);
		expect(counted[2] - t0).toBeLessThanOrEqual(10_200);
		expect(refused(s)).toBe(0);
	});

	it('after a 429, waits for the oldest place to free, not a whole window', async () => {
		const s = server('sliding', 0, 'answer', 40, 10_000);
		const pace = freshPacer();
		const t0 = Date.now();
		await runClock(pacedRequest(pace, s, 'node'));
		// Another client takes 38 places at 0.5 s; the node, not knowing, sends two at 1 s.
		await runClock(new Promise((resolve) => setTimeout(resolve, 500)));
		for (let i = 0; i < 38; i++) s.limiter.take(Date.now());
		await runClock(new Promise((resolve) => setTimeout(resolve, 500)));
		await runClock(Promise.all([pacedRequest(pace, s, 'node'), pacedRequest(pace, s, 'node')]));
		const counted = s.counted.get('node') ?? [];
		expect(counted).toHaveLength(3);
		expect(refused(s)).toBe(1);
		// Resent when its own first place (taken at 0) freed, not a window after the 429 (11 s).
		expect(counted[2] - t0).toBeGreaterThanOrEqual(10_000);
		expect(counted[2] - t0).toBeLessThanOrEqual(10_200);
	});

	it('keeps no more than the limit in any interval on a sliding window, whatever the latency', async () => {
		const s = server('sliding', 700, 'arrival');
		const pace = freshPacer();
		await runClock(pacedClient(pace, s, 'node', 350));
		expect(busiestInterval(s)).toBeLessThanOrEqual(100);
		expect(refused(s)).toBe(0);
	});
});

describe('after the last request', () => {
	it('leaves no timer running (a wait an answer ended early is called off)', async () => {
		const s = server('fixed', 200, 'answer');
		const pace = freshPacer();
		await runClock(pacedClient(pace, s, 'node', 300));
		expect(s.counted.get('node')).toHaveLength(300);
		// A timer left behind keeps the process (a jest worker, n8n's task runner) alive for up to a window.
		expect(jest.getTimerCount()).toBe(0);
	});
});
