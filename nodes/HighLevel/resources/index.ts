import type { OperationDefinition, ResourceDefinition } from '../shared/types';
import { contact } from './contact';
import { note } from './note';
import { task } from './task';

/** Every resource of the node; the description and the router are both built from this list. */
export const RESOURCES: ResourceDefinition[] = [contact, note, task];

export function findOperation(resource: string, operation: string): OperationDefinition | undefined {
	return RESOURCES.find((r) => r.value === resource)?.operations.find((o) => o.value === operation);
}
