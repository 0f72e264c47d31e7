import type { IDataObject } from 'n8n-workflow';
import { eventForType, UNKNOWN_EVENT } from './events';

export interface NormalisedFields {
	/** Catalogue event name (e.g. `ContactCreate`), or `Unknown`. */
	event: string;
	/** Sub-account the event belongs to; null for agency-level events. */
	locationId: string | null;
	/** When n8n received the delivery, ISO 8601. */
	receivedAt: string;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The event a payload reports. HighLevel's `type` is trusted when it names a known event (its own
 * examples sometimes carry a stale one, e.g. AppointmentUpdate showing `AppointmentCreate`, and we
 * cannot do better than the sender). Payloads without a usable `type` (several documented examples
 * have none) become `Unknown` rather than a guess: invoice, product and record payloads look the same
 * whether they were created, updated or deleted.
 */
export function resolveEvent(payload: IDataObject): string {
	const type = text(payload.type);
	return (type !== undefined && eventForType(type)?.value) || UNKNOWN_EVENT;
}

/** The sub-account ID wherever the event's payload keeps it. */
export function resolveLocationId(payload: IDataObject, event: string): string | null {
	const direct = text(payload.locationId);
	if (direct) return direct;
	// Location events describe the location itself.
	if (event === 'LocationCreate' || event === 'LocationUpdate') return text(payload.id) ?? null;
	// Invoices and orders name their owner as altId/altType.
	if (text(payload.altType)?.toLowerCase() === 'location') return text(payload.altId) ?? null;
	return null;
}

export function normalise(payload: IDataObject, now: Date): NormalisedFields {
	const event = resolveEvent(payload);
	return { event, locationId: resolveLocationId(payload, event), receivedAt: now.toISOString() };
}
