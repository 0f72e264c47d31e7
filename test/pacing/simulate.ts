/**
 * A simulated HighLevel for the pacer, on jest's fake clock: each request reaches the limiter
 * `toCounter` ms after it leaves (0: counted on arrival; the whole latency: counted as it is
 * answered, as the fake HighLevel does), and the answer arrives at `latencyMs`. Clients are
 * copies of the pacer module each (as separate n8n processes would be) or unpaced senders.
 */
import {
	createLimiter,
	leastTimeMs,
	type Limiter,
	type LimiterShape,
} from '../fake-highlevel/limiter';

type Pace = typeof import('../../nodes/HighLevel/transport/pace');

export interface Server {
	limiter: Limiter;
	max: number;
	intervalMs: number;
	latencyMs: number;
	toCounter: number;
	/** When each counted request was counted, by client. */
	counted: Map<string, number[]>;
	refused: Map<string, number>;
}

export function server(
	shape: LimiterShape,
	latencyMs: number,
	countOn: 'arrival' | 'answer',
	max = 100,
	intervalMs = 10_000,
): Server {
	return {
		limiter: createLimiter(shape, max, intervalMs),
		max,
		intervalMs,
		latencyMs,
		toCounter: countOn === 'arrival' ? 0 : latencyMs,
		counted: new Map(),
		refused: new Map(),
	};
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One request as the node's transport sends it: paced, resent after a 429. */
export async function pacedRequest(
	pace: Pace,
	s: Server,
	client: string,
	key = 'location',
): Promise<void> {
	for (;;) {
		const startedAt = await pace.acquire(key);
		await wait(s.toCounter);
		const ok = s.limiter.take(Date.now());
		if (ok) s.counted.set(client, [...(s.counted.get(client) ?? []), Date.now()]);
		else s.refused.set(client, (s.refused.get(client) ?? 0) + 1);
		const headers = {
			'x-ratelimit-max': String(s.max),
			'x-ratelimit-interval-milliseconds': String(s.intervalMs),
			'x-ratelimit-remaining': String(s.limiter.remaining(Date.now())),
		};
		await wait(s.latencyMs - s.toCounter);
		pace.release(key, headers, ok ? 200 : 429, startedAt);
		if (ok) return;
		await wait(pace.waitAfter429(headers, 1, pace.bucketState(key)));
	}
}

/** Sends `n` requests through a pacer, as many at once as it wants, like the node's router. */
export async function pacedClient(
	pace: Pace,
	s: Server,
	client: string,
	n: number,
): Promise<number> {
	let next = 0;
	let running = 0;
	await new Promise<void>((done) => {
		const fill = () => {
			while (next < n && running < pace.wantedInFlight()) {
				next++;
				running++;
				void pacedRequest(pace, s, client).then(() => {
					running--;
					fill();
				});
			}
			if (running === 0) done();
		};
		fill();
	});
	return Date.now();
}

/** Runs the fake clock until every promise given has settled. */
export async function runClock<T>(work: Promise<T>): Promise<T> {
	let settled = false;
	const result = work.finally(() => (settled = true));
	while (!settled) await jest.advanceTimersByTimeAsync(10);
	return await result;
}

/** A fresh copy of the pacer, as another n8n process has. */
export function freshPacer(): Pace {
	let pace: Pace | undefined;
	jest.isolateModules(() => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		pace = require('../../nodes/HighLevel/transport/pace') as Pace;
	});
	return pace as Pace;
}

/** The least time `n` requests can take on a limiter of this shape (first leaves at 0). */
export function physicalLimit(shape: LimiterShape, s: Server, n: number): number {
	return leastTimeMs(shape, n, s.max, s.intervalMs, s.latencyMs);
}

/** The most requests of all clients counted in any interval (a sliding look at the log). */
export function busiestInterval(s: Server): number {
	const all = [...s.counted.values()].flat().sort((a, b) => a - b);
	let most = 0;
	for (let i = 0, j = 0; i < all.length; i++) {
		while (all[i] - all[j] >= s.intervalMs) j++;
		most = Math.max(most, i - j + 1);
	}
	return most;
}
