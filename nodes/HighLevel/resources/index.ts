import type { OperationDefinition, ResourceDefinition } from '../shared/types';
import { apiOperation } from './apiOperation';
import { appointment } from './appointment';
import { association } from './association';
import { business } from './business';
import { calendar } from './calendar';
import { contact } from './contact';
import { conversation } from './conversation';
import { coupon } from './coupon';
import { estimate } from './estimate';
import { form } from './form';
import { inventory } from './inventory';
import { invoice } from './invoice';
import { invoiceSchedule } from './invoiceSchedule';
import { invoiceTemplate } from './invoiceTemplate';
import { message } from './message';
import { note } from './note';
import { opportunity } from './opportunity';
import { order } from './order';
import { product } from './product';
import { productCollection } from './productCollection';
import { subscription } from './subscription';
import { task } from './task';
import { transaction } from './transaction';
import { triggerLink } from './triggerLink';

/** Every resource of the node, alphabetical as n8n lists them; the description and the router are both built from this list. */
export const RESOURCES: ResourceDefinition[] = [
	apiOperation,
	appointment,
	association,
	business,
	calendar,
	contact,
	conversation,
	coupon,
	estimate,
	form,
	inventory,
	invoice,
	invoiceSchedule,
	invoiceTemplate,
	message,
	note,
	opportunity,
	order,
	product,
	productCollection,
	subscription,
	task,
	transaction,
	triggerLink,
];

export function findOperation(resource: string, operation: string): OperationDefinition | undefined {
	return RESOURCES.find((r) => r.value === resource)?.operations.find((o) => o.value === operation);
}
