import type { IDataObject } from 'n8n-workflow';
import {
	eventExamples,
	eventPageNames,
	keyOptions,
	makeKeys,
	signEd25519,
	TriggerServer,
	type EventExample,
} from './harness';

// Every example block on HighLevel's webhook event pages (openapi/webhook-events/*.md), delivered
// signed to the trigger as HighLevel would send it.

const keys = makeKeys();
const examples = eventExamples();

/** Pages whose examples carry another event's `type` (documentation slips), with the event that type names. */
const OTHER_EVENT_TYPES: Record<string, Record<string, string>> = {
	AppointmentUpdate: { AppointmentCreate: 'AppointmentCreate' },
	AppointmentDelete: { AppointmentCreate: 'AppointmentCreate' },
	InboundMessage: { OutboundMessage: 'OutboundMessage' },
};

/**
 * Pages whose examples carry no event type: most have no `type` at all, and the price examples'
 * `type` is the price's own kind ("one_time"), not an event.
 */
const UNTYPED_PAGES = [
	'AssociationCreate',
	'AssociationDelete',
	'AssociationUpdate',
	'InvoiceCreate',
	'InvoiceDelete',
	'InvoicePaid',
	'InvoicePartiallyPaid',
	'InvoiceSent',
	'InvoiceUpdate',
	'InvoiceVoid',
	'ObjectSchemaCreate',
	'ObjectSchemaUpdate',
	'PriceCreate',
	'PriceDelete',
	'PriceUpdate',
	'ProductCreate',
	'ProductDelete',
	'ProductUpdate',
	'RecordCreate',
	'RecordDelete',
	'RecordUpdate',
	'RelationCreate',
	'RelationDelete',
];

/** The event the trigger should report for an example sent exactly as documented. */
function expectedAsDocumented(example: EventExample): string {
	const type = example.payload.type;
	if (UNTYPED_PAGES.includes(example.page)) return 'Unknown';
	return OTHER_EVENT_TYPES[example.page]?.[type as string] ?? example.page;
}

/** Where the example keeps its sub-account: locationId, or the location itself, or the invoice owner. */
function expectedLocation(example: EventExample): string | null {
	const payload = example.payload;
	if (typeof payload.locationId === 'string') return payload.locationId;
	if (example.page.startsWith('Location')) return payload.id as string;
	if (payload.altType === 'location') return payload.altId as string;
	return null;
}

const label = (example: EventExample) => `${example.page} (${example.heading})`;

describe('HighLevel’s documented webhook examples', () => {
	let server: TriggerServer;
	beforeAll(async () => {
		// Window 0: the documented examples carry timestamps from 2025; the age check has its own tests.
		// Most examples show the event's fields without a delivery's webhookId and timestamp, so
		// they are let through as the documented option allows.
		server = await new TriggerServer({
			events: ['*'],
			options: { ...keyOptions(keys), replayWindowSeconds: 0, acceptWithoutReplayFields: true },
		}).start();
	});
	afterAll(async () => server.stop());

	it('has at least one example on every one of the 58 event pages', () => {
		expect(eventPageNames()).toHaveLength(58);
		expect(new Set(examples.map((example) => example.page))).toEqual(new Set(eventPageNames()));
		// Keeps UNTYPED_PAGES honest: exactly the pages whose examples have no type or a price kind as type.
		const untyped = examples.filter(
			(example) => example.payload.type === undefined || example.payload.type === 'one_time',
		);
		expect([...new Set(untyped.map((example) => example.page))].sort()).toEqual(UNTYPED_PAGES);
	});

	it.each(examples.map((example) => [label(example), example] as const))(
		'%s arrives as exactly one item with the documented payload',
		async (_label, example) => {
			const delivery = await server.post(example.text, {
				'x-ghl-signature': signEd25519(example.text, keys.ed25519.privateKey),
			});
			expect(delivery.status).toBe(200);
			expect(delivery.items).toHaveLength(1);
			const item = delivery.items[0];
			const { event, locationId, receivedAt, ...rest } = item;
			expect(event).toBe(expectedAsDocumented(example));
			expect(locationId).toBe(expectedLocation(example));
			expect(new Date(receivedAt as string).toISOString()).toBe(receivedAt);
			expect(rest).toEqual(
				Object.fromEntries(Object.entries(example.payload).filter(([key]) => key !== 'locationId')),
			);
		},
	);

	it.each(
		examples
			.filter((example) => expectedAsDocumented(example) !== example.page)
			.map((example) => [label(example), example] as const),
	)('%s reports its page’s event once `type` names it', async (_label, example) => {
		const payload: IDataObject = { ...example.payload, type: example.page };
		const body = JSON.stringify(payload);
		const delivery = await server.post(body, {
			'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
		});
		expect(delivery.items).toHaveLength(1);
		expect(delivery.items[0].event).toBe(example.page);
	});

	it('refuses a documented Record example under the default 300-second window (its timestamp is from 2025)', async () => {
		const record = examples.find((example) => example.page === 'RecordCreate')!;
		const strict = await new TriggerServer({
			events: ['*'],
			options: { ...keyOptions(keys), acceptWithoutReplayFields: true },
		}).start();
		try {
			const delivery = await strict.post(record.text, {
				'x-ghl-signature': signEd25519(record.text, keys.ed25519.privateKey),
			});
			expect(delivery.status).toBe(401);
		} finally {
			await strict.stop();
		}
	});
});
