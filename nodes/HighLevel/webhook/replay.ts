import type { IDataObject } from 'n8n-workflow';

/**
 * How long an accepted webhookId is kept when no age check applies (Replay Window 0, or a delivery
 * let through without a timestamp): a copy is then only recognised by its ID, so IDs are kept a day.
 */
export const KEEP_WITHOUT_WINDOW_SECONDS = 86_400;

const STORE_KEY = 'seenWebhookIds';
/** Where versions before the time-based store kept the last 500 IDs; read once, then replaced. */
const LEGACY_STORE_KEY = 'recentWebhookIds';

// Numbers below this are epoch seconds, above it epoch milliseconds (1e11 s is the year 5138).
const SECONDS_LIMIT = 1e11;

/**
 * A delivery timestamp as epoch milliseconds. HighLevel sends ISO 8601 (WebhookAuthentication.md);
 * epoch seconds or milliseconds, as numbers or digit strings, are accepted too. Undefined when absent
 * or unreadable.
 */
export function parseTimestamp(value: unknown): number | undefined {
	let ms: number | undefined;
	if (typeof value === 'number') {
		ms = value < SECONDS_LIMIT ? value * 1000 : value;
	} else if (typeof value === 'string' && value.trim() !== '') {
		const trimmed = value.trim();
		if (/^\d+(\.\d+)?$/.test(trimmed)) {
			const numeric = Number(trimmed);
			ms = numeric < SECONDS_LIMIT ? numeric * 1000 : numeric;
		} else {
			ms = Date.parse(trimmed);
		}
	}
	return ms !== undefined && Number.isFinite(ms) ? ms : undefined;
}

/**
 * A webhookId in the one form IDs are compared in: text without surrounding space, lower case
 * (HighLevel's IDs are UUIDs, whose hex digits may come in either case); a number is its decimal
 * text, so `123` and `"123"` are the same delivery. Undefined when there is no usable ID.
 */
export function normaliseWebhookId(value: unknown): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().toLowerCase();
	return text === '' ? undefined : text;
}

/**
 * Whether a delivery's timestamp is older than the window. Only age is checked: a timestamp ahead of
 * n8n's clock means clock skew, not a replay, and HighLevel alone can sign it.
 */
export function isStale(timestampMs: number, nowMs: number, windowSeconds: number): boolean {
	return windowSeconds > 0 && nowMs - timestampMs > windowSeconds * 1000;
}

/**
 * Until when an accepted ID must be kept: as long as a copy of the delivery would still pass the
 * age check, its timestamp plus the window. Without a window or a timestamp no age check stops a
 * copy, so the ID is kept for a day.
 */
export function keepUntil(
	timestampMs: number | undefined,
	nowMs: number,
	windowSeconds: number,
): number {
	if (windowSeconds <= 0 || timestampMs === undefined)
		return nowMs + KEEP_WITHOUT_WINDOW_SECONDS * 1000;
	return timestampMs + windowSeconds * 1000;
}

/** The IDs kept in the workflow's static data, each with when it may be forgotten. */
function seenIds(
	staticData: IDataObject,
	nowMs: number,
	windowSeconds: number,
): Record<string, number> {
	const stored = staticData[STORE_KEY];
	const seen: Record<string, number> = {};
	if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
		for (const [id, until] of Object.entries(stored as IDataObject)) {
			if (typeof until === 'number' && until >= nowMs) seen[id] = until;
		}
	}
	const legacy = staticData[LEGACY_STORE_KEY];
	if (Array.isArray(legacy)) {
		for (const id of legacy) {
			const normal = normaliseWebhookId(id);
			if (normal !== undefined) seen[normal] ??= keepUntil(undefined, nowMs, windowSeconds);
		}
	}
	return seen;
}

export function wasSeen(
	staticData: IDataObject,
	webhookId: string,
	nowMs: number,
	windowSeconds: number,
): boolean {
	return webhookId in seenIds(staticData, nowMs, windowSeconds);
}

/**
 * Adds a webhookId to the workflow's static data, and forgets the IDs whose window has passed.
 * The store is replaced, not mutated, so n8n notices the change and saves it after the webhook
 * call (production mode only: test listens do not persist static data).
 */
export function remember(
	staticData: IDataObject,
	webhookId: string,
	until: number,
	nowMs: number,
	windowSeconds: number,
): void {
	const seen = seenIds(staticData, nowMs, windowSeconds);
	seen[webhookId] = Math.max(seen[webhookId] ?? 0, until);
	staticData[STORE_KEY] = seen;
	if (LEGACY_STORE_KEY in staticData) delete staticData[LEGACY_STORE_KEY];
}

/**
 * IDs accepted by this n8n process, per trigger node, kept as long as the static data keeps them.
 * Static data is read when a delivery arrives and saved after it is answered, so copies that arrive
 * together all see the store without each other; checked and claimed here in one synchronous step,
 * the second copy is refused while the first is still on its way to the database.
 */
const claimed = new Map<string, Map<string, number>>();

/**
 * Claims a webhookId for a trigger node in this process. False when it was claimed already
 * (and not yet expired): the delivery is a copy of one under way or just accepted.
 */
export function claim(trigger: string, webhookId: string, until: number, nowMs: number): boolean {
	let ids = claimed.get(trigger);
	if (!ids) {
		ids = new Map();
		claimed.set(trigger, ids);
	}
	for (const [id, expires] of ids) if (expires < nowMs) ids.delete(id);
	const held = ids.get(webhookId);
	if (held !== undefined && held >= nowMs) return false;
	ids.set(webhookId, until);
	return true;
}
