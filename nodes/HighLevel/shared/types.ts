import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** State shared by the items of one execution (loaded lists, resolved definitions). */
export type ExecutionCache = Map<string, Promise<unknown>>;

export interface OperationDefinition {
	/** Parameter value, e.g. `upsert`. */
	value: string;
	/** Shown in the operation list, e.g. "Create or Update". */
	name: string;
	/** Shown when adding the node, e.g. "Create or update a contact". */
	action: string;
	description: string;
	/** Fields of this operation; the resource adds the displayOptions. */
	properties: INodeProperties[];
	/** Runs one item; returns one result or several (Get Many). */
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		cache: ExecutionCache,
	): Promise<IDataObject | IDataObject[]>;
}

export interface ResourceDefinition {
	value: string;
	name: string;
	description: string;
	operations: OperationDefinition[];
	defaultOperation: string;
}
