/**
 * End-to-end: this package packed, installed into a real n8n as the community-node screen installs
 * it, and every workflow in test/e2e/workflows/ run against the fake HighLevel (which runs in this
 * process, so its records and requests can be checked) in each mode of modes.ts.
 *
 *   npm run test:e2e                      all modes (execute, main, queue)
 *   npm run test:e2e -- --mode=execute    one or more modes, comma-separated
 *
 * Needs scripts/n8n/install.sh to have run, and redis-server for the queue mode.
 * Ends with "e2e: N passed, N failed" and writes the counts to .n8n-local/e2e/summary.json.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODES, runExecuteMode, runServerMode, type Mode } from './modes';
import { E2E_DIR, n8nCli, n8nEnv, N8N_BIN } from './lib/n8n';
import { buildAndInstallPackage, installedResources } from './lib/package';
import { killAllNow, stopAll, usePidFile } from './lib/processes';
import { Report } from './lib/report';
import { loadWorkflows, resourcesUsed } from './lib/workflows';
import { makeSigningKeys } from './trigger';

function selectedModes(): Mode[] {
	const arg =
		process.argv.find((a) => a.startsWith('--mode='))?.slice('--mode='.length) ??
		process.env.E2E_MODES;
	if (!arg) return MODES;
	const modes = arg.split(',').map((m) => m.trim());
	const unknown = modes.filter((m) => !MODES.includes(m as Mode));
	if (unknown.length)
		throw new Error(`unknown mode ${unknown.join(', ')}; modes: ${MODES.join(', ')}`);
	return modes as Mode[];
}

const report = new Report();

async function main(): Promise<void> {
	const modes = selectedModes();
	assert.ok(existsSync(N8N_BIN), 'n8n is not installed: run bash scripts/n8n/install.sh');
	mkdirSync(E2E_DIR, { recursive: true });
	usePidFile(join(E2E_DIR, 'pids'));
	console.log(
		`n8n ${(await n8nCli(n8nEnv(E2E_DIR), ['--version'])).trim()}; modes: ${modes.join(', ')}`,
	);

	const tarball = buildAndInstallPackage();
	console.log(`installed ${tarball}`);
	const keys = makeSigningKeys();
	const { workflows } = loadWorkflows();

	await report.check('every resource of the built package is used by an e2e workflow', () => {
		const { values, defaultValue } = installedResources();
		const used = resourcesUsed(workflows, defaultValue);
		const missing = values.filter((r) => !used.has(r));
		const unknown = [...used.keys()].filter((r) => !values.includes(r));
		assert.deepEqual(
			{ missing, unknown },
			{ missing: [], unknown: [] },
			`${missing.length ? `resources without an e2e workflow: ${missing.join(', ')} (add test/e2e/workflows/<resource>.json). ` : ''}` +
				`${unknown.length ? `workflows use resources the package lacks: ${unknown.map((r) => `${r} (${used.get(r)?.join(', ')})`).join('; ')}` : ''}`,
		);
	});

	await report.check('the e2e workflows use both credentials and the HighLevel Trigger', () => {
		const credentialTypes = new Set(
			workflows.flatMap((wf) =>
				wf.workflow.nodes.flatMap((n) => Object.keys((n.credentials as object) ?? {})),
			),
		);
		const lacking = [
			credentialTypes.has('highLevelPrivateIntegrationApi')
				? ''
				: 'the Private Integration Token credential',
			credentialTypes.has('highLevelAppOAuth2Api') ? '' : 'the OAuth2 credential',
			workflows.some((wf) => wf.kind === 'highLevelTrigger') ? '' : 'the HighLevel Trigger',
		].filter(Boolean);
		assert.deepEqual(lacking, [], `no e2e workflow uses ${lacking.join(', ')}`);
	});

	for (const mode of modes) {
		console.log(`\n== ${mode} mode`);
		const started = Date.now();
		try {
			if (mode === 'execute') await runExecuteMode({ report, keys });
			else await runServerMode(mode, { report, keys });
		} catch (error) {
			await report.check(`[${mode}] mode ran to the end`, () => {
				throw error;
			});
		}
		console.log(`   (${mode} mode: ${Math.round((Date.now() - started) / 1000)} s)`);
	}
}

function finish(code: number): never {
	killAllNow();
	mkdirSync(E2E_DIR, { recursive: true });
	writeFileSync(
		join(E2E_DIR, 'summary.json'),
		JSON.stringify({ passed: report.passed, failed: report.failed, failures: report.failures }),
	);
	console.log(`\ne2e: ${report.summary()}`);
	process.exit(code);
}

process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));

main()
	.then(async () => {
		await stopAll();
		finish(report.failed ? 1 : 0);
	})
	.catch(async (error: Error) => {
		await report.check('the suite ran to the end', () => {
			throw error;
		});
		await stopAll();
		finish(1);
	});
