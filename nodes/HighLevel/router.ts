import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { NodeApiError } from 'n8n-workflow';
import { checkDeclaredParameters } from './shared/declared';
import { isNodeError } from './shared/errors';
import { findOperation, RESOURCES } from './resources';
import type { ExecutionCache } from './shared/types';

export const DEFAULT_CONCURRENCY = 5;

export const settingsParameter: INodeProperties = {
	// Shown as n8n's own nodes name such collections; `settings` stays the name workflows store.
	displayName: 'Options',
	name: 'settings',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Items at Once',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: DEFAULT_CONCURRENCY,
			description:
				'How many items are worked on at the same time. Requests are paced to HighLevel’s rate limit either way; use 1 to send items strictly one after the other.',
		},
	],
};

type ItemOutcome = { items: INodeExecutionData[] } | { error: DescribedError };

function toItems(result: IDataObject | IDataObject[], itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

/**
 * Runs every input item through its operation, several at a time, and outputs the results in
 * input order. Under Continue On Fail a failed item yields exactly one error item paired with
 * it. Otherwise no further item starts after a failure, the items already under way finish,
 * and the first failure (by input order) stops the node.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const cache: ExecutionCache = new Map();
	const settings = this.getNodeParameter('settings', 0, {}) as IDataObject;
	const concurrency = Math.max(1, Math.min(20, Math.floor(Number(settings.concurrency ?? DEFAULT_CONCURRENCY)) || 1));
	const continueOnFail = this.continueOnFail();
	const outcomes: ItemOutcome[] = new Array(items.length);
	let next = 0;
	let stopped = false;

	const worker = async () => {
		while (!stopped && next < items.length) {
			const itemIndex = next++;
			outcomes[itemIndex] = await runItem(this, itemIndex, cache);
			if ('error' in outcomes[itemIndex] && !continueOnFail) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < outcomes.length; itemIndex++) {
		const outcome = outcomes[itemIndex];
		if (!outcome) continue; // never started because an earlier item failed
		if ('items' in outcome) {
			output.push(...outcome.items);
			continue;
		}
		if (!continueOnFail) throw outcome.error;
		output.push({
			json: {
				error: outcome.error.message,
				...(outcome.error.description ? { details: outcome.error.description } : {}),
			},
			pairedItem: { item: itemIndex },
		});
	}
	return [output];
}

async function runItem(ctx: IExecuteFunctions, itemIndex: number, cache: ExecutionCache): Promise<ItemOutcome> {
	let resource = '';
	let operation = '';
	try {
		resource = ctx.getNodeParameter('resource', itemIndex) as string;
		operation = ctx.getNodeParameter('operation', itemIndex) as string;
		const definition = findOperation(resource, operation);
		if (!definition) {
			throw new NodeOperationError(ctx.getNode(), `Unknown operation ${resource}/${operation}`, { itemIndex });
		}
		// The router checks the item's values against the types its operation declares, then the
		// operation checks what they mean and sends: nothing of a wrong type reaches HighLevel.
		checkDeclaredParameters(ctx, itemIndex, definition.properties);
		return { items: toItems(await definition.execute.call(ctx, itemIndex, cache), itemIndex) };
	} catch (error) {
		const resourceDefinition = RESOURCES.find((r) => r.value === resource);
		const operationName = resourceDefinition?.operations.find((o) => o.value === operation)?.name ?? operation;
		return { error: labelError(ctx, error as Error, `${resourceDefinition?.name ?? resource} › ${operationName}`, itemIndex) };
	}
}

type DescribedError = (NodeOperationError | NodeApiError) & { description?: string | null };

/** Prefixes the error with the operation it came from, so a user sees what failed where. */
function labelError(ctx: IExecuteFunctions, error: Error, label: string, itemIndex: number): DescribedError {
	const described: DescribedError =
		isNodeError(error)
			? (error as DescribedError)
			: new NodeOperationError(ctx.getNode(), error, { itemIndex });
	if (!described.message.startsWith(label)) described.message = `${label}: ${described.message}`;
	if (described.context && described.context.itemIndex === undefined) described.context.itemIndex = itemIndex;
	return described;
}
