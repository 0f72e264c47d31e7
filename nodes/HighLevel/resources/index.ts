import type { OperationDefinition, ResourceDefinition } from '../shared/types';
import { apiOperation } from './apiOperation';
import { appointment } from './appointment';
import { appointmentNote } from './appointmentNote';
import { association } from './association';
import { blog } from './blog';
import { business } from './business';
import { calendar } from './calendar';
import { calendarGroup } from './calendarGroup';
import { calendarNotification } from './calendarNotification';
import { calendarResource } from './calendarResource';
import { campaign } from './campaign';
import { contact } from './contact';
import { conversation } from './conversation';
import { coupon } from './coupon';
import { customField } from './customField';
import { customObject } from './customObject';
import { customValue } from './customValue';
import { estimate } from './estimate';
import { form } from './form';
import { inventory } from './inventory';
import { invoice } from './invoice';
import { invoiceSchedule } from './invoiceSchedule';
import { invoiceTemplate } from './invoiceTemplate';
import { media } from './media';
import { funnel } from './funnel';
import { funnelRedirect } from './funnelRedirect';
import { message } from './message';
import { note } from './note';
import { opportunity } from './opportunity';
import { order } from './order';
import { pipeline } from './pipeline';
import { product } from './product';
import { productCollection } from './productCollection';
import { proposal } from './proposal';
import { socialPlanner } from './socialPlanner';
import { subAccount } from './subAccount';
import { subscription } from './subscription';
import { survey } from './survey';
import { tag } from './tag';
import { task } from './task';
import { template } from './template';
import { transaction } from './transaction';
import { triggerLink } from './triggerLink';
import { user } from './user';
import { workflow } from './workflow';

/** Every resource of the node, alphabetical as n8n lists them; the description and the router are both built from this list. */
export const RESOURCES: ResourceDefinition[] = [
	apiOperation,
	appointment,
	appointmentNote,
	association,
	blog,
	business,
	calendar,
	calendarGroup,
	calendarNotification,
	calendarResource,
	campaign,
	contact,
	conversation,
	coupon,
	customField,
	customObject,
	customValue,
	template,
	estimate,
	form,
	funnel,
	funnelRedirect,
	inventory,
	invoice,
	invoiceSchedule,
	invoiceTemplate,
	media,
	message,
	note,
	opportunity,
	order,
	pipeline,
	product,
	productCollection,
	proposal,
	socialPlanner,
	subAccount,
	subscription,
	survey,
	tag,
	task,
	transaction,
	triggerLink,
	user,
	workflow,
];

export function findOperation(
	resource: string,
	operation: string,
): OperationDefinition | undefined {
	return RESOURCES.find((r) => r.value === resource)?.operations.find((o) => o.value === operation);
}
