import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HighLevelPollingTrigger } from '../../nodes/HighLevel/HighLevelPollingTrigger.node';
import { POLL_EVENTS, pollEventsTable } from '../../nodes/HighLevel/poll/events';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'polling-trigger.md'), 'utf8');

describe('docs/polling-trigger.md', () => {
	it('lists every event the polling trigger offers, with what it reads and how exact it is', () => {
		const table = pollEventsTable();
		if (!doc.includes(table))
			throw new Error(
				`docs/polling-trigger.md's events table is out of date; replace it with:\n\n${table}\n`,
			);
	});

	it('offers in the node exactly the events of the table', () => {
		const property = new HighLevelPollingTrigger().description.properties.find(
			(p) => p.name === 'event',
		);
		expect((property?.options ?? []).map((o) => ('value' in o ? o.value : undefined))).toEqual(
			POLL_EVENTS.map((e) => e.value),
		);
	});

	it('says why each event of the issue it does not offer is left out', () => {
		for (const event of [
			'New Task',
			'Task Completed',
			'New Invoice',
			'Invoice Paid',
			'New Custom Object Record',
			'Record Updated',
		]) {
			if (POLL_EVENTS.some((e) => e.name === event)) continue;
			expect(doc).toMatch(new RegExp(`\\*\\*${event}\\*\\*[^\\n]*: `));
		}
	});
});
