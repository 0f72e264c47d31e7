import { randomUUID } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { keyOptions, makeKeys, signEd25519, TriggerServer } from './harness';

const keys = makeKeys();

async function send(parameters: INodeParameters, payload: IDataObject) {
	const server = await new TriggerServer({ ...parameters, options: keyOptions(keys) }).start();
	try {
		// Signed deliveries carry a webhookId and a timestamp; replay protection has its own tests.
		const body = JSON.stringify({
			...payload,
			webhookId: randomUUID(),
			timestamp: new Date().toISOString(),
		});
		return await server.post(body, {
			'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
		});
	} finally {
		await server.stop();
	}
}

const contact = { type: 'ContactCreate', locationId: 'loc-A', id: 'c1' };
const opportunity = { type: 'OpportunityCreate', locationId: 'loc-B', id: 'o1' };
const agencyInstall = { type: 'INSTALL', appId: 'app', companyId: 'agency-1' };
const untyped = { _id: 'p1', locationId: 'loc-A', name: 'Product' };

describe('event filter', () => {
	it('starts for a chosen event', async () => {
		const delivery = await send({ events: ['ContactCreate', 'NoteCreate'] }, contact);
		expect(delivery.status).toBe(200);
		expect(delivery.items).toHaveLength(1);
		expect(delivery.items[0].event).toBe('ContactCreate');
	});

	it('answers 200 and starts nothing for an event not chosen', async () => {
		const delivery = await send({ events: ['ContactCreate'] }, opportunity);
		expect(delivery.status).toBe(200);
		expect(delivery.response).toEqual({ message: 'Event ignored by this trigger’s filters' });
		expect(delivery.result?.workflowData).toBeUndefined();
		expect(delivery.items).toEqual([]);
	});

	it('matches events whose payload type is an alias (INSTALL is App Installed)', async () => {
		expect((await send({ events: ['AppInstall'] }, agencyInstall)).items).toHaveLength(1);
		expect((await send({ events: ['AppUninstall'] }, agencyInstall)).items).toEqual([]);
	});

	it('passes everything, unknown types included, with All Events or an empty list', async () => {
		for (const events of [['*'], []]) {
			const delivery = await send({ events }, untyped);
			expect(delivery.items).toHaveLength(1);
			expect(delivery.items[0].event).toBe('Unknown');
		}
	});

	it('defaults to All Events when the parameter was never set', async () => {
		expect((await send({}, opportunity)).items).toHaveLength(1);
	});

	it('drops unknown types when specific events are chosen', async () => {
		expect((await send({ events: ['ProductCreate'] }, untyped)).items).toEqual([]);
	});
});

describe('location filter', () => {
	it('starts only for listed locations (comma or space separated)', async () => {
		expect((await send({ locationIds: 'loc-X, loc-A' }, contact)).items).toHaveLength(1);
		expect((await send({ locationIds: 'loc-X loc-A' }, contact)).items).toHaveLength(1);
		const other = await send({ locationIds: 'loc-X,loc-A' }, opportunity);
		expect(other.status).toBe(200);
		expect(other.items).toEqual([]);
	});

	it('ignores agency-level events without a location when locations are listed', async () => {
		expect((await send({ locationIds: 'loc-A' }, agencyInstall)).items).toEqual([]);
		expect((await send({ locationIds: '' }, agencyInstall)).items).toHaveLength(1);
	});

	it('finds the location of invoices (altId) and of location events (id)', async () => {
		const invoice = { type: 'InvoicePaid', _id: 'inv', altId: 'loc-A', altType: 'location' };
		const location = { type: 'LocationUpdate', id: 'loc-A', companyId: 'agency-1' };
		for (const payload of [invoice, location]) {
			const delivery = await send({ locationIds: 'loc-A' }, payload);
			expect(delivery.items).toHaveLength(1);
			expect(delivery.items[0].locationId).toBe('loc-A');
		}
	});

	it('combines with the event filter', async () => {
		expect(
			(await send({ events: ['ContactCreate'], locationIds: 'loc-B' }, contact)).items,
		).toEqual([]);
		expect(
			(await send({ events: ['OpportunityCreate'], locationIds: 'loc-B' }, opportunity)).items,
		).toHaveLength(1);
	});
});
