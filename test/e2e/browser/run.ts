/**
 * The editor in a real browser: Debian's headless Chromium, driven by playwright-core, uses n8n's
 * editor with this package installed (packed and installed as the community-node screen does).
 * It adds the HighLevel node to a new workflow, picks resources and operations, opens dropdowns
 * that n8n fills by calling the node's loadOptions methods through the demo credential against
 * the fake HighLevel, checks that they offer the fake's records, and saves the workflow.
 * Screenshots go to test/e2e/screenshots/. Run with `npm run test:browser` (needs
 * scripts/n8n/install.sh and `apt-get install chromium`; `-- --no-build` reuses dist/).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, selectors, type BrowserContext, type Page } from 'playwright-core';
import { FakeHighLevel } from '../../fake-highlevel';
import { createDemoData, DEMO_LOCATION_ID, DEMO_TOKEN } from '../../fake-highlevel/demo';
import { describeLocation } from '../../fake-highlevel/handlers/locations';
import { LOCAL, N8N_BIN, n8nCli, n8nEnv, ROOT, startMain } from '../lib/n8n';
import { assertPortFree, killAllNow, stopAll, type Service } from '../lib/processes';
import { Report } from '../lib/report';
import * as editor from './editor';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** n8n, the fake HighLevel and n8n's task broker; 5680-5689 belong to this check. */
const PORT_BASE = Number(process.env.BROWSER_PORT_BASE ?? 5680);
const PORTS = { n8n: PORT_BASE, fake: PORT_BASE + 1, broker: PORT_BASE + 2 };
const WORK = join(LOCAL, 'browser');
const USER_FOLDER = join(WORK, 'user');
const SHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
const TIME_LIMIT_MS = Number(process.env.BROWSER_TIME_LIMIT_MS ?? 280_000);
const CREDENTIAL = { id: 'hlBrowserDemo001', name: 'HighLevel demo (fake)' };
const OWNER = {
	email: 'browser@example.com',
	firstName: 'Browser',
	lastName: 'Check',
	password: 'Browser-check-password-1',
};
const PACKAGE_NODE = 'n8n-nodes-highlevel.highLevel';

const report = new Report();

const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

interface Property {
	name: string;
	displayName: string;
	type: string;
	required?: boolean;
	default?: unknown;
	typeOptions?: { loadOptionsMethod?: string };
	displayOptions?: { show?: Record<string, unknown[] | undefined> };
	options?: Array<{ name: string; value: unknown; action?: string }>;
}
interface Description {
	description: string;
	properties: Property[];
}

/** Builds (unless --no-build), packs and installs the package into a fresh n8n user folder. */
function installPackage(): string {
	if (!process.argv.includes('--no-build'))
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	rmSync(WORK, { recursive: true, force: true });
	const nodes = join(USER_FOLDER, '.n8n', 'nodes');
	mkdirSync(nodes, { recursive: true });
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', WORK], {
		cwd: ROOT,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop() as string;
	writeFileSync(join(nodes, 'package.json'), '{"name":"installed-nodes","private":true}');
	execFileSync(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'--legacy-peer-deps',
			join(WORK, tarball),
		],
		{
			cwd: nodes,
			env: n8nEnv(USER_FOLDER),
			stdio: 'inherit',
		},
	);
	return join(nodes, 'node_modules', 'n8n-nodes-highlevel');
}

/** The installed nodes' descriptions, so the steps follow what the build offers, not a copy. */
function describeInstalled(packageDir: string): { action: Description; trigger: Description } {
	const load = (file: string, exported: string) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const module = require(join(packageDir, 'dist', 'nodes', 'HighLevel', file)) as Record<
			string,
			new () => { description: Description }
		>;
		return new module[exported]().description;
	};
	return {
		action: load('HighLevel.node.js', 'HighLevel'),
		trigger: load('HighLevelTrigger.node.js', 'HighLevelTrigger'),
	};
}

/** A dropdown filled by `method`, shown for `resource` by one of its operations alone. */
interface Dropdown {
	resource: { value: string; name: string };
	operation: { value: string; name: string; action: string };
	parameter: { name: string; displayName: string };
}

function findDropdown(
	node: Description,
	resource: string,
	method: string,
	operation?: string,
): Dropdown | undefined {
	const resourceProperty = node.properties.find((p) => p.name === 'resource');
	const resourceOption = resourceProperty?.options?.find((o) => o.value === resource);
	if (!resourceOption) return undefined;
	const operations =
		node.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
		)?.options ?? [];
	for (const p of node.properties) {
		const show = p.displayOptions?.show ?? {};
		if (p.typeOptions?.loadOptionsMethod !== method || !show.resource?.includes(resource)) continue;
		if (Object.keys(show).some((key) => key !== 'resource' && key !== 'operation')) continue;
		const op = operations.find((o) =>
			operation ? o.value === operation : show.operation?.includes(o.value),
		);
		if (!op || !show.operation?.includes(op.value)) continue;
		return {
			resource: { value: resource, name: resourceOption.name },
			operation: { value: String(op.value), name: op.name, action: op.action ?? op.name },
			parameter: { name: p.name, displayName: p.displayName },
		};
	}
	return undefined;
}

const byName = (a: string, b: string) => a.localeCompare(b);

async function shot(page: Page, name: string): Promise<string> {
	const path = join(SHOTS, `browser-${name}.png`);
	await page.screenshot({ path, animations: 'disabled' });
	console.log(`      screenshot: ${path}`);
	return path;
}

async function main() {
	const started = Date.now();
	assert.ok(existsSync(N8N_BIN), 'n8n is not installed: run bash scripts/n8n/install.sh');
	assert.ok(
		existsSync(CHROMIUM),
		`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
	);
	for (const port of Object.values(PORTS)) {
		await assertPortFree(port).catch(() => {
			throw new Error(
				`port ${port} on 127.0.0.1 is in use; the browser check uses ${PORT_BASE}-${PORT_BASE + 2} (BROWSER_PORT_BASE moves them)`,
			);
		});
	}
	mkdirSync(SHOTS, { recursive: true });
	for (const old of readdirSync(SHOTS).filter((f) => f.startsWith('browser-')))
		rmSync(join(SHOTS, old));

	const packageDir = installPackage();
	const described = describeInstalled(packageDir);

	const fake = await FakeHighLevel.start({}, PORTS.fake);
	createDemoData(fake);
	const location = fake.location(DEMO_LOCATION_ID);
	const env = n8nEnv(USER_FOLDER, {
		N8N_PORT: String(PORTS.n8n),
		N8N_RUNNERS_BROKER_PORT: String(PORTS.broker),
	});
	const credentialsFile = join(WORK, 'credentials.json');
	writeFileSync(
		credentialsFile,
		JSON.stringify([
			{
				...CREDENTIAL,
				type: 'highLevelPrivateIntegrationApi',
				data: {
					token: DEMO_TOKEN,
					locationId: DEMO_LOCATION_ID,
					useCustomBaseUrl: true,
					baseUrl: fake.baseUrl,
				},
			},
		]),
	);
	await n8nCli(env, ['import:credentials', `--input=${credentialsFile}`]);
	let n8n: Service | undefined;
	let context: BrowserContext | undefined;
	const profile = mkdtempSync(join(WORK, 'chromium-profile-'));
	try {
		const main = await startMain('n8n (browser check)', env, join(WORK, 'n8n.log'));
		n8n = main.service;
		console.log(
			`n8n with the package on ${main.baseUrl}, fake HighLevel on ${fake.baseUrl} (${Math.round((Date.now() - started) / 1000)}s)`,
		);

		selectors.setTestIdAttribute('data-test-id');
		context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: CHROMIUM_FLAGS,
			viewport: { width: 1440, height: 900 },
			baseURL: main.baseUrl,
			timeout: 60_000,
		});
		// The owner n8n asks for on a first visit; the answer's cookie logs the browser in.
		const setup = await context.request.post('/rest/owner/setup', { data: OWNER });
		assert.equal(setup.status(), 200, `owner setup failed: ${await setup.text()}`);
		const page = context.pages()[0] ?? (await context.newPage());
		page.setDefaultTimeout(30_000);
		await runSteps(page, report, described, fake, location);
	} finally {
		await context?.close().catch(() => undefined);
		rmSync(profile, { recursive: true, force: true });
		await n8n?.stop();
		await fake.stop();
	}
	console.log(`\nbrowser: ${report.summary()} (${Math.round((Date.now() - started) / 1000)}s)`);
	return report.failed === 0;
}

async function runSteps(
	page: Page,
	report: Report,
	described: { action: Description; trigger: Description },
	fake: FakeHighLevel,
	location: ReturnType<FakeHighLevel['location']>,
): Promise<void> {
	const node = described.action;
	const users = findDropdown(node, 'contact', 'getUsers');
	const workflows = findDropdown(node, 'contact', 'getWorkflows');
	const pipelines = findDropdown(node, 'opportunity', 'getPipelines');
	const stages =
		pipelines && findDropdown(node, 'opportunity', 'getPipelineStages', pipelines.operation.value);
	assert.ok(
		users && workflows,
		'the node has no Contact operation with a users or workflows dropdown',
	);
	const steps: Array<[string, () => Promise<void>]> = [];
	let nodeName = '';
	/** Requests the fake had answered before the dropdown being checked could ask for options. */
	let seen = 0;

	steps.push([
		'the node creator offers the package’s HighLevel node and its actions',
		async () => {
			await page.goto('/workflow/new');
			await editor.addManualTrigger(page);
			await editor.searchNodes(page, 'HighLevel');
			// n8n lists its built-in HighLevel node too, and shows the package's node and trigger as one entry.
			const entry = editor.creatorEntry(page, [node.description, described.trigger.description]);
			await entry.waitFor();
			await shot(page, '01-node-creator');
			await entry.click();
			const actions = await editor.creatorActions(page, users.operation.action);
			await shot(page, '02-node-actions');
			assert.ok(actions.includes(users.operation.action), `actions listed: ${actions.join(', ')}`);
		},
	]);

	steps.push([
		`choosing “${users.operation.action}” adds the node with the demo credential, ${users.resource.name} and ${users.operation.name}`,
		async () => {
			seen = fake.requests.length;
			await editor.pickCreatorAction(page, users.operation.action);
			assert.equal(await editor.credentialShown(page), CREDENTIAL.name);
			assert.equal(await editor.parameterValue(page, 'resource'), users.resource.name);
			assert.equal(await editor.parameterValue(page, 'operation'), users.operation.name);
			nodeName = users.operation.action;
			await shot(page, '03-node-parameters');
			// n8n 2.41 asks for a new node's dropdown options before it fills in the credential,
			// so the first answer is "no credentials set" (its built-in HighLevel node too); options
			// load properly once the node opens with its credential, as after reopening it.
			await editor.closeNodeDetails(page);
			await editor.openNodeDetails(page, nodeName);
		},
	]);

	type Choice = { dropdown: Dropdown; id: string };
	let lastChoice: Choice | undefined;
	type Option = { name: string; id: string };
	/** Opens `dropdown` after picking its resource and operation; `expected` in the order shown. */
	const dropdownStep = (
		dropdown: Dropdown,
		expected: () => Option[],
		screenshot: string,
		choose = false,
	) => {
		steps.push([
			`${dropdown.resource.name} › ${dropdown.operation.name}: “${dropdown.parameter.displayName}” lists the fake HighLevel’s records`,
			async () => {
				await editor.chooseOption(page, 'resource', dropdown.resource.name);
				await editor.chooseOption(page, 'operation', dropdown.operation.name);
				const shown = await editor.openDropdown(page, dropdown.parameter.name);
				await shot(page, screenshot);
				assert.deepEqual(
					shown,
					expected().map((o) => o.name),
				);
				const asked = fake.requests.slice(seen);
				seen = fake.requests.length;
				assert.ok(asked.length > 0, 'the options did not come from the fake HighLevel');
				for (const request of asked) {
					assert.equal(
						request.headers.authorization,
						`Bearer ${DEMO_TOKEN}`,
						`${request.method} ${request.path} did not use the demo credential`,
					);
					assert.ok(
						request.status < 400,
						`${request.method} ${request.path} answered ${request.status}`,
					);
				}
				if (choose) {
					const option = expected()[0];
					await editor.clickOpenOption(page, option.name);
					lastChoice = { dropdown, id: option.id };
				}
				await editor.closeDropdown(page);
				nodeName = await editor.nodeTitle(page);
			},
		]);
	};

	type Named = { id: string; name: string };
	const sorted = (records: Iterable<unknown>) =>
		[...(records as Iterable<Named>)]
			.map(({ id, name }) => ({ id, name }))
			.sort((a, b) => byName(a.name, b.name));
	dropdownStep(users, () => sorted(location.users.values()), '04-contact-users', true);
	dropdownStep(workflows, () => sorted(location.workflows.values()), '05-contact-workflows', true);
	const pipelineRecords = [...location.collection('pipelines').values()] as Array<
		Named & { stages: Array<Named & { position: number }> }
	>;
	if (pipelines && pipelineRecords.length) {
		dropdownStep(pipelines, () => sorted(pipelineRecords), '06-opportunity-pipelines', true);
		if (stages) {
			// Stages follow the chosen pipeline, in HighLevel's order.
			const chosen = () =>
				pipelineRecords.find((p) => p.id === lastChoice?.id) ?? pipelineRecords[0];
			dropdownStep(
				stages,
				() =>
					[...chosen().stages]
						.sort((a, b) => a.position - b.position)
						.map(({ id, name }) => ({ id, name })),
				'07-opportunity-stages',
			);
		}
	} else {
		console.log(
			'  - no Opportunity resource with a pipelines dropdown in this build: pipelines not checked',
		);
	}

	const valueOf = (saved: Record<string, unknown>, name: string, resource?: string) =>
		saved[name] ??
		node.properties.find(
			(p) => p.name === name && (!resource || p.displayOptions?.show?.resource?.includes(resource)),
		)?.default;

	steps.push([
		'saving keeps the node, its credential and the value chosen in a dropdown',
		async () => {
			assert.ok(lastChoice, 'no dropdown value was chosen');
			const { dropdown, id: chosenId } = lastChoice;
			await editor.closeNodeDetails(page);
			await page.keyboard.press('Control+s');
			const workflowId = new URL(page.url()).pathname.split('/').pop();
			type SavedNode = {
				type: string;
				credentials?: Record<string, { id: string }>;
				parameters: Record<string, unknown>;
			};
			const chosenValue = (n?: SavedNode) => [n?.parameters[dropdown.parameter.name]].flat()[0];
			let saved: SavedNode | undefined;
			const deadline = Date.now() + 20_000;
			// n8n saves in the background; its REST API shows when the workflow has been stored.
			while (Date.now() < deadline && chosenValue(saved) !== chosenId) {
				const answer = await page.request.get(`/rest/workflows/${workflowId}`);
				if (answer.ok())
					saved = ((await answer.json()) as { data: { nodes: SavedNode[] } }).data.nodes.find(
						(n) => n.type === PACKAGE_NODE,
					);
				if (chosenValue(saved) !== chosenId) await page.waitForTimeout(250);
			}
			assert.ok(saved, `workflow ${workflowId} was not saved with a ${PACKAGE_NODE} node`);
			// n8n leaves out parameters that equal their default.
			assert.equal(valueOf(saved.parameters, 'resource'), dropdown.resource.value);
			assert.equal(
				valueOf(saved.parameters, 'operation', dropdown.resource.value),
				dropdown.operation.value,
			);
			assert.equal(chosenValue(saved), chosenId, `saved ${dropdown.parameter.name}`);
			assert.equal(saved.credentials?.highLevelPrivateIntegrationApi?.id, CREDENTIAL.id);
			await shot(page, '08-saved-workflow');
		},
	]);

	steps.push([
		'fields a user may leave empty show no warning',
		async () => {
			assert.ok(lastChoice);
			const { resource, operation } = lastChoice.dropdown;
			// n8n judges a dropdown's value once its options have loaded: wait for every list the form loads.
			const dropdowns = node.properties.filter((p) => {
				const show = p.displayOptions?.show ?? {};
				return (
					p.typeOptions?.loadOptionsMethod &&
					show.resource?.includes(resource.value) &&
					(!show.operation || show.operation.includes(operation.value)) &&
					Object.keys(show).every((key) => key === 'resource' || key === 'operation')
				);
			});
			const loads = editor.trackOptionLoads(page);
			try {
				await editor.openNodeDetails(page, nodeName);
				await loads.waitFor(dropdowns.length, 30_000);
			} finally {
				loads.stop();
			}
			await editor.settle(page);
			const flagged = await editor.parametersWithIssues(page);
			const required = (name: string) =>
				node.properties.some(
					(p) =>
						p.name === name &&
						p.required &&
						p.displayOptions?.show?.resource?.includes(resource.value) &&
						(!p.displayOptions.show.operation ||
							p.displayOptions.show.operation.includes(operation.value)),
				);
			const optional = flagged.filter((f) => !required(f.name));
			if (optional.length) await shot(page, '09-optional-field-warnings');
			assert.deepEqual(
				optional,
				[],
				`${resource.name} › ${operation.name} marks optional fields as wrong`,
			);
		},
	]);

	type Field = { id: string; name: string; fieldKey: string; dataType: string; model: string };
	const customFields = [...location.customFields.values()] as unknown as Field[];
	const contactFields = customFields.filter((f) => f.model === 'contact');
	// What each of HighLevel's field types shows as in the mapper.
	const INPUTS: Record<string, editor.MapperColumn['input']> = {
		TEXT: 'text',
		LARGE_TEXT: 'text',
		NUMERICAL: 'number',
		MONETORY: 'number',
		DATE: 'date',
		PHONE: 'text',
		EMAIL: 'text',
		SINGLE_OPTIONS: 'dropdown',
		RADIO: 'dropdown',
	};
	steps.push([
		'Contact › Create: Fields shows the standard fields and every contact custom field as typed columns',
		async () => {
			assert.ok(contactFields.length >= 5, 'the demo data has too few contact custom fields');
			await editor.chooseOption(page, 'resource', 'Contact');
			await editor.chooseOption(page, 'operation', 'Create');
			const shown = await editor.mapperColumns(page, [
				'firstName',
				...contactFields.map((f) => f.fieldKey),
			]);
			const byId = new Map(shown.map((c) => [c.id, c]));
			for (const field of contactFields) {
				const column = byId.get(field.fieldKey);
				assert.ok(column, `custom field ${field.fieldKey} is not a column`);
				assert.ok(column.label.includes(field.name), `label of ${field.fieldKey}: ${column.label}`);
				const expected =
					field.dataType === 'CHECKBOX' &&
					(field as unknown as { picklistOptions: string[] }).picklistOptions.length === 1
						? 'toggle'
						: INPUTS[field.dataType];
				if (expected)
					assert.equal(
						column.input,
						expected,
						`${field.fieldKey} (${field.dataType}) shows as ${column.input}`,
					);
			}
			assert.equal(byId.get('dnd')?.input, 'toggle');
			assert.ok(
				!shown.some((c) => c.id.startsWith('opportunity.')),
				'an opportunity field shows on a contact',
			);
			await editor.showMapperColumn(page, 'contact.plan');
			await shot(page, '10-contact-fields-mapper');
		},
	]);

	steps.push([
		'API Operation › Call: Parameters shows the picked operation’s parameters as typed columns',
		async () => {
			await editor.chooseOption(page, 'resource', 'API Operation');
			await editor.chooseOption(page, 'operation', 'Call');
			await editor.pickFromLocatorList(
				page,
				'apiOperation',
				'update opportunity status',
				'Opportunities › Update Opportunity Status (PUT /opportunities/{id}/status)',
			);
			const shown = await editor.mapperColumns(page, ['id', 'status']);
			const byId = new Map(shown.map((c) => [c.id, c]));
			assert.equal(byId.get('id')?.input, 'text');
			assert.equal(byId.get('status')?.input, 'dropdown');
			await shot(page, '11-api-operation-parameters');
		},
	]);

	steps.push([
		'Location ID › From List offers the demo credential’s own sub-account by name',
		async () => {
			seen = fake.requests.length;
			const name = String(describeLocation(location, {}).name);
			await editor.pickFromLocatorList(page, 'locationId', name.slice(0, 4), name);
			await shot(page, '12-location-picker');
			// The list asks when it opens and again for the search typed: each time the credential's
			// own sub-account, since a sub-account token cannot list its agency's.
			const asked = fake.requests.slice(seen);
			assert.ok(
				asked.some((r) => r.method === 'GET' && r.path === `/locations/${DEMO_LOCATION_ID}`),
				`the list did not read the demo sub-account: ${asked.map((r) => r.path).join(', ')}`,
			);
			for (const request of asked)
				assert.equal(request.headers.authorization, `Bearer ${DEMO_TOKEN}`);
			assert.equal(await editor.locatorValue(page, 'locationId'), name);
		},
	]);

	for (const [index, [name, run]] of steps.entries()) {
		const ok = await report.check(name, run);
		if (!ok) {
			await shot(page, 'failure').catch(() => undefined);
			const html = join(WORK, 'failure.html');
			writeFileSync(html, await page.content().catch((error: Error) => error.message));
			console.log(`      page at the failure: ${html}`);
			const skipped = steps.length - index - 1;
			if (skipped) {
				// Each step starts where the one before left the editor.
				report.failed += skipped;
				console.log(`  ✕ ${skipped} later step(s) not run`);
			}
			return;
		}
	}
}

const watchdog = setTimeout(() => {
	console.log(
		`  ✕ gave up after ${TIME_LIMIT_MS / 1000}s (BROWSER_TIME_LIMIT_MS)\n\nbrowser: ${report.passed} passed, ${report.failed + 1} failed`,
	);
	killAllNow();
	process.exit(1);
}, TIME_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		console.log(
			`\nbrowser: stopped by ${signal}\nbrowser: ${report.passed} passed, ${report.failed + 1} failed`,
		);
		killAllNow();
		process.exit(1);
	});
}

main()
	.then(async (ok) => {
		clearTimeout(watchdog);
		await stopAll();
		process.exit(ok ? 0 : 1);
	})
	.catch(async (error) => {
		console.error(error);
		console.log(`\nbrowser: ${report.passed} passed, ${report.failed + 1} failed`);
		await stopAll();
		killAllNow();
		process.exit(1);
	});
