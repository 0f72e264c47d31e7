import type { INodeProperties } from 'n8n-workflow';
import type { ResourceDefinition } from './types';

/** The node's parameters, assembled from the resource table so no operation repeats wiring. */
export function describeResources(resources: ResourceDefinition[]): INodeProperties[] {
	const properties: INodeProperties[] = [
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is the first resource of the table
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({ name: r.name, value: r.value, description: r.description })),
			default: resources[0].value,
		},
	];
	for (const resource of resources) {
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- each resource names its default operation
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations.map((op) => ({
				name: op.name,
				value: op.value,
				action: op.action,
				description: op.description,
			})),
			default: resource.defaultOperation,
		});
	}
	for (const resource of resources) {
		for (const op of resource.operations) {
			for (const property of op.properties) {
				const show = property.displayOptions?.show ?? {};
				properties.push({
					...property,
					displayOptions: {
						...property.displayOptions,
						show: { ...show, resource: [resource.value], operation: [op.value] },
					},
				});
			}
		}
	}
	return properties;
}
