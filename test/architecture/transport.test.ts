import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const NODE_DIR = resolve(__dirname, '../../nodes/HighLevel');
const TRANSPORT = join(NODE_DIR, 'transport');

/** The ways an n8n context reads a node's parameters. */
const PARAMETER_READS =
	/\b(getNodeParameter|getCurrentNodeParameters?|evaluateExpression)\b|\.parameters\b/;

function localImports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const specifiers = [
		...source.matchAll(
			/\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)|\brequire\(\s*'(\.[^']+)'\s*\)/g,
		),
	].map((match) => match[1] ?? match[2] ?? match[3]);
	return specifiers.map((specifier) => {
		const base = resolve(dirname(file), specifier);
		const found = [`${base}.ts`, join(base, 'index.ts'), base].find(
			(candidate) => existsSync(candidate) && candidate.endsWith('.ts'),
		);
		if (!found) throw new Error(`${relative(NODE_DIR, file)} imports ${specifier}, not found`);
		return found;
	});
}

/** Every module transport/ loads, itself included, following relative imports. */
function transportModules(): string[] {
	const seen = new Set<string>();
	const queue = readdirSync(TRANSPORT)
		.filter((name) => name.endsWith('.ts'))
		.map((name) => join(TRANSPORT, name));
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...localImports(file));
	}
	return [...seen].sort();
}

describe('transport/ (the one way to talk to HighLevel)', () => {
	it('reads no node parameter, and loads no module that does', () => {
		const modules = transportModules();
		expect(modules.map((file) => relative(NODE_DIR, file))).toContain('transport/connection.ts');
		const readers = modules
			.filter((file) => PARAMETER_READS.test(readFileSync(file, 'utf8')))
			.map((file) => relative(NODE_DIR, file));
		expect(readers).toEqual([]);
	});

	it('loads nothing from the node, router, resources or methods layers', () => {
		const upward = transportModules()
			.map((file) => relative(NODE_DIR, file))
			.filter((file) => !/^(transport|apiSpec|shared\/errors\.ts)/.test(file));
		expect(upward).toEqual([]);
	});
});
