import type { OperationDefinition, ResourceDefinition } from '../shared/types';
import { apiOperation } from './apiOperation';
import { appointment } from './appointment';
import { blog } from './blog';
import { business } from './business';
import { calendar } from './calendar';
import { campaign } from './campaign';
import { contact } from './contact';
import { conversation } from './conversation';
import { customField } from './customField';
import { customValue } from './customValue';
import { form } from './form';
import { funnel } from './funnel';
import { funnelRedirect } from './funnelRedirect';
import { message } from './message';
import { note } from './note';
import { opportunity } from './opportunity';
import { pipeline } from './pipeline';
import { product } from './product';
import { proposal } from './proposal';
import { task } from './task';
import { subAccount } from './subAccount';
import { survey } from './survey';
import { tag } from './tag';
import { user } from './user';
import { workflow } from './workflow';

/** Every resource of the node, alphabetical as n8n lists them; the description and the router are both built from this list. */
export const RESOURCES: ResourceDefinition[] = [
	apiOperation,
	appointment,
	blog,
	business,
	calendar,
	campaign,
	contact,
	conversation,
	customField,
	customValue,
	form,
	funnel,
	funnelRedirect,
	message,
	note,
	opportunity,
	pipeline,
	product,
	proposal,
	subAccount,
	survey,
	tag,
	task,
	user,
	workflow,
];

export function findOperation(resource: string, operation: string): OperationDefinition | undefined {
	return RESOURCES.find((r) => r.value === resource)?.operations.find((o) => o.value === operation);
}
