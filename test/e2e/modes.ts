/**
 * The three ways the suite runs the workflows in a real n8n:
 * - execute: `n8n execute --id` per workflow, in the CLI's own process;
 * - main: `n8n start` (regular mode); workflows start from production webhooks, the HighLevel
 *   Trigger gets signed deliveries, the polling trigger polls every minute;
 * - queue: Redis, `n8n start` and `n8n worker` (EXECUTIONS_MODE=queue); the main process receives the
 *   webhooks and hands the executions to the worker, which must be the one that ran them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './cases';
import { startFixture, type Fixture } from './fixture';
import {
	E2E_DIR,
	n8nCli,
	n8nEnv,
	ownerApiKey,
	PORTS,
	PublicApi,
	startMain,
	startWorker,
} from './lib/n8n';
import { freshUserFolder } from './lib/package';
import { assertPortFree, startService, stopAll, waitFor } from './lib/processes';
import type { Report } from './lib/report';
import { checkRunBasics, keepOutput, parseRawOutput, RunView } from './lib/runs';
import {
	asWebhookWorkflow,
	loadWorkflows,
	webhookPathOf,
	type WorkflowFile,
} from './lib/workflows';
import { checkPollingWorkflow } from './polling';
import { checkTriggerWorkflow, type SigningKeys } from './trigger';

export type Mode = 'execute' | 'main' | 'queue';
export const MODES: Mode[] = ['execute', 'main', 'queue'];

interface ModeContext {
	report: Report;
	keys: SigningKeys;
}

/** The workflow files with this mode's IDs filled in; unusable files count as failed checks. */
async function workflowsFor(
	label: string,
	{ report, keys }: ModeContext,
	fixture: Fixture,
): Promise<WorkflowFile[]> {
	const { workflows, problems } = loadWorkflows({ ...keys.placeholders, ...fixture.placeholders });
	for (const problem of problems) {
		await report.check(`${label} ${problem.split(':')[0]} can run`, () => {
			throw new Error(problem);
		});
	}
	return workflows;
}

/** Imports the fixture's credentials and the given workflows into the user folder's database. */
async function importAll(
	env: NodeJS.ProcessEnv,
	folder: string,
	fixture: Fixture,
	workflows: WorkflowFile['workflow'][],
): Promise<void> {
	const credentialsFile = join(folder, 'e2e-credentials.json');
	writeFileSync(credentialsFile, JSON.stringify(fixture.credentials));
	await n8nCli(env, ['import:credentials', `--input=${credentialsFile}`]);
	const dir = join(folder, 'e2e-workflows');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir);
	for (const wf of workflows) writeFileSync(join(dir, `${wf.id}.json`), JSON.stringify(wf));
	await n8nCli(env, ['import:workflow', '--separate', `--input=${dir}`]);
}

/** Tokens and secrets must stay in n8n's credential store: not in logs, not in execution data. */
async function checkNoSecrets(
	report: Report,
	label: string,
	fixture: Fixture,
	texts: Record<string, string>,
): Promise<void> {
	await report.check(`${label} no token or secret appears in n8n's logs or execution data`, () => {
		const leaks = Object.entries(texts).flatMap(([where, text]) =>
			fixture.secrets
				.filter((secret) => text.includes(secret))
				.map((secret) => `${secret.slice(0, 6)}… in ${where}`),
		);
		assert.deepEqual(leaks, []);
	});
}

async function checkRun(
	report: Report,
	name: string,
	fixture: Fixture,
	wf: WorkflowFile,
	produce: () => Promise<RunView>,
): Promise<void> {
	await report.check(name, async () => {
		const run = await produce();
		keepOutput(name.split(' ')[0], run);
		checkRunBasics(run);
		CASES[wf.id]?.(run, fixture);
	});
}

export async function runExecuteMode(context: ModeContext): Promise<void> {
	const { report } = context;
	const folder = freshUserFolder('execute');
	const env = n8nEnv(folder);
	const fixture = await startFixture();
	try {
		const workflows = await workflowsFor('[execute]', context, fixture);
		await importAll(
			env,
			folder,
			fixture,
			workflows.map((wf) => wf.workflow),
		);
		const printed: Record<string, string> = {};
		for (const wf of workflows.filter((w) => w.kind === 'manual')) {
			await checkRun(report, `[execute] ${wf.file}: ${wf.name}`, fixture, wf, async () => {
				const before = fixture.fake.requests.length;
				const stdout = await n8nCli(env, ['execute', `--id=${wf.id}`, '--rawOutput']);
				printed[`n8n execute of ${wf.file}`] = stdout;
				return new RunView(wf, parseRawOutput(stdout), fixture.fake.requests.slice(before));
			});
		}
		await checkNoSecrets(report, '[execute]', fixture, printed);
	} finally {
		await fixture.fake.stop();
	}
}

export async function runServerMode(mode: 'main' | 'queue', context: ModeContext): Promise<void> {
	const { report, keys } = context;
	const label = `[${mode}]`;
	const folder = freshUserFolder(mode);
	const logs = join(E2E_DIR, 'logs');
	mkdirSync(logs, { recursive: true });
	const queue: Record<string, string> =
		mode === 'queue'
			? {
					EXECUTIONS_MODE: 'queue',
					QUEUE_BULL_REDIS_HOST: '127.0.0.1',
					QUEUE_BULL_REDIS_PORT: String(PORTS.redis),
					QUEUE_HEALTH_CHECK_ACTIVE: 'false',
					QUEUE_HEALTH_CHECK_PORT: String(PORTS.workerHealth),
				}
			: {};
	const env = n8nEnv(folder, {
		N8N_PORT: String(PORTS.main),
		N8N_RUNNERS_BROKER_PORT: String(PORTS.mainBroker),
		...queue,
	});
	const fixture = await startFixture();
	const executionIds: string[] = [];
	try {
		const workflows = await workflowsFor(label, context, fixture);
		for (const port of mode === 'queue'
			? [PORTS.main, PORTS.mainBroker, PORTS.redis, PORTS.workerBroker]
			: [PORTS.main, PORTS.mainBroker]) {
			await assertPortFree(port);
		}
		await importAll(
			env,
			folder,
			fixture,
			workflows.map((wf) => (wf.kind === 'manual' ? asWebhookWorkflow(wf) : wf.workflow)),
		);
		if (mode === 'queue') {
			const redis = startService(
				'redis',
				redisServer(),
				['--bind', '127.0.0.1', '--port', String(PORTS.redis), '--save', '', '--appendonly', 'no'],
				{
					env: process.env,
					logFile: join(logs, 'redis.log'),
				},
			);
			await waitFor(
				'Redis to accept connections',
				() => redis.output().includes('Ready to accept connections'),
				30_000,
				redis,
			);
		}
		const { service: main, baseUrl } = await startMain(
			`n8n main (${mode})`,
			env,
			join(logs, `${mode}-main.log`),
		);
		const worker =
			mode === 'queue'
				? await startWorker(
						'n8n worker',
						n8nEnv(folder, { ...queue, N8N_RUNNERS_BROKER_PORT: String(PORTS.workerBroker) }),
						join(logs, 'queue-worker.log'),
					)
				: undefined;
		const api = new PublicApi(baseUrl, await ownerApiKey(baseUrl));

		const inactive = new Set<string>();
		await report.check(
			`${label} every e2e workflow activates (production webhooks registered)`,
			async () => {
				const problems: string[] = [];
				for (const wf of workflows) {
					await api.activate(wf.id).catch((e: Error) => {
						inactive.add(wf.id);
						problems.push(`${wf.file}: ${e.message}`);
					});
				}
				assert.deepEqual(problems, []);
			},
		);
		const live = workflows.filter((wf) => !inactive.has(wf.id));

		for (const wf of live.filter((w) => w.kind === 'manual')) {
			await checkRun(report, `${label} ${wf.file}: ${wf.name}`, fixture, wf, async () => {
				const known = new Set((await api.executions(wf.id)).map((e) => String(e.id)));
				const before = fixture.fake.requests.length;
				const response = await fetch(`${baseUrl}/webhook/${webhookPathOf(wf)}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{}',
				});
				assert.equal(
					response.status,
					200,
					`starting the workflow by webhook answered ${response.status}: ${await response.text()}`,
				);
				const execution = await api.nextFinishedExecution(wf.id, known);
				executionIds.push(String(execution.id));
				return new RunView(
					wf,
					execution,
					fixture.fake.requests.slice(before),
					String(execution.id),
				);
			});
		}
		for (const wf of live.filter((w) => w.kind === 'highLevelTrigger')) {
			await checkTriggerWorkflow(wf, { label, baseUrl, api, fixture, report, keys, executionIds });
		}
		for (const wf of live.filter((w) => w.kind === 'pollingTrigger')) {
			await checkPollingWorkflow(wf, { label, api, fixture, report, executionIds });
		}

		const executionData: Record<string, string> = {};
		for (const id of executionIds)
			executionData[`execution ${id}`] = JSON.stringify(await api.execution(id));
		await checkNoSecrets(report, label, fixture, {
			...executionData,
			[`${mode}-main.log`]: main.output(),
			...(worker ? { 'queue-worker.log': worker.output() } : {}),
		});

		if (worker) {
			await report.check(
				`${label} the worker ran every execution, the main process only enqueued them`,
				() => {
					assert.ok(executionIds.length > 0, 'no executions to check');
					const notByWorker = executionIds.filter(
						(id) => !new RegExp(`Worker finished execution ${id}\\b`).test(worker.output()),
					);
					assert.deepEqual(
						notByWorker,
						[],
						`executions the worker did not run (see ${join(logs, 'queue-worker.log')})`,
					);
					const notEnqueued = executionIds.filter(
						(id) => !new RegExp(`Enqueued execution ${id}\\b`).test(main.output()),
					);
					assert.deepEqual(
						notEnqueued,
						[],
						`executions the main process did not hand to the queue (see ${join(logs, 'queue-main.log')})`,
					);
				},
			);
		}
	} finally {
		await stopAll();
		await fixture.fake.stop();
	}
}

function redisServer(): string {
	try {
		return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
	} catch {
		throw new Error(
			'queue mode needs redis-server (Debian: apt-get install redis-server); scripts/ci-e2e.sh installs it',
		);
	}
}
