import { generateKeyPairSync } from 'node:crypto';
import { parsePublicKey, verifySignature } from '../../nodes/HighLevel/webhook/verify';
import {
	HIGHLEVEL_ED25519_PUBLIC_KEY_PEM,
	HIGHLEVEL_RSA_PUBLIC_KEY_PEM,
} from '../../nodes/HighLevel/webhook/keys';
import { keyOptions, makeKeys, runLifecycle, signEd25519, signRsa, TriggerServer } from './harness';

const keys = makeKeys();
const other = makeKeys();

// A signed delivery carries its webhookId and timestamp (replay protection refuses one without).
const body = JSON.stringify({
	type: 'ContactCreate',
	locationId: 've9EPM428h8vShlRW1KT',
	id: 'nmFmQEsNgz6AVpgLVUJ0',
	email: 'john@example.com',
	webhookId: 'f1c2a3b4-0000-4000-8000-00000000000a',
	timestamp: new Date().toISOString(),
});

describe('HighLevel Trigger signature verification (through n8n-core WebhookContext)', () => {
	let server: TriggerServer;
	beforeEach(async () => {
		server = await new TriggerServer({ events: ['*'], options: keyOptions(keys) }).start();
	});
	afterEach(async () => server.stop());

	it('accepts a good Ed25519 signature and starts the workflow with one item', async () => {
		const delivery = await server.post(body, {
			'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
		});
		expect(delivery.status).toBe(200);
		expect(delivery.response).toEqual({ message: 'Workflow was started' });
		expect(delivery.items).toHaveLength(1);
		expect(delivery.items[0]).toMatchObject({
			...JSON.parse(body),
			event: 'ContactCreate',
			locationId: 've9EPM428h8vShlRW1KT',
		});
	});

	it('accepts a good RSA signature when there is no x-ghl-signature', async () => {
		const delivery = await server.post(body, {
			'x-wh-signature': signRsa(body, keys.rsa.privateKey),
		});
		expect(delivery.status).toBe(200);
		expect(delivery.items).toHaveLength(1);
	});

	it('does not fall back to RSA when the Ed25519 signature is bad', async () => {
		const delivery = await server.post(body, {
			'x-ghl-signature': signEd25519(body, other.ed25519.privateKey),
			'x-wh-signature': signRsa(body, keys.rsa.privateKey),
		});
		expect(delivery.status).toBe(401);
		expect(delivery.items).toEqual([]);
	});

	it.each([
		[
			'an Ed25519 signature from another key',
			() => ({ 'x-ghl-signature': signEd25519(body, other.ed25519.privateKey) }),
		],
		[
			'an RSA signature from another key',
			() => ({ 'x-wh-signature': signRsa(body, other.rsa.privateKey) }),
		],
		[
			'an Ed25519 signature of another body',
			() => ({
				'x-ghl-signature': signEd25519(body.replace('john', 'jane'), keys.ed25519.privateKey),
			}),
		],
		[
			'an RSA signature of another body',
			() => ({ 'x-wh-signature': signRsa(body.replace('john', 'jane'), keys.rsa.privateKey) }),
		],
		[
			'an RSA signature in the Ed25519 header',
			() => ({ 'x-ghl-signature': signRsa(body, keys.rsa.privateKey) }),
		],
		['a signature that is not base64', () => ({ 'x-ghl-signature': '%%%not-base64%%%' })],
		['an empty signature header', () => ({ 'x-ghl-signature': '' })],
		['a request without signature headers', () => ({})],
	])('refuses %s with 401 and starts nothing', async (_label, headers) => {
		const delivery = await server.post(body, headers());
		expect(delivery.status).toBe(401);
		expect(delivery.response).toEqual({ message: 'Missing or invalid HighLevel signature' });
		expect(delivery.result).toEqual({ noWebhookResponse: true });
		expect(delivery.items).toEqual([]);
	});

	it('refuses a body altered after signing', async () => {
		const signature = signEd25519(body, keys.ed25519.privateKey);
		const altered = body.replace('"ContactCreate"', '"ContactDelete"');
		const delivery = await server.post(altered, { 'x-ghl-signature': signature });
		expect(delivery.status).toBe(401);
		expect(delivery.items).toEqual([]);
	});

	it('verifies the raw bytes, so formatting that JSON.stringify would change still verifies', async () => {
		const spaced = `{\n  "locationId" : "loc\\u0041",\n  "type": "ContactCreate",\n  "webhookId" : "W-1", "timestamp": ${Date.now()}\n}\n`;
		const delivery = await server.post(spaced, {
			'x-ghl-signature': signEd25519(spaced, keys.ed25519.privateKey),
		});
		expect(delivery.status).toBe(200);
		expect(delivery.items[0]).toMatchObject({ locationId: 'locA', event: 'ContactCreate' });
	});

	it('uses HighLevel’s built-in keys when no override is set', async () => {
		const builtIn = await new TriggerServer({ events: ['*'] }).start();
		try {
			const delivery = await builtIn.post(body, {
				'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
				'x-wh-signature': signRsa(body, keys.rsa.privateKey),
			});
			expect(delivery.status).toBe(401);
		} finally {
			await builtIn.stop();
		}
	});

	it('accepts unsigned requests only with Skip Signature Verification on', async () => {
		const open = await new TriggerServer({
			events: ['*'],
			options: { skipSignatureVerification: true },
		}).start();
		try {
			const delivery = await open.post(body);
			expect(delivery.status).toBe(200);
			expect(delivery.items).toHaveLength(1);
		} finally {
			await open.stop();
		}
	});

	it('refuses a signed body that is not a JSON object with 400', async () => {
		const list = '[1,2,3]';
		const delivery = await server.post(list, {
			'x-ghl-signature': signEd25519(list, keys.ed25519.privateKey),
		});
		expect(delivery.status).toBe(400);
		expect(delivery.items).toEqual([]);
	});
});

describe('where the trigger finds the raw body', () => {
	it('loads it with n8n’s readRawBody() when the body was not read yet', async () => {
		const server = await new TriggerServer(
			{ events: ['*'], options: keyOptions(keys) },
			'lazy',
		).start();
		try {
			const delivery = await server.post(body, {
				'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
			});
			expect(delivery.status).toBe(200);
			expect(delivery.items).toHaveLength(1);
		} finally {
			await server.stop();
		}
	});

	it('falls back to compact JSON when the host kept no raw body', async () => {
		const server = await new TriggerServer(
			{ events: ['*'], options: keyOptions(keys) },
			'absent',
		).start();
		try {
			const compact = await server.post(body, {
				'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
			});
			expect(compact.status).toBe(200);
			// The limit of the fallback: bytes that differ from compact JSON cannot be verified.
			const pretty = JSON.stringify(JSON.parse(body), null, 2);
			const spaced = await server.post(pretty, {
				'x-ghl-signature': signEd25519(pretty, keys.ed25519.privateKey),
			});
			expect(spaced.status).toBe(401);
		} finally {
			await server.stop();
		}
	});
});

describe('key options', () => {
	it('reports an unusable key override as a node error without echoing the key, and answers 500', async () => {
		const server = await new TriggerServer({
			events: ['*'],
			options: { ed25519PublicKey: 'definitely-not-a-key-SECRETISH' },
		}).start();
		try {
			const delivery = await server.post(body, {
				'x-ghl-signature': signEd25519(body, keys.ed25519.privateKey),
			});
			expect(delivery.status).toBe(500);
			expect(delivery.error?.message).toBe(
				'The Ed25519 public key in the options cannot be used: it is not a PEM or base64 public key',
			);
			expect(JSON.stringify(delivery)).not.toContain('SECRETISH');
		} finally {
			await server.stop();
		}
	});

	it('fails activation (webhookMethods.create) on an RSA key pasted as the Ed25519 key', async () => {
		await expect(
			runLifecycle('create', { options: { ed25519PublicKey: keys.rsa.publicPem } }),
		).rejects.toThrow(
			'The Ed25519 public key in the options cannot be used: it is an RSA key, not an Ed25519 key',
		);
		await expect(runLifecycle('create', { options: keyOptions(keys) })).resolves.toBe(true);
		await expect(
			runLifecycle('create', { options: { skipSignatureVerification: true, rsaPublicKey: 'x' } }),
		).resolves.toBe(true);
	});

	it('registers nothing remotely: checkExists is false, delete succeeds', async () => {
		await expect(runLifecycle('checkExists', {})).resolves.toBe(false);
		await expect(runLifecycle('delete', {})).resolves.toBe(true);
	});

	it('reads PEM, PEM with escaped newlines, base64 SPKI and raw Ed25519 keys', () => {
		const pair = generateKeyPairSync('ed25519');
		const spki = pair.publicKey.export({ type: 'spki', format: 'der' });
		const message = Buffer.from('hello');
		const signature = { 'x-ghl-signature': signEd25519(message, pair.privateKey) };
		const inputs = [
			pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
			pair.publicKey.export({ type: 'spki', format: 'pem' }).toString().replace(/\n/g, '\\n'),
			spki.toString('base64'),
			spki.subarray(-32).toString('base64'),
		];
		for (const input of inputs) {
			const parsed = parsePublicKey(input, 'ed25519');
			expect(parsed.problem).toBeUndefined();
			const rsa = parsePublicKey(HIGHLEVEL_RSA_PUBLIC_KEY_PEM, 'rsa').key!;
			expect(verifySignature(message, signature, { ed25519: parsed.key!, rsa })).toEqual({
				valid: true,
				scheme: 'ed25519',
			});
		}
	});

	it('ships HighLevel’s keys as an Ed25519 key and a 4096-bit RSA key', () => {
		expect(parsePublicKey(HIGHLEVEL_ED25519_PUBLIC_KEY_PEM, 'ed25519').key?.asymmetricKeyType).toBe(
			'ed25519',
		);
		const rsa = parsePublicKey(HIGHLEVEL_RSA_PUBLIC_KEY_PEM, 'rsa').key!;
		expect(rsa.asymmetricKeyDetails?.modulusLength).toBe(4096);
	});
});
