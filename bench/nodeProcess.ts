/**
 * The node in a process of its own, as one n8n queue-mode worker: told a fake HighLevel, a
 * token and a number of upserts, it runs them (with its own pacer, as a separate worker has)
 * and says when it started and ended and how many items failed.
 */
import { nodeUpserts } from './workloads';

interface Job {
	baseUrl: string;
	token: string;
	n: number;
	prefix: string;
	/** Wall-clock moment to start at, so two workers start together. */
	startAt: number;
}

process.on('message', (job: Job) => {
	void (async () => {
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, job.startAt - Date.now())));
		const startedAt = Date.now();
		const result = await nodeUpserts(job.baseUrl, job.n, job.prefix, job.token);
		process.send?.({ startedAt, endedAt: Date.now(), failed: result.failed });
	})();
});
process.send?.({ ready: true });
