import { createPublicKey, verify, type KeyObject } from 'crypto';

/** Header carrying the current Ed25519 signature. */
export const ED25519_SIGNATURE_HEADER = 'x-ghl-signature';
/** Header carrying the legacy RSA-SHA256 signature (HighLevel plans to stop sending it in July 2026). */
export const RSA_SIGNATURE_HEADER = 'x-wh-signature';

export type SignatureScheme = 'ed25519' | 'rsa';

export type VerificationResult =
	| { valid: true; scheme: SignatureScheme }
	| { valid: false; scheme?: SignatureScheme; reason: 'missing' | 'malformed' | 'mismatch' };

export interface VerificationKeys {
	ed25519: KeyObject;
	rsa: KeyObject;
}

export type HeaderBag = Record<string, string | string[] | undefined>;

// DER prefix of an Ed25519 SubjectPublicKeyInfo; followed by the 32 raw key bytes.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function headerValue(headers: HeaderBag, name: string): string | undefined {
	const value = headers[name];
	const first = Array.isArray(value) ? value[0] : value;
	const trimmed = typeof first === 'string' ? first.trim() : '';
	return trimmed === '' ? undefined : trimmed;
}

function decodeSignature(value: string): Buffer | undefined {
	if (!BASE64.test(value)) return undefined;
	const bytes = Buffer.from(value, 'base64');
	return bytes.length === 0 ? undefined : bytes;
}

function checks(scheme: SignatureScheme, body: Buffer, key: KeyObject, signature: Buffer): boolean {
	try {
		// Ed25519 hashes internally (algorithm null); the legacy header is RSA PKCS#1 v1.5 over SHA-256,
		// which is what crypto.verify does for an RSA key unless told to use PSS.
		return verify(scheme === 'ed25519' ? null : 'sha256', body, key, signature);
	} catch {
		// A signature of the wrong length for the key makes OpenSSL throw instead of returning false.
		return false;
	}
}

/**
 * Checks HighLevel's signature over the exact bytes received. When the Ed25519 header is present it
 * decides alone (as in HighLevel's own SDK): a bad Ed25519 signature is not rescued by an RSA one, so
 * the legacy scheme only serves deliveries that carry no Ed25519 header at all.
 */
export function verifySignature(
	body: Buffer,
	headers: HeaderBag,
	keys: VerificationKeys,
): VerificationResult {
	const ed25519Header = headerValue(headers, ED25519_SIGNATURE_HEADER);
	if (ed25519Header !== undefined) {
		const signature = decodeSignature(ed25519Header);
		if (!signature) return { valid: false, scheme: 'ed25519', reason: 'malformed' };
		return checks('ed25519', body, keys.ed25519, signature)
			? { valid: true, scheme: 'ed25519' }
			: { valid: false, scheme: 'ed25519', reason: 'mismatch' };
	}
	const rsaHeader = headerValue(headers, RSA_SIGNATURE_HEADER);
	if (rsaHeader !== undefined) {
		const signature = decodeSignature(rsaHeader);
		if (!signature) return { valid: false, scheme: 'rsa', reason: 'malformed' };
		return checks('rsa', body, keys.rsa, signature)
			? { valid: true, scheme: 'rsa' }
			: { valid: false, scheme: 'rsa', reason: 'mismatch' };
	}
	return { valid: false, reason: 'missing' };
}

export type ParsedKey =
	{ key: KeyObject; problem?: undefined } | { key?: undefined; problem: string };

/**
 * Reads a public key pasted by a user: PEM (also with literal `\n` escapes, as keys often arrive from
 * environment variables), bare base64 of the DER SubjectPublicKeyInfo, or for Ed25519 the bare base64
 * of the 32 raw key bytes. A problem is described without echoing the input.
 */
export function parsePublicKey(text: string, scheme: SignatureScheme): ParsedKey {
	const input = text.trim().replace(/\\n/g, '\n');
	let key: KeyObject;
	try {
		if (input.includes('-----BEGIN')) {
			key = createPublicKey(input);
		} else {
			const compact = input.replace(/\s+/g, '');
			let der = Buffer.from(BASE64.test(compact) ? compact : '', 'base64');
			if (scheme === 'ed25519' && der.length === 32)
				der = Buffer.concat([ED25519_SPKI_PREFIX, der]);
			key = createPublicKey({ key: der, format: 'der', type: 'spki' });
		}
	} catch {
		return { problem: 'it is not a PEM or base64 public key' };
	}
	if (key.asymmetricKeyType !== scheme) {
		const label = (type?: string) =>
			type === 'ed25519' ? 'Ed25519' : (type ?? 'unknown').toUpperCase();
		return { problem: `it is an ${label(key.asymmetricKeyType)} key, not an ${label(scheme)} key` };
	}
	return { key };
}
