// HighLevel's published webhook signing keys. They are public keys (safe to ship); HighLevel
// announces rotations by email, so the trigger's options let users paste a newer key without
// waiting for a release of this package.

/**
 * Ed25519 key for the `x-ghl-signature` header (SubjectPublicKeyInfo, PEM). Quoted from HighLevel's
 * Webhook Integration Guide and ProviderOutboundMessage page via several independent integrations;
 * see the research notes, section 6.3.
 */
export const HIGHLEVEL_ED25519_PUBLIC_KEY_PEM = [
	'-----BEGIN PUBLIC KEY-----',
	'MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=',
	'-----END PUBLIC KEY-----',
].join('\n');

/** RSA-4096 key for the legacy `x-wh-signature` header, from openapi/oauth-docs/WebhookAuthentication.md. */
export const HIGHLEVEL_RSA_PUBLIC_KEY_PEM = [
	'-----BEGIN PUBLIC KEY-----',
	'MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC',
	'Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6',
	'dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB',
	'csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv',
	'uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF',
	'3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU',
	'J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp',
	'IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN',
	'h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC',
	'HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ',
	'PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk',
	'T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==',
	'-----END PUBLIC KEY-----',
].join('\n');
