// The fake HighLevel in a process of its own, so the benchmark measures the client's CPU only.
import { FakeHighLevel } from '../test/fake-highlevel';

type Message =
	| { cmd: 'configure'; latencyMs: number; max: number; intervalMs: number }
	| { cmd: 'seed'; locationId: string; n: number }
	| { cmd: 'reset' }
	| { cmd: 'stats' };

async function main() {
	const fake = await FakeHighLevel.start({ rateLimit: { max: 100, intervalMs: 10_000, dailyMax: 10_000_000 } });
	const grant = (locationId: string) => ({ locationId, scopes: ['contacts.readonly', 'contacts.write'], userType: 'Location' as const });
	const register = () => {
		fake.addToken('bench-node-token', grant('bench-location'));
		fake.addToken('bench-other-token', grant('bench-location'));
	};
	register();
	process.on('message', (m: Message) => {
		if (m.cmd === 'configure') {
			fake.setLatency(m.latencyMs);
			fake.setRateLimit({ max: m.max, intervalMs: m.intervalMs, dailyMax: 10_000_000 });
		} else if (m.cmd === 'seed') {
			fake.location(m.locationId).seedContacts(m.n);
		} else if (m.cmd === 'reset') {
			fake.reset();
			register();
		}
		const byToken = (token: string) => fake.requests.filter((r) => r.headers.authorization === `Bearer ${token}`);
		const count = (list: typeof fake.requests, status?: number) => list.filter((r) => status === undefined || r.status === status).length;
		const node = byToken('bench-node-token');
		const other = byToken('bench-other-token');
		process.send?.({
			ok: true,
			baseUrl: fake.baseUrl,
			requests: count(node),
			rejected429: count(node, 429),
			otherRequests: count(other),
			other429: count(other, 429),
			searches: node.filter((r) => r.path === '/contacts/search').length,
			contacts: fake.location('bench-location').contacts.size,
		});
	});
	process.send?.({ ok: true, baseUrl: fake.baseUrl });
}

void main();
