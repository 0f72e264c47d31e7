import type { OperationDefinition, ResourceDefinition } from '../shared/types';
import { apiOperation } from './apiOperation';
import { appointment } from './appointment';
import { appointmentNote } from './appointmentNote';
import { business } from './business';
import { calendar } from './calendar';
import { calendarGroup } from './calendarGroup';
import { calendarNotification } from './calendarNotification';
import { calendarResource } from './calendarResource';
import { campaign } from './campaign';
import { contact } from './contact';
import { conversation } from './conversation';
import { customField } from './customField';
import { customValue } from './customValue';
import { form } from './form';
import { message } from './message';
import { note } from './note';
import { opportunity } from './opportunity';
import { pipeline } from './pipeline';
import { product } from './product';
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
	appointmentNote,
	business,
	calendar,
	calendarGroup,
	calendarNotification,
	calendarResource,
	campaign,
	contact,
	conversation,
	customField,
	customValue,
	form,
	message,
	note,
	opportunity,
	pipeline,
	product,
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
