import type {
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { loadApiOperations } from '../../apiSpec/apiSpec';
import { OPERATIONS, type OperationKey } from '../../apiSpec/operations.generated';
import type { HighLevelOperation } from '../../apiSpec/types';

/** `social-media-posting` → `Social Media Posting`, as HighLevel's API reference titles its modules. */
function moduleTitle(module: string): string {
	return module
		.split('-')
		.map((word) =>
			word === 'ai' || word === 'api' || word === 'isv'
				? word.toUpperCase()
				: word.charAt(0).toUpperCase() + word.slice(1),
		)
		.join(' ');
}

/**
 * The API Operation dropdown: "Module › Summary (METHOD /path)" for every operation of the specs,
 * filtered by each word of the search in the label or the `module/operationId`.
 */
export async function searchApiOperations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const specs = await loadApiOperations();
	const words = (filter ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const results: INodeListSearchItems[] = [];
	for (const [key, spec] of Object.entries(specs)) {
		const op: HighLevelOperation | undefined = OPERATIONS[key as OperationKey];
		if (!op) continue;
		const module = key.slice(0, key.indexOf('/'));
		const name = `${moduleTitle(module)} › ${spec.s} (${op.method} ${op.path})${op.deprecated ? ' (deprecated)' : ''}`;
		const haystack = `${name} ${key}`.toLowerCase();
		if (words.every((word) => haystack.includes(word))) results.push({ name, value: key });
	}
	results.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}
