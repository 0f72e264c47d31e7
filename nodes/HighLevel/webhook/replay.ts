import type { IDataObject } from 'n8n-workflow';

/** How many accepted webhookIds the trigger remembers; the oldest are forgotten first. */
export const REMEMBERED_WEBHOOK_IDS = 500;

const STORE_KEY = 'recentWebhookIds';

// Numbers below this are epoch seconds, above it epoch milliseconds (1e11 s is the year 5138).
const SECONDS_LIMIT = 1e11;

/**
 * A delivery timestamp as epoch milliseconds. HighLevel sends ISO 8601 (WebhookAuthentication.md);
 * epoch seconds or milliseconds, as numbers or digit strings, are accepted too. Undefined when absent
 * or unreadable: the signature has already proven the body is HighLevel's, so an unexpected format
 * must not block deliveries; webhookId deduplication still applies.
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
 * Whether a delivery's timestamp is older than the window. Only age is checked: a timestamp ahead of
 * n8n's clock means clock skew, not a replay, and HighLevel alone can sign it.
 */
export function isStale(timestampMs: number, nowMs: number, windowSeconds: number): boolean {
	return windowSeconds > 0 && nowMs - timestampMs > windowSeconds * 1000;
}

function rememberedIds(staticData: IDataObject): string[] {
	const stored = staticData[STORE_KEY];
	return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

export function wasSeen(staticData: IDataObject, webhookId: string): boolean {
	return rememberedIds(staticData).includes(webhookId);
}

/**
 * Adds a webhookId to the bounded list in the workflow's static data. The list is replaced, not
 * mutated, so n8n notices the change and saves it after the webhook call (production mode only: test
 * listens do not persist static data).
 */
export function remember(staticData: IDataObject, webhookId: string): void {
	const ids = rememberedIds(staticData).filter((id) => id !== webhookId);
	ids.push(webhookId);
	staticData[STORE_KEY] = ids.slice(-REMEMBERED_WEBHOOK_IDS);
}
