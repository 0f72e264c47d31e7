import type {
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
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' }],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		const raw = this.getNodeParameter('items') as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		const emit = () => this.emit([items.map((json) => ({ json }))]);
		return { manualTriggerFunction: async () => emit() };
	}
}

const TYPES: Record<string, INodeType> = {
	'n8n-nodes-highlevel.highLevel': new HighLevel(),
	'test.items': new TestItems(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string) => TYPES[type],
	getByNameAndVersion: (type: string, version?: number) => NodeHelpers.getVersionedNodeType(TYPES[type], version),
	getKnownTypes: () => ({}),
};
