import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { NodeApiError } from 'n8n-workflow';
import { authenticate } from './shared/authentication';
import { checkDeclaredParameters } from './shared/declared';
import { isNodeError } from './shared/errors';
import { memoizeParameters, type ParameterMemo } from './shared/parameterMemo';
import { findOperation, RESOURCES } from './resources';
import { FileOutput, type ExecutionCache } from './shared/types';
import { wantedInFlight } from './transport/pace';

/** The most items a user may ask to have under way at once. */
export const MAX_CONCURRENCY = 100;

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
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			default: 5,
			description:
				'The most items worked on at the same time. Without it, the node keeps as many under way as HighLevel’s rate limit and its answer time allow. Requests are paced to the rate limit either way; use 1 to send items strictly one after the other.',
		},
	],
};

type ItemOutcome = { items: INodeExecutionData[] } | { error: DescribedError };

function toItems(
	result: IDataObject | IDataObject[] | FileOutput,
	itemIndex: number,
): INodeExecutionData[] {
	if (result instanceof FileOutput)
		return [{ json: result.json, binary: result.binary, pairedItem: { item: itemIndex } }];
	const list = Array.isArray(result) ? result : [result];
	return list.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

/**
 * Runs every input item through its operation, several at a time, and outputs the results in
 * input order. As many items are under way as keep HighLevel's budget in use (what is left of
 * it, plus its rate × the answer time), or as many as the user allows. Under Continue On Fail a
 * failed item yields exactly one error item paired with it. Otherwise no further item starts
 * after a failure, the items already under way finish, and the first failure (by input order)
 * stops the node.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	authenticate(this);
	const items = this.getInputData();
	const cache: ExecutionCache = new Map();
	const settings = this.getNodeParameter('settings', 0, {}) as IDataObject;
	const cap =
		settings.concurrency === undefined ||
		settings.concurrency === null ||
		settings.concurrency === ''
			? Infinity
			: Math.max(1, Math.min(MAX_CONCURRENCY, Math.floor(Number(settings.concurrency)) || 1));
	const continueOnFail = this.continueOnFail();
	// Each parameter is resolved once per item (once per run when it holds no expression).
	const parameters = memoizeParameters(this);
	const outcomes: ItemOutcome[] = new Array(items.length);
	let next = 0;
	let running = 0;
	let stopped = false;

	try {
		await new Promise<void>((done) => {
			const fill = () => {
				// Asked again each time an item ends: the first answers tell how many are worth having.
				const limit = Math.min(cap, wantedInFlight());
				while (!stopped && next < items.length && running < limit) {
					const itemIndex = next++;
					running++;
					void runItem(this, itemIndex, cache, parameters)
						.catch((error: Error): ItemOutcome => ({
							error: new NodeOperationError(this.getNode(), error, { itemIndex }),
						}))
						.then((outcome) => {
							outcomes[itemIndex] = outcome;
							parameters.forget(itemIndex);
							running--;
							if ('error' in outcome && !continueOnFail) stopped = true;
							fill();
						});
				}
				if (running === 0) done();
			};
			fill();
		});
	} finally {
		parameters.restore();
	}

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

async function runItem(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: ExecutionCache,
	parameters: ParameterMemo,
): Promise<ItemOutcome> {
	let resource = '';
	let operation = '';
	try {
		resource = ctx.getNodeParameter('resource', itemIndex) as string;
		operation = ctx.getNodeParameter('operation', itemIndex) as string;
		const definition = findOperation(resource, operation);
		if (!definition) {
			throw new NodeOperationError(ctx.getNode(), `Unknown operation ${resource}/${operation}`, {
				itemIndex,
			});
		}
		// The router checks the item's values against the types its operation declares, then the
		// operation checks what they mean and sends: nothing of a wrong type reaches HighLevel.
		checkDeclaredParameters(ctx, itemIndex, definition.properties, parameters.stored);
		return { items: toItems(await definition.execute.call(ctx, itemIndex, cache), itemIndex) };
	} catch (error) {
		const resourceDefinition = RESOURCES.find((r) => r.value === resource);
		const operationName =
			resourceDefinition?.operations.find((o) => o.value === operation)?.name ?? operation;
		return {
			error: labelError(
				ctx,
				error as Error,
				`${resourceDefinition?.name ?? resource} › ${operationName}`,
				itemIndex,
			),
		};
	}
}

type DescribedError = (NodeOperationError | NodeApiError) & { description?: string | null };

/** Prefixes the error with the operation it came from, so a user sees what failed where. */
function labelError(
	ctx: IExecuteFunctions,
	error: Error,
	label: string,
	itemIndex: number,
): DescribedError {
	const described: DescribedError = isNodeError(error)
		? (error as DescribedError)
		: new NodeOperationError(ctx.getNode(), error, { itemIndex });
	if (!described.message.startsWith(label)) described.message = `${label}: ${described.message}`;
	if (described.context && described.context.itemIndex === undefined)
		described.context.itemIndex = itemIndex;
	return described;
}
