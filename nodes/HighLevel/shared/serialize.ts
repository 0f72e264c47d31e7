import type { ExecutionCache } from './types';

/**
 * Runs `work` only after every earlier holder of any of `keys` has finished. Items run several
 * at a time; two upserts of the same email at once could both create a contact, so they queue.
 */
export async function serialize<T>(
	cache: ExecutionCache,
	keys: string[],
	work: () => Promise<T>,
): Promise<T> {
	const unique = [...new Set(keys.map((k) => `lock:${k}`))];
	const earlier = unique.map((k) => cache.get(k) ?? Promise.resolve());
	const run = Promise.allSettled(earlier).then(work);
	const done = run.then(
		() => undefined,
		() => undefined,
	);
	for (const k of unique) cache.set(k, done);
	return await run;
}
