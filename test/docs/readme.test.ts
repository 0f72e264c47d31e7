import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES } from '../../nodes/HighLevel/resources';
import { OPERATIONS, type OperationKey } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { LIST_CALLS } from '../../nodes/HighLevel/shared/lists';

/** README's table of resources and operations, made from the node's own resource table. */
export function operationsTable(): string {
	const rows = ['| Resource | Operation | What it does |', '| --- | --- | --- |'];
	for (const resource of RESOURCES) {
		for (const op of resource.operations) rows.push(`| ${resource.name} | ${op.name} | ${op.description} |`);
	}
	return rows.join('\n');
}

describe('README', () => {
	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

	it('lists every resource and operation the node has', () => {
		const table = operationsTable();
		if (!readme.includes(table)) {
			throw new Error(`README.md's operations table is out of date; replace it with:\n\n${table}\n`);
		}
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
		for (const scope of granted) expect(readme).toContain(scope);
	});
});

/** Every `module/operationId` an operation declares it calls, and those the dropdowns' lists call. */
function usedOperations(): OperationKey[] {
	const declared = RESOURCES.flatMap((resource) => resource.operations.flatMap((operation) => operation.calls));
	return [...new Set([...declared, ...LIST_CALLS])].sort();
}
