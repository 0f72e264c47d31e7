// The fake HighLevel in a process of its own, so the benchmark measures the client's CPU only.
import { FakeHighLevel } from '../test/fake-highlevel';
import type { LimiterShape } from '../test/fake-highlevel/limiter';

type Message =
	| { cmd: 'configure'; latencyMs: number; max: number; intervalMs: number; shape?: LimiterShape }
	| { cmd: 'seed'; locationId: string; n: number }
	| { cmd: 'reset' }
	| { cmd: 'stats' };

export const BENCH_LOCATIONS = ['bench-location', 'bench-location-2'];
export const BENCH_AGENCY_TOKEN = 'bench-agency-token';
export const BENCH_COMPANY = 'bench-company';

/** Upserts HighLevel counted and refused, per location and per token. */
export interface UpsertStats {
	requests: number;
	rejected429: number;
}

async function main() {
	const fake = await FakeHighLevel.start({
		rateLimit: { max: 100, intervalMs: 10_000, dailyMax: 10_000_000 },
	});
	const scopes = ['contacts.readonly', 'contacts.write'];
	const grant = (locationId: string) => ({ locationId, scopes, userType: 'Location' as const });
	const register = () => {
		fake.addToken('bench-node-token', grant('bench-location'));
		fake.addToken('bench-other-token', grant('bench-location'));
		fake.addToken(BENCH_AGENCY_TOKEN, {
			companyId: BENCH_COMPANY,
			userType: 'Company',
			scopes: [...scopes, 'oauth.write', 'oauth.readonly'],
		});
	};
	register();
	process.on('message', (m: Message) => {
		if (m.cmd === 'configure') {
			fake.setLatency(m.latencyMs);
			fake.setRateLimit({
				max: m.max,
				intervalMs: m.intervalMs,
				dailyMax: 10_000_000,
				shape: m.shape ?? 'fixed',
			});
		} else if (m.cmd === 'seed') {
			fake.location(m.locationId).seedContacts(m.n);
		} else if (m.cmd === 'reset') {
			fake.reset();
			register();
		}
		const upserts = fake.requests.filter((r) => r.path === '/contacts/upsert');
		const tally = (list: typeof upserts): UpsertStats => ({
			requests: list.length,
			rejected429: list.filter((r) => r.status === 429).length,
		});
		const byToken = (token: string) =>
			tally(upserts.filter((r) => r.headers.authorization === `Bearer ${token}`));
		const byLocation = Object.fromEntries(
			BENCH_LOCATIONS.map((id) => [
				id,
				tally(
					upserts.filter((r) => (r.body as { locationId?: string } | undefined)?.locationId === id),
				),
			]),
		);
		const node = byToken('bench-node-token');
		const other = byToken('bench-other-token');
		const appliedAt = (token: string) =>
			upserts
				.filter((r) => r.status < 300 && r.headers.authorization === `Bearer ${token}`)
				.map((r) => fake.answeredAt.get(r) ?? 0);
		process.send?.({
			ok: true,
			baseUrl: fake.baseUrl,
			requests: node.requests,
			rejected429: node.rejected429,
			otherRequests: other.requests,
			other429: other.rejected429,
			byLocation,
			nodeAppliedAt: appliedAt('bench-node-token'),
			otherAppliedAt: appliedAt('bench-other-token'),
			searches: fake.requests.filter((r) => r.path === '/contacts/search').length,
			contacts: fake.location('bench-location').contacts.size,
		});
	});
	process.send?.({ ok: true, baseUrl: fake.baseUrl });
}

if (require.main === module) void main();
