import type { IDataObject, INodeParameters } from 'n8n-workflow';
import {
	isStale,
	KEEP_WITHOUT_WINDOW_SECONDS,
	keepUntil,
	normaliseWebhookId,
	parseTimestamp,
	remember,
	wasSeen,
} from '../../nodes/HighLevel/webhook/replay';
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
		server = await new TriggerServer({
			events: ['*'],
			options: { ...keyOptions(keys), ...options },
		}).start();
	};
	afterEach(async () => server.stop());

	it('refuses a webhookId it already accepted with 409, remembered through saved static data', async () => {
		await start();
		const first = delivery({ webhookId: 'wh-1', timestamp: secondsAgo(1) });
		expect((await server.post(first.body, first.headers)).items).toHaveLength(1);
		expect(server.staticData[`node:${NODE_NAME}`]).toEqual({
			seenWebhookIds: { 'wh-1': expect.any(Number) },
		});

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
		expect(refused.response).toEqual({
			message: 'Delivery timestamp is outside the replay window',
		});
		expect(refused.items).toEqual([]);

		const fresh = delivery({ webhookId: 'wh-new', timestamp: secondsAgo(30) });
		expect((await server.post(fresh.body, fresh.headers)).status).toBe(200);
	});

	it('uses a 300-second window by default', async () => {
		await start();
		const old = delivery({ webhookId: 'wh-301', timestamp: secondsAgo(301) });
		expect((await server.post(old.body, old.headers)).status).toBe(401);
		const recent = delivery({ webhookId: 'wh-290', timestamp: secondsAgo(290) });
		expect((await server.post(recent.body, recent.headers)).status).toBe(200);
	});

	it.each([
		['no webhookId', { timestamp: new Date().toISOString() }],
		['no timestamp', { webhookId: 'wh-no-time' }],
		['an unreadable timestamp', { webhookId: 'wh-bad-time', timestamp: 'yesterday' }],
		['an empty webhookId', { webhookId: '  ', timestamp: new Date().toISOString() }],
		[
			'a webhookId that is an object',
			{ webhookId: { id: 1 }, timestamp: new Date().toISOString() },
		],
	])('refuses a signed delivery with %s, unless the option allows it', async (_label, fields) => {
		await start();
		const bare = delivery(fields as IDataObject);
		const refused = await server.post(bare.body, bare.headers);
		expect(refused.status).toBe(400);
		expect(refused.response).toEqual({
			message: 'Delivery has no usable webhookId or timestamp, which replay protection needs',
		});
		expect(refused.items).toEqual([]);
		await server.stop();
		await start({ acceptWithoutReplayFields: true });
		expect((await server.post(bare.body, bare.headers)).status).toBe(200);
	});

	it('compares webhookIds in one form: a number, its text, other case or spacing are the same delivery', async () => {
		await start();
		const first = delivery({ webhookId: 12345, timestamp: secondsAgo(1) });
		expect((await server.post(first.body, first.headers)).status).toBe(200);
		for (const copy of [12345, '12345', ' 12345 ']) {
			const again = delivery({ webhookId: copy, timestamp: secondsAgo(1) });
			expect((await server.post(again.body, again.headers)).status).toBe(409);
		}
		const uuid = delivery({
			webhookId: 'A1B2C3D4-0000-4000-8000-00000000000F',
			timestamp: secondsAgo(1),
		});
		expect((await server.post(uuid.body, uuid.headers)).status).toBe(200);
		const lower = delivery({
			webhookId: 'a1b2c3d4-0000-4000-8000-00000000000f',
			timestamp: secondsAgo(1),
		});
		expect((await server.post(lower.body, lower.headers)).status).toBe(409);
	});

	it('keeps every ID of the window, however many deliveries came after', async () => {
		await start();
		const first = delivery({ webhookId: 'wh-first', timestamp: secondsAgo(5) });
		expect((await server.post(first.body, first.headers)).status).toBe(200);
		// 501 newer deliveries: more than the 500 IDs older versions kept.
		for (let i = 0; i < 501; i++) {
			const later = delivery({ webhookId: `wh-later-${i}`, timestamp: secondsAgo(1) });
			expect((await server.post(later.body, later.headers)).status).toBe(200);
		}
		expect((await server.post(first.body, first.headers)).status).toBe(409);
	}, 180_000);

	it('forgets an ID once a copy of its delivery would be refused for age anyway', () => {
		const staticData: IDataObject = {};
		const now = Date.UTC(2026, 0, 1, 12);
		remember(staticData, 'old', keepUntil(now - 299_000, now, 300), now, 300);
		remember(staticData, 'new', keepUntil(now, now, 300), now, 300);
		// Its timestamp is 299 s old: a copy passes the age check for one more second, and is refused after.
		expect(wasSeen(staticData, 'old', now + 1_000, 300)).toBe(true);
		expect(isStale(now - 299_000, now + 1_000, 300)).toBe(false);
		expect(wasSeen(staticData, 'old', now + 1_001, 300)).toBe(false);
		expect(isStale(now - 299_000, now + 1_001, 300)).toBe(true);
		remember(staticData, 'newer', keepUntil(now + 2_000, now + 2_000, 300), now + 2_000, 300);
		expect(Object.keys(staticData.seenWebhookIds as IDataObject).sort()).toEqual(['new', 'newer']);
		// Where no age check applies, IDs are kept for a day.
		expect(keepUntil(now, now, 0)).toBe(now + KEEP_WITHOUT_WINDOW_SECONDS * 1000);
		expect(keepUntil(undefined, now, 300)).toBe(now + KEEP_WITHOUT_WINDOW_SECONDS * 1000);
	});

	it('refuses simultaneous copies of one delivery in-process, before their static data is saved', async () => {
		server = await new TriggerServer(
			{ events: ['*'], options: keyOptions(keys) },
			'parsed',
			50,
		).start();
		const copy = delivery({ webhookId: 'wh-burst', timestamp: secondsAgo(1) });
		const statuses = (
			await Promise.all(Array.from({ length: 5 }, () => server.post(copy.body, copy.headers)))
		).map((d) => d.status);
		expect(statuses.sort()).toEqual([200, 409, 409, 409, 409]);
	});

	it('still reads the IDs an older version saved', async () => {
		await start();
		server.staticData[`node:${NODE_NAME}`] = { recentWebhookIds: ['wh-legacy'] };
		const legacy = delivery({ webhookId: 'wh-legacy', timestamp: secondsAgo(1) });
		expect((await server.post(legacy.body, legacy.headers)).status).toBe(409);
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
		server = await new TriggerServer({
			events: ['ContactCreate'],
			options: keyOptions(keys),
		}).start();
		const note = delivery({ webhookId: 'wh-5', timestamp: secondsAgo(1) });
		expect((await server.post(note.body, note.headers)).response).toEqual({
			message: 'Event ignored by this trigger’s filters',
		});
		expect(server.staticData).toEqual({});
	});
});

describe('replay helpers', () => {
	it.each([
		['abc', 'abc'],
		[' ABC-def ', 'abc-def'],
		[42, '42'],
		['', undefined],
		[Number.NaN, undefined],
		[null, undefined],
		[{}, undefined],
	])('reads webhookId %p as %p', (input, expected) => {
		expect(normaliseWebhookId(input)).toBe(expected);
	});

	it('ignores a corrupted store', () => {
		const now = Date.now();
		const staticData: IDataObject = { seenWebhookIds: 'oops', recentWebhookIds: 'oops' };
		expect(wasSeen(staticData, 'oops', now, 300)).toBe(false);
		remember(staticData, 'x', now + 1000, now, 300);
		expect(staticData).toEqual({ seenWebhookIds: { x: now + 1000 } });
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

	it.each([undefined, null, '', 'yesterday', {}, Number.NaN])(
		'treats %p as no timestamp',
		(input) => {
			expect(parseTimestamp(input)).toBeUndefined();
		},
	);

	it('calls a timestamp stale only when it is older than the window', () => {
		const now = Date.UTC(2025, 0, 1, 12, 0, 0);
		expect(isStale(now - 300_000, now, 300)).toBe(false);
		expect(isStale(now - 300_001, now, 300)).toBe(true);
		expect(isStale(now + 3_600_000, now, 300)).toBe(false);
		expect(isStale(0, now, 0)).toBe(false);
	});
});
