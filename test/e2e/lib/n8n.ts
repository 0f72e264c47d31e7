/**
 * The pinned n8n installed by scripts/n8n/install.sh: its CLI, its server and worker processes,
 * owner setup and an API key for n8n's public REST API.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { killGroup, startService, trackCliGroup, waitFor, type Service } from './processes';

function projectRoot(): string {
	let dir = __dirname;
	while (!existsSync(join(dir, 'openapi')) || !existsSync(join(dir, 'package.json')))
		dir = dirname(dir);
	return dir;
}

export const ROOT = projectRoot();
/**
 * Where scripts/n8n/install.sh put n8n and the Node.js it runs on (bin/node). N8N_LOCAL_DIR points
 * elsewhere to test another n8n version; it must lie inside the project (see package.ts).
 */
export const LOCAL = process.env.N8N_LOCAL_DIR
	? resolve(process.env.N8N_LOCAL_DIR)
	: join(ROOT, '.n8n-local');
export const E2E_DIR = join(LOCAL, 'e2e');
const RUNTIME_BIN = join(LOCAL, 'bin');
export const N8N_BIN = join(LOCAL, 'n8n', 'node_modules', '.bin', 'n8n');

/** Ports of this suite: 5690-5699 unless E2E_PORT_BASE moves them (another n8n may use 5678/5679). */
const BASE = Number(process.env.E2E_PORT_BASE ?? 5690);
export const PORTS = {
	main: BASE,
	mainBroker: BASE + 1,
	workerBroker: BASE + 2,
	redis: BASE + 3,
	cliBroker: BASE + 4,
	workerHealth: BASE + 5,
};

export function n8nEnv(userFolder: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${RUNTIME_BIN}:${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(PORTS.cliBroker),
		DB_TYPE: 'sqlite',
		N8N_LOG_LEVEL: 'info',
		...extra,
	};
}

/**
 * Runs an n8n command without blocking this process, whose fake HighLevel must keep answering. Like
 * the services, it leads its own process group (n8n starts task runners), killed when it ends or hangs.
 */
export function n8nCli(
	env: NodeJS.ProcessEnv,
	args: string[],
	timeoutMs = 300_000,
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(N8N_BIN, args, { env, detached: true });
		trackCliGroup(child.pid);
		let stdout = '';
		let stderr = '';
		const timer = setTimeout(() => {
			stderr += `\n(killed after ${timeoutMs / 1000}s)`;
			killGroup(child.pid);
		}, timeoutMs);
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (code) => {
			clearTimeout(timer);
			killGroup(child.pid);
			if (code === 0) resolve(stdout);
			else
				reject(
					new Error(
						`n8n ${args.join(' ')} failed (${code}):\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`,
					),
				);
		});
	});
}

/** `n8n start` on loopback; resolves once the editor and webhooks answer. */
export async function startMain(
	name: string,
	env: NodeJS.ProcessEnv,
	logFile: string,
): Promise<{ service: Service; baseUrl: string }> {
	const port = Number(env.N8N_PORT);
	const service = startService(name, N8N_BIN, ['start'], { env, logFile });
	await waitFor(
		`${name} to accept requests`,
		() => service.output().includes('Editor is now accessible'),
		120_000,
		service,
	);
	const baseUrl = `http://127.0.0.1:${port}`;
	await waitFor(
		`${name} readiness`,
		async () => (await fetch(`${baseUrl}/healthz/readiness`).catch(() => undefined))?.ok,
		60_000,
		service,
	);
	return { service, baseUrl };
}

export async function startWorker(
	name: string,
	env: NodeJS.ProcessEnv,
	logFile: string,
): Promise<Service> {
	const service = startService(name, N8N_BIN, ['worker', '--concurrency=2'], { env, logFile });
	await waitFor(
		`${name} to be ready`,
		() => service.output().includes('worker is now ready'),
		120_000,
		service,
	);
	return service;
}

/** Makes the instance's owner (what a first visit to the editor asks for) and an API key. */
export async function ownerApiKey(baseUrl: string): Promise<string> {
	const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			email: 'e2e@example.com',
			firstName: 'End',
			lastName: 'ToEnd',
			password: 'E2e-suite-password-1',
		}),
	});
	if (!setup.ok) throw new Error(`owner setup failed: ${setup.status} ${await setup.text()}`);
	const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
	const created = await fetch(`${baseUrl}/rest/api-keys`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify({
			label: 'e2e',
			scopes: [
				'workflow:read',
				'workflow:list',
				'workflow:activate',
				'workflow:deactivate',
				'execution:read',
				'execution:list',
			],
			expiresAt: null,
		}),
	});
	if (!created.ok)
		throw new Error(`API key creation failed: ${created.status} ${await created.text()}`);
	const body = (await created.json()) as { data: { rawApiKey: string } };
	return body.data.rawApiKey;
}

export interface Execution {
	id: string;
	/** Missing from n8n 1.x's list of executions. */
	status?: string;
	workflowId: string;
	finished: boolean;
	data?: { resultData?: { runData?: Record<string, unknown>; error?: { message?: string } } };
}

/** n8n's public REST API (/api/v1), authenticated with an API key. */
export class PublicApi {
	constructor(
		private readonly baseUrl: string,
		private readonly apiKey: string,
	) {}

	async request<T>(method: string, path: string): Promise<T> {
		const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.apiKey, accept: 'application/json' },
		});
		const text = await response.text();
		if (!response.ok)
			throw new Error(`${method} /api/v1${path} answered ${response.status}: ${text}`);
		return JSON.parse(text) as T;
	}

	activate(workflowId: string): Promise<unknown> {
		return this.request('POST', `/workflows/${workflowId}/activate`);
	}

	async executions(workflowId: string): Promise<Execution[]> {
		const page = await this.request<{ data: Execution[] }>(
			'GET',
			`/executions?workflowId=${workflowId}&limit=250`,
		);
		return page.data;
	}

	execution(id: string): Promise<Execution> {
		return this.request('GET', `/executions/${id}?includeData=true`);
	}

	/**
	 * The first execution of the workflow not in `known`, once it is complete: a final status and
	 * its run data (or the error that ended it) saved. n8n 1.x saves the status before the data, so
	 * a finished status alone can come with an empty run.
	 */
	async nextFinishedExecution(
		workflowId: string,
		known: Set<string>,
		timeoutMs = 60_000,
	): Promise<Execution> {
		let last: Execution | undefined;
		return await waitFor(
			`an execution of workflow ${workflowId} to finish with its run data saved`,
			async () => {
				// n8n 1.x lists executions without their status: only the execution itself says.
				const summary = (await this.executions(workflowId)).find(
					(e) => !known.has(String(e.id)) && !unfinished(e.status),
				);
				if (!summary) return undefined;
				last = await this.execution(String(summary.id));
				return isComplete(last) ? last : undefined;
			},
			timeoutMs,
		).catch((error: Error) => {
			if (!last) throw error;
			const { id, status, data } = last;
			const saved = Object.keys(data?.resultData?.runData ?? {});
			throw new Error(
				`${error.message} (execution ${id} last read with status ${status}, run data of ${saved.length} nodes)`,
			);
		});
	}
}

function unfinished(status: string | undefined): boolean {
	return ['new', 'running', 'waiting'].includes(status ?? '');
}

/** A final status, and the run data or the error it ended with. */
function isComplete(execution: Execution): boolean {
	const result = execution.data?.resultData;
	return (
		execution.status !== undefined &&
		!unfinished(execution.status) &&
		(Object.keys(result?.runData ?? {}).length > 0 || result?.error !== undefined)
	);
}
