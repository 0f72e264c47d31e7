/**
 * This package as users get it: built, packed with npm, and installed into an n8n user folder the
 * way Settings > Community Nodes installs it (a package under .n8n/nodes).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR, LOCAL, n8nEnv, ROOT } from './n8n';

const INSTALLED = join(E2E_DIR, 'installed-nodes');

/** Builds and packs the package and installs the tarball once; each mode copies the result. */
export function buildAndInstallPackage(): string {
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	rmSync(join(LOCAL, 'e2e-pack'), { recursive: true, force: true });
	mkdirSync(join(LOCAL, 'e2e-pack'), { recursive: true });
	const tarball = execFileSync(
		'npm',
		['pack', '--silent', '--pack-destination', join(LOCAL, 'e2e-pack')],
		{ cwd: ROOT, encoding: 'utf8' },
	)
		.trim()
		.split('\n')
		.pop() as string;
	rmSync(INSTALLED, { recursive: true, force: true });
	mkdirSync(INSTALLED, { recursive: true });
	writeFileSync(join(INSTALLED, 'package.json'), '{"name":"installed-nodes","private":true}');
	// n8n-workflow is a peer that n8n itself provides; without --legacy-peer-deps npm would install it.
	execFileSync(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'--legacy-peer-deps',
			join(LOCAL, 'e2e-pack', tarball),
		],
		{
			cwd: INSTALLED,
			env: n8nEnv(INSTALLED),
			stdio: 'inherit',
		},
	);
	return tarball;
}

/** A fresh n8n user folder with the installed package. */
export function freshUserFolder(name: string): string {
	const folder = join(E2E_DIR, name);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(join(folder, '.n8n'), { recursive: true });
	cpSync(INSTALLED, join(folder, '.n8n', 'nodes'), { recursive: true });
	return folder;
}

interface NodeDescription {
	properties: Array<{ name: string; default?: unknown; options?: Array<{ value: unknown }> }>;
}

/** The resources the installed HighLevel node offers, read from the packed build itself. */
export function installedResources(): { values: string[]; defaultValue: string } {
	const modulePath = join(
		INSTALLED,
		'node_modules',
		'n8n-nodes-highlevel',
		'dist',
		'nodes',
		'HighLevel',
		'HighLevel.node.js',
	);
	// The installed copy has no n8n-workflow (n8n provides it); Node finds the project's, as
	// .n8n-local lies inside the project.
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { HighLevel } = require(modulePath) as {
			HighLevel: new () => { description: NodeDescription };
		};
		const resource = new HighLevel().description.properties.find((p) => p.name === 'resource');
		if (!resource?.options)
			throw new Error(`the installed HighLevel node has no resource parameter (${modulePath})`);
		return {
			values: resource.options.map((o) => String(o.value)),
			defaultValue: String(resource.default),
		};
	} catch (error) {
		throw new Error(
			`cannot read the resources of the installed HighLevel node: ${(error as Error).message}`,
		);
	}
}
