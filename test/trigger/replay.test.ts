import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { isStale, parseTimestamp, remember, REMEMBERED_WEBHOOK_IDS, wasSeen } from '../../nodes/HighLevel/webhook/replay';
import { keyOptions, makeKeys, NODE_NAME, signEd25519, TriggerServer } from './harness';

const keys = makeKeys();

function delivery(fields: IDataObject): { body: string; headers: Record<string, string> } {
	const body = JSON.stringify({ type: 'NoteCreate', locationId: 'loc-1', id: 'note-1', ...fields });
	return { body, headers: { 'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey) } };
}

const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

describe('replay protection', () => {
	let server: TriggerServer;
	const start = async (options: INodeParameters = {}) => {
		server = await new TriggerServer({ events: ['*'], options: { ...keyOptions(keys), ...options } }).start();
	};
	afterEach(async () => server.stop());

	it('refuses a webhookId it already accepted with 409, remembered through saved static data', async () => {
		await start();
		const first = delivery({ webhookId: 'wh-1', timestamp: secondsAgo(1) });
		expect((await server.post(first.body, first.headers)).items).toHaveLength(1);
		expect(server.staticData[`node:${NODE_NAME}`]).toEqual({ recentWebhookIds: ['wh-1'] });

		const again = await server.post(first.body, first.headers);
		expect(again.status).toBe(409);
		expect(again.response).toEqual({ message: 'Delivery already received' });
		expect(again.items).toEqual([]);

		const next = delivery({ webhookId: 'wh-2', timestamp: secondsAgo(1) });
		expect((await server.post(next.body, next.headers)).items).toHaveLength(1);
	});

	it('refuses a timestamp older than the window with 401 and accepts a recent one', async () => {
		await start({ replayWindowSeconds: 60 });
		const old = delivery({ webhookId: 'wh-old', timestamp: secondsAgo(120) });
		const refused = await server.post(old.body, old.headers);
		expect(refused.status).toBe(401);
		expect(refused.response).toEqual({ message: 'Delivery timestamp is outside the replay window' });
		expect(refused.items).toEqual([]);

		const fresh = delivery({ webhookId: 'wh-new', timestamp: secondsAgo(30) });
		expect((await server.post(fresh.body, fresh.headers)).status).toBe(200);
	});

	it('uses a 300-second window by default', async () => {
		await start();
		const old = delivery({ timestamp: secondsAgo(301) });
		expect((await server.post(old.body, old.headers)).status).toBe(401);
		const recent = delivery({ timestamp: secondsAgo(290) });
		expect((await server.post(recent.body, recent.headers)).status).toBe(200);
	});

	it('skips the age check with a window of 0 but still refuses duplicates', async () => {
		await start({ replayWindowSeconds: 0 });
		const old = delivery({ webhookId: 'wh-3', timestamp: '2025-01-28T14:35:00Z' });
		expect((await server.post(old.body, old.headers)).status).toBe(200);
		expect((await server.post(old.body, old.headers)).status).toBe(409);
	});

	it('lets duplicates and old deliveries through with Reject Replays off', async () => {
		await start({ rejectReplays: false });
		const old = delivery({ webhookId: 'wh-4', timestamp: '2025-01-28T14:35:00Z' });
		expect((await server.post(old.body, old.headers)).items).toHaveLength(1);
		expect((await server.post(old.body, old.headers)).items).toHaveLength(1);
	});

	it('does not remember deliveries its filters ignored', async () => {
		server = await new TriggerServer({ events: ['ContactCreate'], options: keyOptions(keys) }).start();
		const note = delivery({ webhookId: 'wh-5' });
		expect((await server.post(note.body, note.headers)).response).toEqual({ message: 'Event ignored by this trigger’s filters' });
		expect(server.staticData).toEqual({});
	});
});

describe('replay helpers', () => {
	it('keeps only the most recent webhookIds', () => {
		const staticData: IDataObject = {};
		for (let i = 0; i < REMEMBERED_WEBHOOK_IDS + 20; i++) remember(staticData, `id-${i}`);
		expect(staticData.recentWebhookIds).toHaveLength(REMEMBERED_WEBHOOK_IDS);
		expect(wasSeen(staticData, 'id-0')).toBe(false);
		expect(wasSeen(staticData, 'id-19')).toBe(false);
		expect(wasSeen(staticData, 'id-20')).toBe(true);
		expect(wasSeen(staticData, `id-${REMEMBERED_WEBHOOK_IDS + 19}`)).toBe(true);
	});

	it('moves a re-remembered id to the newest end instead of duplicating it', () => {
		const staticData: IDataObject = { recentWebhookIds: ['a', 'b'] };
		remember(staticData, 'a');
		expect(staticData.recentWebhookIds).toEqual(['b', 'a']);
	});

	it('ignores a corrupted store', () => {
		const staticData: IDataObject = { recentWebhookIds: 'oops' };
		expect(wasSeen(staticData, 'oops')).toBe(false);
		remember(staticData, 'x');
		expect(staticData.recentWebhookIds).toEqual(['x']);
	});

	it.each([
		['2025-01-28T14:35:00Z', Date.UTC(2025, 0, 28, 14, 35)],
		['2025-01-28T14:35:00.000+01:00', Date.UTC(2025, 0, 28, 13, 35)],
		[1714032441, 1714032441000],
		[1714032441123, 1714032441123],
		['1714032441', 1714032441000],
		['1714032441123', 1714032441123],
	])('reads timestamp %p', (input, expected) => {
		expect(parseTimestamp(input)).toBe(expected);
	});

	it.each([undefined, null, '', 'yesterday', {}, Number.NaN])('treats %p as no timestamp', (input) => {
		expect(parseTimestamp(input)).toBeUndefined();
	});

	it('calls a timestamp stale only when it is older than the window', () => {
		const now = Date.UTC(2025, 0, 1, 12, 0, 0);
		expect(isStale(now - 300_000, now, 300)).toBe(false);
		expect(isStale(now - 300_001, now, 300)).toBe(true);
		expect(isStale(now + 3_600_000, now, 300)).toBe(false);
		expect(isStale(0, now, 0)).toBe(false);
	});
});
