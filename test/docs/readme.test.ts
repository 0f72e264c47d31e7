import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES } from '../../nodes/HighLevel/resources';
import { OPERATIONS, type OperationKey } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { LIST_CALLS } from '../../nodes/HighLevel/shared/lists';

/** docs/operations.md's table of resources and operations, made from the node's own resource table. */
export function operationsTable(): string {
	const rows = ['| Resource | Operation | What it does |', '| --- | --- | --- |'];
	for (const resource of RESOURCES) {
		for (const op of resource.operations)
			rows.push(`| ${resource.name} | ${op.name} | ${op.description} |`);
	}
	return rows.join('\n');
}

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('README and docs/', () => {
	it('lists every resource and operation the node has', () => {
		const table = operationsTable();
		if (!read('docs/operations.md').includes(table)) {
			throw new Error(
				`docs/operations.md's operations table is out of date; replace it with:\n\n${table}\n`,
			);
		}
	});

	it('links only to files that exist', () => {
		for (const doc of [
			'README.md',
			...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`),
		]) {
			for (const [, target] of read(doc).matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)) {
				const exists =
					statSync(join(ROOT, doc, '..', target), { throwIfNoEntry: false }) !== undefined;
				expect({ doc, target, exists }).toEqual({ doc, target, exists: true });
			}
		}
	});

	it('sends n8n users from the nodes and credentials to this package’s docs, to headings that exist', async () => {
		const { HighLevelAppOAuth2Api } =
			await import('../../credentials/HighLevelAppOAuth2Api.credentials');
		const { HighLevelPrivateIntegrationApi } =
			await import('../../credentials/HighLevelPrivateIntegrationApi.credentials');
		const repository = (
			JSON.parse(read('package.json')) as { repository: { url: string } }
		).repository.url
			.replace(/^git\+/, '')
			.replace(/\.git$/, '');
		const docsUrl = `${repository}/blob/main/`;
		const codexUrls = ['HighLevel', 'HighLevelTrigger', 'HighLevelPollingTrigger'].flatMap(
			(node) => {
				const codex = JSON.parse(read(`nodes/HighLevel/${node}.node.json`)) as {
					resources: Record<string, Array<{ url: string }>>;
				};
				expect(codex.resources.primaryDocumentation[0].url.startsWith(docsUrl)).toBe(true);
				return Object.values(codex.resources).flatMap((links) => links.map((link) => link.url));
			},
		);
		const urls = [
			new HighLevelAppOAuth2Api().documentationUrl,
			new HighLevelPrivateIntegrationApi().documentationUrl,
			...codexUrls,
		];
		for (const url of urls.filter((u) => u.startsWith(docsUrl))) {
			const [file, anchor] = url.slice(docsUrl.length).split('#');
			const headings = read(file)
				.split('\n')
				.filter((line) => line.startsWith('#'))
				.map((line) => githubSlug(line.replace(/^#+\s*/, '')));
			expect({ url, exists: anchor === undefined || headings.includes(anchor) }).toEqual({
				url,
				exists: true,
			});
		}
		expect(urls.filter((u) => u.startsWith(docsUrl)).length).toBeGreaterThanOrEqual(4);
	});

	it('grants, by default, a scope for every HighLevel operation the node calls', async () => {
		const { DEFAULT_SCOPES } = await import('../../credentials/HighLevelAppOAuth2Api.credentials');
		const granted = new Set(DEFAULT_SCOPES.split(' '));
		const used = usedOperations();
		expect(used.length).toBeGreaterThan(20);
		const missing = used.filter((key) => {
			const scopes = OPERATIONS[key].scopes as readonly string[];
			return scopes.length > 0 && !scopes.some((s) => granted.has(s));
		});
		expect(missing).toEqual([]);
		const credentials = read('docs/credentials.md');
		for (const scope of granted) expect(credentials).toContain(scope);
	});
});

/** The anchor GitHub gives a Markdown heading. */
function githubSlug(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Every `module/operationId` an operation declares it calls, and those the dropdowns' lists call. */
function usedOperations(): OperationKey[] {
	const declared = RESOURCES.flatMap((resource) =>
		resource.operations.flatMap((operation) => operation.calls),
	);
	return [...new Set([...declared, ...LIST_CALLS])].sort();
}
