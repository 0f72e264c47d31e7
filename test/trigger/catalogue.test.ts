import type { INodePropertyOptions } from 'n8n-workflow';
import { HighLevelTrigger } from '../../nodes/HighLevel/HighLevelTrigger.node';
import {
	ALL_EVENTS,
	eventForType,
	UNKNOWN_EVENT,
	WEBHOOK_EVENTS,
} from '../../nodes/HighLevel/webhook/events';
import { eventPageNames } from './harness';

describe('webhook event catalogue', () => {
	it('lists exactly the events HighLevel documents a page for', () => {
		expect(WEBHOOK_EVENTS.map((event) => event.value).sort()).toEqual(eventPageNames());
	});

	it('has unique values, names and payload types', () => {
		const values = WEBHOOK_EVENTS.map((event) => event.value);
		const names = WEBHOOK_EVENTS.map((event) => event.name);
		const types = WEBHOOK_EVENTS.flatMap((event) =>
			[event.value, ...(event.typeAliases ?? [])].map((type) => type.toLowerCase()),
		);
		expect(new Set(values).size).toBe(values.length);
		expect(new Set(names).size).toBe(names.length);
		expect(new Set(types).size).toBe(types.length);
		expect(values).not.toContain(UNKNOWN_EVENT);
		expect(values).not.toContain(ALL_EVENTS);
	});

	it('maps payload types, aliases included, to events', () => {
		expect(eventForType('ContactCreate')?.value).toBe('ContactCreate');
		expect(eventForType(' contactcreate ')?.value).toBe('ContactCreate');
		expect(eventForType('INSTALL')?.value).toBe('AppInstall');
		expect(eventForType('UNINSTALL')?.value).toBe('AppUninstall');
		expect(eventForType('PLAN_CHANGE')?.value).toBe('PlanChange');
		expect(eventForType('ConversationUnreadUpdate')?.value).toBe('ConversationUnreadWebhook');
		expect(eventForType('SMS')?.value).toBe('ProviderOutboundMessage');
		expect(eventForType('string')).toBeUndefined();
	});

	it('offers every event in the node’s Events list, sorted, after All Events', () => {
		const events = new HighLevelTrigger().description.properties.find(
			(property) => property.name === 'events',
		)!;
		const options = events.options as INodePropertyOptions[];
		expect(options[0]).toMatchObject({ value: ALL_EVENTS, name: 'All Events' });
		const rest = options.slice(1);
		expect(rest.map((option) => option.value).sort()).toEqual(eventPageNames());
		expect(rest.map((option) => option.name)).toEqual(
			[...rest.map((option) => option.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(
			rest.every(
				(option) => typeof option.description === 'string' && option.description.length > 0,
			),
		).toBe(true);
		expect(events.default).toEqual([ALL_EVENTS]);
	});
});
