import type { INodeProperties } from 'n8n-workflow';
import type { ResourceDefinition } from './types';

/** The node's parameters, assembled from the resource table so no operation repeats wiring. */
export function describeResources(resources: ResourceDefinition[]): INodeProperties[] {
	// Defaults held in plain variables: n8n's scanner ignores eslint-disable comments, and its
	// node-param-default-missing rule reads only a literal or a variable as a default.
	// Contact is what most workflows start from, though the list is alphabetical.
	const defaultResource = (resources.find((r) => r.value === 'contact') ?? resources[0]).value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map((r) => ({ name: r.name, value: r.value, description: r.description })),
			default: defaultResource,
		},
	];
	for (const resource of resources) {
		const defaultOperation = resource.defaultOperation;
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
			default: defaultOperation,
		});
	}
	for (const resource of resources) {
		for (const op of resource.operations) {
			for (const property of op.properties) {
				const show = property.displayOptions?.show ?? {};
				// An optional dropdown left empty holds '', which is not among its loaded options; without
				// this n8n marks the untouched field as an unsupported value.
				const optionalDropdown =
					property.type === 'options' &&
					!property.required &&
					property.typeOptions?.loadOptionsMethod;
				properties.push({
					...property,
					...(optionalDropdown ? { allowArbitraryValues: true } : {}),
					displayOptions: {
						...property.displayOptions,
						// Resource and operation first: n8n shows a field whose condition reads an expression
						// without looking further, so a later condition would show it on other operations.
						show: { resource: [resource.value], operation: [op.value], ...show },
					},
				});
			}
		}
	}
	return properties;
}
