import { recordDropdown } from '../../shared/commerce';

export const orderIdParameter = recordDropdown(
	'orderId',
	'Order Name or ID',
	'getOrders',
	'The order',
);
