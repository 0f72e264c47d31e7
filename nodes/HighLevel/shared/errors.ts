import type { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * Whether something is one of n8n's node errors. Checked by name, not `instanceof`: a community
 * package may load its own copy of n8n-workflow, whose classes differ from n8n's.
 */
export function isNodeError(error: unknown): error is NodeApiError | NodeOperationError {
	const name = (error as { name?: unknown } | null)?.name;
	return name === 'NodeApiError' || name === 'NodeOperationError';
}
