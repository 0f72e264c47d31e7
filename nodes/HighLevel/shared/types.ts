import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../apiSpec/operations.generated';

/** An output item with a file (a download): its JSON and its n8n binary data. */
export class FileOutput {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

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
	/**
	 * Every HighLevel operation (`module/operationId` of the generated table) this operation may
	 * call, its own request first, then the lookups it may make (custom field definitions, lists
	 * a name is resolved against). Scopes, README and the hardening matrices read this; a run
	 * that calls anything else fails the matrix.
	 */
	calls: readonly OperationKey[];
	/** API Operation › Call: any operation the user picks (`calls` then holds the example the matrices run). */
	callsAnyOperation?: boolean;
	/** Fields of this operation; the resource adds the displayOptions. */
	properties: INodeProperties[];
	/** Runs one item; returns one result or several (Get Many), or a file (a download). */
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		cache: ExecutionCache,
	): Promise<IDataObject | IDataObject[] | FileOutput>;
}

export interface ResourceDefinition {
	value: string;
	name: string;
	description: string;
	operations: OperationDefinition[];
	defaultOperation: string;
}
