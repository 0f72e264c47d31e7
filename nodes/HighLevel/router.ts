import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { findOperation, RESOURCES } from './resources';
import type { ExecutionCache } from './shared/types';

function toItems(result: IDataObject | IDataObject[], itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

/**
 * Runs every input item through its operation. Under Continue On Fail a failed item yields
 * exactly one error item paired with it; otherwise the first failure stops the node.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	const cache: ExecutionCache = new Map();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const definition = findOperation(resource, operation);
		try {
			if (!definition) {
				throw new NodeOperationError(this.getNode(), `Unknown operation ${resource}/${operation}`, { itemIndex });
			}
			const result = await definition.execute.call(this, itemIndex, cache);
			output.push(...toItems(result, itemIndex));
		} catch (error) {
			const resourceName = RESOURCES.find((r) => r.value === resource)?.name ?? resource;
			const described = labelError(this, error as Error, `${resourceName} › ${definition?.name ?? operation}`, itemIndex);
			if (this.continueOnFail()) {
				output.push({
					json: { error: described.message, ...(described.description ? { details: described.description } : {}) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			throw described;
		}
	}
	return [output];
}

type DescribedError = Error & { description?: string | null; context?: IDataObject };

/** Prefixes the error with the operation it came from, so a user sees what failed where. */
function labelError(ctx: IExecuteFunctions, error: Error, label: string, itemIndex: number): DescribedError {
	const described: DescribedError =
		error instanceof NodeOperationError || error instanceof NodeApiError
			? error
			: new NodeOperationError(ctx.getNode(), error, { itemIndex });
	if (!described.message.startsWith(label)) described.message = `${label}: ${described.message}`;
	if (described.context && described.context.itemIndex === undefined) described.context.itemIndex = itemIndex;
	return described;
}
