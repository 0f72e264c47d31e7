/**
 * Processes of the suite (n8n main, worker, Redis, n8n CLI commands). Each runs in a process group of
 * its own, so stopping it also stops what it spawned (n8n's task runners); their group ids are listed
 * in a file that scripts/ci-e2e.sh reads to clean up if this process dies before it could.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, createWriteStream, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';

export interface Service {
	name: string;
	child: ChildProcess;
	/** Everything the process printed so far (stdout and stderr). */
	output(): string;
	stop(): Promise<void>;
}

const running = new Set<Service>();
let pidFile: string | undefined;

/** Where to list group ids for scripts/ci-e2e.sh's cleanup. */
export function usePidFile(path: string): void {
	pidFile = path;
	writeFileSync(path, '');
}

export function startService(
	name: string,
	command: string,
	args: string[],
	options: { env: NodeJS.ProcessEnv; cwd?: string; logFile: string },
): Service {
	const child = spawn(command, args, {
		env: options.env,
		cwd: options.cwd,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const log = createWriteStream(options.logFile);
	let text = '';
	const collect = (chunk: Buffer) => {
		text += chunk.toString();
		log.write(chunk);
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	trackGroup(child.pid);
	const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
	const service: Service = {
		name,
		child,
		output: () => text,
		async stop() {
			running.delete(service);
			if (child.exitCode === null && child.signalCode === null) {
				signalGroup(child, 'SIGTERM');
				let timer: NodeJS.Timeout | undefined;
				const timedOut = await Promise.race([
					exited.then(() => false),
					new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 20_000))),
				]);
				clearTimeout(timer);
				if (timedOut) signalGroup(child, 'SIGKILL');
			}
			// The task runners n8n started live in the same group and may outlast it.
			signalGroup(child, 'SIGKILL');
			log.end();
		},
	};
	running.add(service);
	return service;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (!child.pid) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

/** Lists a process group for the cleanup of last resort (killAllNow, scripts/ci-e2e.sh). */
export function trackGroup(pid: number | undefined): void {
	if (pidFile && pid) appendFileSync(pidFile, `${pid}\n`);
}

const cliGroups = new Set<number>();

/** A short-lived command's group, killed on exit if it is still there. */
export function trackCliGroup(pid: number | undefined): void {
	trackGroup(pid);
	if (pid) cliGroups.add(pid);
}

export function killGroup(pid: number | undefined): void {
	if (!pid) return;
	cliGroups.delete(pid);
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}

/** Stops everything still running; for the end of a mode and for crashes. */
export async function stopAll(): Promise<void> {
	await Promise.all([...running].reverse().map((s) => s.stop()));
}

/** Last resort on exit: no waiting possible, so kill outright. */
export function killAllNow(): void {
	for (const service of running) signalGroup(service.child, 'SIGKILL');
	running.clear();
	for (const pid of cliGroups) killGroup(pid);
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `predicate` holds, polling; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
	what: string,
	predicate: () => Promise<T | undefined> | T | undefined,
	timeoutMs: number,
	service?: Service,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (service && service.child.exitCode !== null) {
			throw new Error(
				`${service.name} exited (${service.child.exitCode}) while waiting for ${what}:\n${tail(service.output())}`,
			);
		}
		const value = await predicate();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > deadline)
			throw new Error(
				`timed out after ${timeoutMs / 1000}s waiting for ${what}${service ? `:\n${tail(service.output())}` : ''}`,
			);
		await delay(250);
	}
}

export function tail(text: string, lines = 40): string {
	return text.split('\n').slice(-lines).join('\n');
}

/** Fails early and clearly when someone else holds one of our ports. */
export async function assertPortFree(port: number): Promise<void> {
	const inUse = await new Promise<boolean>((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
	if (inUse)
		throw new Error(
			`port ${port} on 127.0.0.1 is in use; the e2e suite needs ports 5690-5699 (set E2E_PORT_BASE to move them)`,
		);
}
