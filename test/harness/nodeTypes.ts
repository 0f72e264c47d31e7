import type {
	IBinaryKeyData,
	IDataObject,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	ITriggerFunctions,
	ITriggerResponse,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';
import { HighLevel } from '../../nodes/HighLevel/HighLevel.node';

/** Emits the items given in its `items` parameter, so a test controls the HighLevel node's input. */
class TestItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['trigger'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' },
			// Binary data per item, by item index: { propertyName: { data (base64), mimeType, fileName } }.
			{ displayName: 'Binary', name: 'binary', type: 'json', default: '[]' },
		],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		const raw = this.getNodeParameter('items') as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		const rawBinary = this.getNodeParameter('binary', '[]') as string | IBinaryKeyData[];
		const binary = (
			typeof rawBinary === 'string' ? JSON.parse(rawBinary) : rawBinary
		) as Array<IBinaryKeyData | null>;
		const emit = () =>
			this.emit([items.map((json, i) => (binary[i] ? { json, binary: binary[i] } : { json }))]);
		return { manualTriggerFunction: async () => emit() };
	}
}

const TYPES: Record<string, INodeType> = {
	'n8n-nodes-highlevel.highLevel': new HighLevel(),
	'test.items': new TestItems(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string) => TYPES[type],
	getByNameAndVersion: (type: string, version?: number) =>
		NodeHelpers.getVersionedNodeType(TYPES[type], version),
	getKnownTypes: () => ({}),
};
