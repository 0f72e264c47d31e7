/**
 * The HighLevel Trigger in a running n8n: deliveries signed with the suite's own keys (set as the
 * trigger's public key override) start the workflow; forged, replayed ones are refused and start nothing.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { CASES } from './cases';
import type { Fixture } from './fixture';
import type { PublicApi } from './lib/n8n';
import { delay } from './lib/processes';
import type { Report } from './lib/report';
import { checkRunBasics, keepOutput, RunView } from './lib/runs';
import { TRIGGER_NODE, type WorkflowFile } from './lib/workflows';

export interface SigningKeys {
	ed25519: KeyObject;
	rsa: KeyObject;
	/** Placeholders for the workflow files: the public halves, as PEM. */
	placeholders: Record<string, string>;
}

export function makeSigningKeys(): SigningKeys {
	const ed = generateKeyPairSync('ed25519');
	const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
	return {
		ed25519: ed.privateKey,
		rsa: rsa.privateKey,
		placeholders: { ed25519PublicKey: pem(ed.publicKey), rsaPublicKey: pem(rsa.publicKey) },
	};
}

interface TriggerContext {
	label: string;
	baseUrl: string;
	api: PublicApi;
	fixture: Fixture;
	report: Report;
	keys: SigningKeys;
	/** Executions the checks produced, for the queue mode's worker check. */
	executionIds: string[];
}

export async function checkTriggerWorkflow(wf: WorkflowFile, ctx: TriggerContext): Promise<void> {
	const { api, fixture, report, keys, label } = ctx;
	const trigger = wf.workflow.nodes.find((n) => n.type === TRIGGER_NODE);
	assert.ok(trigger?.webhookId, `${wf.file}: the HighLevel Trigger needs a fixed webhookId`);
	const url = `${ctx.baseUrl}/webhook/${trigger.webhookId}/webhook`;
	const grace = [...fixture.demo.contacts.values()].find((c) => c.email === 'grace@example.com');
	assert.ok(grace, 'the demo data has no grace@example.com');
	const delivery = () =>
		JSON.stringify({
			type: 'ContactCreate',
			locationId: fixture.demo.id,
			id: grace.id,
			email: grace.email,
			firstName: grace.firstName,
			webhookId: randomUUID(),
			timestamp: new Date().toISOString(),
		});
	const post = (body: string, headers: Record<string, string>) =>
		fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body,
		});
	const known = new Set((await api.executions(wf.id)).map((e) => String(e.id)));

	const accepted = async (name: string, body: string, headers: Record<string, string>) =>
		report.check(`${label} ${name}`, async () => {
			const before = fixture.fake.requests.length;
			const response = await post(body, headers);
			assert.equal(
				response.status,
				200,
				`the webhook answered ${response.status}: ${await response.text()}`,
			);
			const execution = await api.nextFinishedExecution(wf.id, known);
			known.add(String(execution.id));
			ctx.executionIds.push(String(execution.id));
			const run = new RunView(
				wf,
				execution,
				fixture.fake.requests.slice(before),
				String(execution.id),
			);
			keepOutput(label, run);
			checkRunBasics(run);
			assert.equal(
				run.output(trigger.name)[0].json.webhookId,
				JSON.parse(body).webhookId,
				'the execution is not the one for this delivery',
			);
			CASES[wf.id]?.(run, fixture);
		});

	const refused = async (
		name: string,
		body: string,
		headers: Record<string, string>,
		status: number,
	) =>
		report.check(`${label} ${name}`, async () => {
			const response = await post(body, headers);
			const text = await response.text();
			assert.equal(
				response.status,
				status,
				`expected ${status}, the webhook answered ${response.status}: ${text}`,
			);
			// Give n8n (and a worker) time to start something it should not.
			await delay(2000);
			const started = (await api.executions(wf.id)).filter((e) => !known.has(String(e.id)));
			assert.deepEqual(
				started.map((e) => e.id),
				[],
				'a refused delivery started an execution',
			);
		});

	const signed = delivery();
	const signature = sign(null, Buffer.from(signed), keys.ed25519).toString('base64');
	await accepted(
		`${wf.file}: a delivery signed with Ed25519 (X-GHL-Signature) runs the workflow`,
		signed,
		{ 'x-ghl-signature': signature },
	);

	const forger = generateKeyPairSync('ed25519').privateKey;
	const forged = delivery();
	await refused(
		`${wf.file}: a forged signature gets 401 and starts nothing`,
		forged,
		{ 'x-ghl-signature': sign(null, Buffer.from(forged), forger).toString('base64') },
		401,
	);
	const tampered = signed.replace('grace@example.com', 'mallory@example.com');
	await refused(
		`${wf.file}: a signed body altered in transit gets 401`,
		tampered,
		{ 'x-ghl-signature': signature },
		401,
	);
	await refused(
		`${wf.file}: the same delivery sent again gets 409 (replay)`,
		signed,
		{ 'x-ghl-signature': signature },
		409,
	);

	const legacy = delivery();
	await accepted(
		`${wf.file}: a delivery with only the legacy RSA signature (X-WH-Signature) runs the workflow`,
		legacy,
		{
			'x-wh-signature': sign('sha256', Buffer.from(legacy), keys.rsa).toString('base64'),
		},
	);
}
