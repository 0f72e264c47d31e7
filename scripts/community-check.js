#!/usr/bin/env node
/**
 * n8n's rules for community node packages, checked offline on what npm would publish: the
 * package is packed (`npm pack`), extracted, and its package.json and compiled code inspected,
 * plus the node source where a rule is about source (paired items).
 *
 * n8n's own gate, `npx @n8n/scan-community-package <name>`, only takes a package name: it
 * downloads the published tarball, requires npm provenance and fetches the attested source from
 * GitHub, so it cannot scan an unpublished tarball. Its analysis step, `analyzePackage(dir,
 * patterns)`, is exported and offline; this script runs it on the extracted tarball and on the
 * source, with the file patterns the CLI uses. The provenance step is left to publishing.
 * The scanner lints compiled code and honours no eslint-disable comment; the rules below check
 * what it cannot see (its import rule, for one, lets any devDependency through).
 *
 * Usage: node scripts/community-check.js [--build]   (packs the current dist/; --build first
 * runs `npm run build`). Prints "community: N passed, N failed"; exit code 1 on a failure.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
// Inside the project, so the extracted package finds n8n-workflow (n8n provides it at runtime).
const WORK = path.join(ROOT, '.n8n-local', 'community-check');
const PKG = path.join(WORK, 'package');

/** What n8n's no-restricted-imports rule lets community code import (n8n provides these). */
const ALLOWED_MODULES = [
	'n8n-workflow',
	'ai-node-sdk',
	'@n8n/ai-node-sdk',
	'lodash',
	'moment',
	'p-limit',
	'luxon',
	'zod',
	'crypto',
	'node:crypto',
];
/** Globals n8n's no-restricted-globals and no-console rules forbid, and ways around its helpers. */
const FORBIDDEN_GLOBALS = {
	process: 'process access',
	global: 'global object',
	globalThis: 'global object',
	__dirname: 'file system path',
	__filename: 'file system path',
	setTimeout: 'timer (use sleep from n8n-workflow)',
	setInterval: 'timer',
	setImmediate: 'timer',
	clearTimeout: 'timer',
	clearInterval: 'timer',
	clearImmediate: 'timer',
	console: 'console output',
	fetch: 'HTTP outside n8n’s helpers',
	XMLHttpRequest: 'HTTP outside n8n’s helpers',
	WebSocket: 'network outside n8n’s helpers',
	eval: 'code evaluation',
	Function: 'code evaluation',
};
const FORBIDDEN_LIFECYCLE = [
	'prepare',
	'preinstall',
	'install',
	'postinstall',
	'prepublish',
	'preprepare',
	'postprepare',
];
/** n8n-core helpers that are deprecated (request-based) and bypass its HTTP client. */
const DEPRECATED_HELPERS = [
	'request',
	'requestWithAuthentication',
	'requestOAuth1',
	'requestOAuth2',
];

let passed = 0;
let failed = 0;
async function check(name, fn) {
	try {
		const notes = await fn();
		passed++;
		console.log(`  ✓ ${name}`);
		for (const note of notes ?? []) console.log(`      ${note}`);
	} catch (error) {
		failed++;
		console.log(`  ✕ ${name}\n${String(error.message ?? error).replace(/^/gm, '      ')}`);
	}
}
function fail(problems) {
	if (problems.length) throw new Error(problems.join('\n'));
}

function packAndExtract() {
	if (process.argv.includes('--build'))
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	if (!fs.existsSync(path.join(ROOT, 'dist')))
		throw new Error('no dist/: run npm run build first (or pass --build)');
	fs.rmSync(WORK, { recursive: true, force: true });
	fs.mkdirSync(PKG, { recursive: true });
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', WORK], {
		cwd: ROOT,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	execFileSync('tar', ['-xzf', path.join(WORK, tarball), '-C', PKG, '--strip-components=1']);
	return tarball;
}

function filesUnder(dir, test) {
	const found = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...filesUnder(full, test));
		else if (test(full)) found.push(full);
	}
	return found;
}

function parse(file) {
	const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
	return ts.createSourceFile(
		file,
		fs.readFileSync(file, 'utf8'),
		ts.ScriptTarget.Latest,
		true,
		kind,
	);
}
function walk(node, visit) {
	visit(node);
	ts.forEachChild(node, (child) => walk(child, visit));
}
function where(source, node) {
	const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
	return `${path.relative(ROOT, source.fileName)}:${line + 1}`;
}
function stringArgument(call) {
	const [arg] = call.arguments;
	return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
		? arg.text
		: undefined;
}
/** `x.helpers.name(...)` / `this.helpers.name.call(...)`: the helper's name, else undefined. */
function helperCalled(call) {
	let callee = call.expression;
	if (ts.isPropertyAccessExpression(callee) && ['call', 'apply'].includes(callee.name.text))
		callee = callee.expression;
	if (!ts.isPropertyAccessExpression(callee)) return undefined;
	const owner = callee.expression;
	return ts.isPropertyAccessExpression(owner) && owner.name.text === 'helpers'
		? callee.name.text
		: undefined;
}
/** Names a file binds itself (variables, parameters, functions, classes, imports). */
function boundNames(source) {
	const names = new Set();
	const bind = (name) => {
		if (!name) return;
		if (ts.isIdentifier(name)) names.add(name.text);
		else if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name))
			name.elements.forEach((e) => !ts.isOmittedExpression(e) && bind(e.name));
	};
	walk(source, (node) => {
		if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node))
			bind(node.name);
		if (
			(ts.isFunctionDeclaration(node) ||
				ts.isFunctionExpression(node) ||
				ts.isClassDeclaration(node)) &&
			node.name
		)
			bind(node.name);
		if (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node))
			bind(node.name);
	});
	return names;
}
/** Whether an identifier is read as a variable (not a property name, key or label). */
function isReference(id) {
	const parent = id.parent;
	if (!parent) return true;
	if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && parent.name === id)
		return false;
	if (
		(ts.isPropertyAssignment(parent) ||
			ts.isPropertyDeclaration(parent) ||
			ts.isMethodDeclaration(parent) ||
			ts.isPropertySignature(parent)) &&
		parent.name === id
	)
		return false;
	if (
		(ts.isGetAccessor(parent) || ts.isSetAccessor(parent) || ts.isEnumMember(parent)) &&
		parent.name === id
	)
		return false;
	if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
	return true;
}
function moduleAllowed(name) {
	return (
		name.startsWith('./') ||
		name.startsWith('../') ||
		ALLOWED_MODULES.includes(
			name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0],
		)
	);
}

function loadExport(file) {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(file);
	const Class = Object.values(exported).find((value) => typeof value === 'function');
	if (!Class) throw new Error(`${path.relative(PKG, file)} exports no class`);
	return new Class();
}
function iconProblems(owner, icon, dir) {
	if (!icon) return [`${owner} has no icon`];
	const files = typeof icon === 'string' ? [icon] : [icon.light, icon.dark];
	const problems = [];
	if (typeof icon === 'object' && icon.light === icon.dark)
		problems.push(`${owner}: light and dark icons are the same file`);
	for (const file of files) {
		if (typeof file !== 'string' || !file.startsWith('file:')) {
			problems.push(`${owner}: icon ${JSON.stringify(file)} is not a file: icon`);
			continue;
		}
		const full = path.join(dir, file.slice('file:'.length));
		if (!fs.existsSync(full)) {
			problems.push(`${owner}: icon ${file} is not in the package (${path.relative(PKG, full)})`);
			continue;
		}
		const head = fs.readFileSync(full, 'utf8').slice(0, 512).trimStart();
		if (full.endsWith('.svg') && !/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(head))
			problems.push(`${owner}: ${file} is not an SVG`);
	}
	return problems;
}

async function main() {
	const started = Date.now();
	const tarball = packAndExtract();
	const pkg = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
	const distFiles = filesUnder(path.join(PKG, 'dist'), (f) => f.endsWith('.js'));
	console.log(`Checking ${tarball} (${distFiles.length} JavaScript files), offline\n`);

	await check('the package name follows n8n-nodes-… or @scope/n8n-nodes-…', () => {
		if (!/^(@[a-z0-9][a-z0-9._~-]*\/)?n8n-nodes-[a-z0-9][a-z0-9._~-]*$/.test(pkg.name ?? ''))
			throw new Error(`name is ${JSON.stringify(pkg.name)}`);
	});

	await check('keywords include n8n-community-node-package', () => {
		if (!(pkg.keywords ?? []).includes('n8n-community-node-package'))
			throw new Error(`keywords: ${JSON.stringify(pkg.keywords)}`);
	});

	await check(
		'package.json has what n8n asks of a published package (version, author, homepage, license, files)',
		() => {
			const problems = [];
			if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(pkg.version ?? ''))
				problems.push(`version ${JSON.stringify(pkg.version)}`);
			const author =
				typeof pkg.author === 'string'
					? {
							name: pkg.author.replace(/<.*$/, '').trim(),
							email: (/<([^>]+)>/.exec(pkg.author) ?? [])[1],
						}
					: (pkg.author ?? {});
			if (!author.name?.trim() || !author.email?.trim())
				problems.push('author needs a name and an email');
			if (!pkg.homepage) problems.push('no homepage');
			if (!pkg.license) problems.push('no license');
			if (!Array.isArray(pkg.files) || !pkg.files.length) problems.push('no files array');
			fail(problems);
		},
	);

	await check(
		'the n8n section lists every node and credential, and each listed file is in the tarball',
		() => {
			const problems = [];
			const n8n = pkg.n8n ?? {};
			if (n8n.n8nNodesApiVersion !== 1)
				problems.push(`n8n.n8nNodesApiVersion is ${JSON.stringify(n8n.n8nNodesApiVersion)}, not 1`);
			if (!Array.isArray(n8n.nodes) || !n8n.nodes.length) problems.push('n8n.nodes lists no node');
			const listed = [...(n8n.nodes ?? []), ...(n8n.credentials ?? [])];
			for (const file of listed)
				if (!fs.existsSync(path.join(PKG, file)))
					problems.push(`${file} is listed but not in the tarball`);
			const shipped = distFiles
				.filter((f) => /\.(node|credentials)\.js$/.test(f))
				.map((f) => path.relative(PKG, f));
			for (const file of shipped)
				if (!listed.includes(file))
					problems.push(`${file} is shipped but not listed, so n8n never loads it`);
			fail(problems);
			return [`${n8n.nodes.length} node(s), ${(n8n.credentials ?? []).length} credential(s)`];
		},
	);

	await check(
		'no runtime dependencies, n8n-workflow as the only peer, no overrides or install scripts',
		() => {
			const problems = [];
			for (const field of [
				'dependencies',
				'optionalDependencies',
				'bundleDependencies',
				'bundledDependencies',
			]) {
				const value = pkg[field];
				if (value && (Array.isArray(value) ? value.length : Object.keys(value).length))
					problems.push(`${field}: ${JSON.stringify(value)} (n8n Cloud installs no dependency)`);
			}
			const peers = pkg.peerDependencies ?? {};
			if (peers['n8n-workflow'] !== '*')
				problems.push(
					`peerDependencies["n8n-workflow"] must be "*", is ${JSON.stringify(peers['n8n-workflow'])}`,
				);
			for (const name of Object.keys(peers))
				if (!['n8n-workflow', '@n8n/ai-node-sdk'].includes(name))
					problems.push(`peer dependency ${name} is not allowed`);
			if (pkg.overrides) problems.push('an overrides field');
			for (const script of FORBIDDEN_LIFECYCLE)
				if (pkg.scripts?.[script])
					problems.push(`lifecycle script "${script}" runs at install time`);
			fail(problems);
		},
	);

	await check(
		'compiled code imports only n8n-workflow and crypto, and uses no Node or browser global around n8n (http, fs, child_process, fetch, console, timers, process)',
		() => {
			const problems = [];
			const imported = new Set();
			for (const file of distFiles) {
				const source = parse(file);
				const bound = boundNames(source);
				walk(source, (node) => {
					if (
						ts.isCallExpression(node) &&
						((ts.isIdentifier(node.expression) && node.expression.text === 'require') ||
							node.expression.kind === ts.SyntaxKind.ImportKeyword)
					) {
						const name = stringArgument(node);
						if (name === undefined)
							problems.push(`${where(source, node)}: require/import of a computed module`);
						else if (!moduleAllowed(name))
							problems.push(`${where(source, node)}: imports "${name}"`);
						else if (!name.startsWith('.')) imported.add(name);
					}
					if (
						ts.isImportDeclaration(node) &&
						ts.isStringLiteral(node.moduleSpecifier) &&
						!moduleAllowed(node.moduleSpecifier.text)
					) {
						problems.push(`${where(source, node)}: imports "${node.moduleSpecifier.text}"`);
					}
					if (
						ts.isIdentifier(node) &&
						Object.hasOwn(FORBIDDEN_GLOBALS, node.text) &&
						!bound.has(node.text) &&
						isReference(node)
					) {
						problems.push(`${where(source, node)}: ${node.text} (${FORBIDDEN_GLOBALS[node.text]})`);
					}
				});
			}
			fail(problems);
			return [
				`modules used besides the package's own: ${[...imported].sort().join(', ') || 'none'}`,
			];
		},
	);

	await check(
		'HTTP goes through n8n’s helpers (httpRequestWithAuthentication; no deprecated request helpers; no manual auth beside getCredentials)',
		() => {
			const problems = [];
			const uses = {};
			for (const file of distFiles) {
				const source = parse(file);
				walk(source, (node) => {
					if (!ts.isCallExpression(node)) return;
					const helper = helperCalled(node);
					if (!helper || !/^(http)?[rR]equest/.test(helper)) return;
					uses[helper] = (uses[helper] ?? 0) + 1;
					if (DEPRECATED_HELPERS.includes(helper))
						problems.push(
							`${where(source, node)}: helpers.${helper} is deprecated; use httpRequestWithAuthentication`,
						);
					if (helper === 'httpRequest') {
						// n8n's no-http-request-with-manual-auth: a function that reads credentials must let n8n authenticate.
						let fn = node.parent;
						while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
						let readsCredentials = false;
						if (fn)
							walk(
								fn,
								(inner) =>
									(readsCredentials ||=
										ts.isCallExpression(inner) &&
										ts.isPropertyAccessExpression(inner.expression) &&
										inner.expression.name.text === 'getCredentials'),
							);
						if (readsCredentials)
							problems.push(
								`${where(source, node)}: helpers.httpRequest in a function that reads credentials; use httpRequestWithAuthentication`,
							);
					}
				});
			}
			if (!uses.httpRequestWithAuthentication)
				problems.push(
					'no call of helpers.httpRequestWithAuthentication: requests are not authenticated by n8n',
				);
			fail(problems);
			return [
				`helper calls: ${Object.entries(uses)
					.map(([name, count]) => `${name} ×${count}`)
					.join(', ')}`,
			];
		},
	);

	const nodes = (pkg.n8n?.nodes ?? []).map((file) => ({
		file,
		instance: loadExport(path.join(PKG, file)),
	}));
	const credentials = (pkg.n8n?.credentials ?? []).map((file) => ({
		file,
		instance: loadExport(path.join(PKG, file)),
	}));

	await check(
		'every node and credential has its icon file in the tarball (light and dark differ)',
		() => {
			const problems = [];
			for (const { file, instance } of nodes)
				problems.push(
					...iconProblems(
						instance.description.displayName,
						instance.description.icon,
						path.dirname(path.join(PKG, file)),
					),
				);
			for (const { file, instance } of credentials)
				problems.push(
					...iconProblems(instance.displayName, instance.icon, path.dirname(path.join(PKG, file))),
				);
			fail(problems);
		},
	);

	await check(
		'every credential can be tested (a test request, or n8n’s OAuth2 flow) and authenticates through n8n',
		() => {
			const problems = [];
			const names = new Set(credentials.map(({ instance }) => instance.name));
			const testedBy = new Set(
				nodes.flatMap(({ instance }) =>
					(instance.description.credentials ?? []).filter((c) => c.testedBy).map((c) => c.name),
				),
			);
			for (const { instance } of credentials) {
				const oauth2 = (instance.extends ?? []).includes('oAuth2Api');
				if (!oauth2 && !instance.test?.request && !testedBy.has(instance.name))
					problems.push(`${instance.name} has no test`);
				if (!oauth2 && !instance.authenticate)
					problems.push(
						`${instance.name} has no authenticate, so httpRequestWithAuthentication cannot sign requests`,
					);
			}
			for (const { instance } of nodes) {
				for (const ref of instance.description.credentials ?? [])
					if (!names.has(ref.name))
						problems.push(
							`${instance.description.displayName} uses credential ${ref.name}, which the package does not ship`,
						);
			}
			fail(problems);
		},
	);

	await check('action nodes are usable as AI tools; trigger nodes are not', () => {
		const problems = [];
		for (const { instance } of nodes) {
			const d = instance.description;
			const trigger = (d.group ?? []).includes('trigger') || /Trigger$/.test(d.name);
			if (trigger && d.usableAsTool)
				problems.push(`${d.displayName} is a trigger but sets usableAsTool`);
			if (!trigger && d.usableAsTool !== true)
				problems.push(`${d.displayName} does not set usableAsTool: true`);
		}
		fail(problems);
	});

	await check(
		'every output item is built with pairedItem (source of the action node and its router)',
		() => {
			const problems = [];
			const actionFiles = filesUnder(
				path.join(ROOT, 'nodes'),
				(f) =>
					f.endsWith('.ts') &&
					!/Trigger\.node\.ts$/.test(f) &&
					!f.includes(`${path.sep}webhook${path.sep}`),
			);
			let outputs = 0;
			for (const file of actionFiles) {
				const source = parse(file);
				walk(source, (node) => {
					if (!ts.isObjectLiteralExpression(node)) return;
					const json = node.properties.find(
						(p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'json',
					);
					// `json: true` is an HTTP option, not an item.
					if (
						!json ||
						(ts.isPropertyAssignment(json) &&
							[ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword].includes(
								json.initializer.kind,
							))
					)
						return;
					outputs++;
					const paired = node.properties.some(
						(p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'pairedItem',
					);
					if (!paired) problems.push(`${where(source, node)}: an item without pairedItem`);
				});
			}
			// The node must hand every run to the router, whose items were just checked.
			const nodeSource = fs.readFileSync(
				path.join(ROOT, 'nodes', 'HighLevel', 'HighLevel.node.ts'),
				'utf8',
			);
			if (
				!/async execute\([^)]*\)[^{]*\{\s*return await route\.call\(this\);\s*\}/.test(nodeSource)
			)
				problems.push('HighLevel.node.ts execute() does not just return route.call(this)');
			if (!outputs)
				problems.push(
					'found no output item in the node source: the check looked in the wrong place',
				);
			fail(problems);
			return [
				`${outputs} item construction(s) in ${path.relative(ROOT, path.join(ROOT, 'nodes'))}/ (triggers excluded: a webhook's items have no input item)`,
			];
		},
	);

	await check(
		'n8n’s scanner (@n8n/scan-community-package, its analysis step) passes on the tarball and the source',
		async () => {
			// The scanner makes a temporary folder when loaded; keep it in ours, which each run wipes.
			const tmpdir = process.env.TMPDIR;
			process.env.TMPDIR = path.join(WORK, 'tmp');
			fs.mkdirSync(process.env.TMPDIR, { recursive: true });
			const scanner = await import(
				require.resolve('@n8n/scan-community-package/scanner/scanner.mjs')
			).finally(() => {
				if (tmpdir === undefined) delete process.env.TMPDIR;
				else process.env.TMPDIR = tmpdir;
			});
			const dist = await scanner.analyzePackage(PKG, ['**/*.js', 'package.json']);
			const source = await scanner.analyzePackage(ROOT, scanner.SOURCE_FILE_PATTERNS);
			const problems = [];
			if (!dist.passed) problems.push(`tarball: ${dist.message}\n${dist.details ?? ''}`);
			if (!source.passed)
				problems.push(
					`source (eslint-disable comments do not count): ${source.message}\n${source.details ?? ''}`,
				);
			fail(problems);
			const version = JSON.parse(
				fs.readFileSync(require.resolve('@n8n/scan-community-package/package.json'), 'utf8'),
			).version;
			return [
				`scanner ${version}; its provenance check needs a package published with npm provenance and is not run here`,
			];
		},
	);

	console.log(
		`\ncommunity: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`,
	);
	return failed === 0;
}

main()
	.then((ok) => process.exit(ok ? 0 : 1))
	.catch((error) => {
		console.error(error);
		console.log(`\ncommunity: ${passed} passed, ${failed + 1} failed`);
		process.exit(1);
	});
