import type { IDataObject } from 'n8n-workflow';
import { LOCATION_ID } from '../harness/run';
import { Poller, type PollerOptions } from '../harness/poll';
import { useFakeHighLevel } from '../nodes/setup';
import type { FakeHighLevel } from '../fake-highlevel';

type Rec = Record<string, unknown>;

/** A fake HighLevel per file, and pollers on it. */
export function usePolling() {
	const { state } = useFakeHighLevel();
	const poller = (parameters: IDataObject, options: Partial<PollerOptions> = {}) =>
		new Poller({ baseUrl: state.fake.baseUrl, parameters, ...options });
	return { state, poller };
}

export const location = (fake: FakeHighLevel, id = LOCATION_ID) => fake.location(id);

/** Records are stamped from an hour ahead: after any position a first activation takes from the clock. */
export const T0 = Math.ceil(Date.now() / 1000) * 1000 + 3_600_000;
export const at = (ms: number) => new Date(ms).toISOString();

/** Contacts added one second apart from `start` (or all at `start` when `step` is 0). */
export function addContacts(
	fake: FakeHighLevel,
	n: number,
	start: number,
	step = 1000,
	prefix = 'c',
): Rec[] {
	const store = location(fake);
	const made: Rec[] = [];
	for (let i = 0; i < n; i++) {
		const when = at(start + i * step);
		made.push(
			store.addContact({
				firstName: `${prefix}${i}`,
				email: `${prefix}${i}@example.com`,
				dateAdded: when,
				dateUpdated: when,
			}),
		);
	}
	return made;
}

export const ids = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json.id);
export const idsOf = (records: Rec[]) => records.map((record) => record.id);
