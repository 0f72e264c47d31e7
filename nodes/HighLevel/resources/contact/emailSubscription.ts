import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { resolveLocationId } from '../../shared/location';
import { labelOf, readId, readOneOf, readText } from '../../shared/read';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';

/**
 * A contact's email subscription (conversations.json `preferences/unsubscriptions`): HighLevel's
 * default "One on One" type, custom subscription types by ID, or every type at once.
 */
const ACTIONS = [
	'unsubscribeOneOnOne',
	'subscribeOneOnOne',
	'unsubscribeCustom',
	'subscribeCustom',
	'resubscribeAll',
] as const;
type Action = (typeof ACTIONS)[number];

const SUBSCRIPTION_ACTION: Record<Action, IDataObject> = {
	unsubscribeOneOnOne: {
		type: 'default',
		subtype_name: 'One on One',
		subtype_status: 'unsubscribed',
	},
	subscribeOneOnOne: { type: 'default', subtype_name: 'One on One', subtype_status: 'subscribed' },
	unsubscribeCustom: { type: 'custom', subtype_status: 'unsubscribed' },
	subscribeCustom: { type: 'custom', subtype_status: 'subscribed' },
	resubscribeAll: { type: 'resub_all', subtype_status: 'subscribed' },
};

const emailParameter: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	required: true,
	default: '',
	description: 'Email address of the contact whose subscription changes',
};

const actionParameter: INodeProperties = {
	displayName: 'Change',
	name: 'subscriptionAction',
	type: 'options',
	options: [
		{
			name: 'Resubscribe to All',
			value: 'resubscribeAll',
			description: 'Subscribe the contact to every email type again (needs a legal reason)',
		},
		{
			name: 'Subscribe to a Custom Type',
			value: 'subscribeCustom',
			description: 'Subscribe the contact to one custom subscription type (needs a legal reason)',
		},
		{
			name: 'Subscribe to One on One',
			value: 'subscribeOneOnOne',
			description: 'Subscribe the contact to one-on-one emails again (needs a legal reason)',
		},
		{
			name: 'Unsubscribe From a Custom Type',
			value: 'unsubscribeCustom',
			description: 'Unsubscribe the contact from one custom subscription type',
		},
		{
			name: 'Unsubscribe From One on One',
			value: 'unsubscribeOneOnOne',
			description: 'Unsubscribe the contact from one-on-one emails',
		},
	],
	default: 'unsubscribeOneOnOne',
	description: 'What to change about the contact’s email subscription',
};

const subtypeIdParameter: INodeProperties = {
	displayName: 'Subscription Type ID',
	name: 'subtypeId',
	type: 'string',
	// Checked when read: n8n's own check would stop the node whenever Change is an expression.
	default: '',
	placeholder: 've9EPM428h8vShlRW1KT',
	description: 'ID of the custom subscription type',
	displayOptions: { show: { subscriptionAction: ['subscribeCustom', 'unsubscribeCustom'] } },
};

const legalReasonParameter: INodeProperties = {
	displayName: 'Legal Reason',
	name: 'legalReason',
	type: 'string',
	default: '',
	placeholder: 'Customer asked to be resubscribed by phone',
	description: 'Why the contact may be emailed again; HighLevel requires it for every subscribe',
	displayOptions: {
		show: { subscriptionAction: ['subscribeOneOnOne', 'subscribeCustom', 'resubscribeAll'] },
	},
};

const legalDescriptionParameter: INodeProperties = {
	displayName: 'Legal Description',
	name: 'legalDescription',
	type: 'string',
	default: '',
	placeholder: 'Call with support on 2026-01-15',
	description: 'Details of the request behind the change, kept with it',
};

const statusEmailParameter: INodeProperties = {
	...emailParameter,
	required: false,
	description: 'Email address whose status to read, when not the contact’s main one',
};

export const getEmailSubscription: OperationDefinition = {
	value: 'getEmailSubscription',
	name: 'Get Email Subscription',
	action: 'Get a contact’s email subscription status',
	description:
		'Retrieve whether a contact is subscribed to or unsubscribed from emails, by subscription type',
	calls: ['conversations/get-contact-unsubscription-status'],
	properties: [contactIdParameter, statusEmailParameter],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const email = readText(this, itemIndex, statusEmailParameter);
		const qs: IDataObject = { contactId };
		if (email) qs.email = validate.email(this, itemIndex, labelOf(statusEmailParameter), email);
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/get-contact-unsubscription-status',
			qs: { locationId, ...qs },
			itemIndex,
			locationId,
		});
		return { contactId, ...response };
	},
};

export const changeEmailSubscription: OperationDefinition = {
	value: 'changeEmailSubscription',
	name: 'Change Email Subscription',
	action: 'Change a contact’s email subscription',
	description:
		'Unsubscribe a contact from emails (one-on-one or a custom type), or subscribe it again with a legal reason',
	calls: ['conversations/user-subscription-change'],
	properties: [
		contactIdParameter,
		emailParameter,
		actionParameter,
		subtypeIdParameter,
		legalReasonParameter,
		legalDescriptionParameter,
	],
	async execute(itemIndex) {
		const contactId = readId(this, itemIndex, contactIdParameter);
		const email = validate.email(
			this,
			itemIndex,
			labelOf(emailParameter),
			this.getNodeParameter(emailParameter.name, itemIndex, ''),
		);
		const action = readOneOf(this, itemIndex, actionParameter, ACTIONS);
		const subscriptionAction: IDataObject = { ...SUBSCRIPTION_ACTION[action] };
		if (subscriptionAction.type === 'custom')
			subscriptionAction.subtype_id = readId(this, itemIndex, subtypeIdParameter);
		const body: IDataObject = { contactId, email, subscription_action: subscriptionAction };
		if (subscriptionAction.subtype_status === 'subscribed') {
			const reason = readText(this, itemIndex, legalReasonParameter, 1000);
			if (!reason)
				throw validate.inputError(
					this,
					itemIndex,
					labelOf(legalReasonParameter),
					'why the contact may be emailed again',
					reason,
				);
			body.legal_reason = reason;
		}
		const details = readText(this, itemIndex, legalDescriptionParameter, 2000);
		if (details) body.legal_description = details;
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'conversations/user-subscription-change',
			body: { locationId, ...body },
			itemIndex,
			locationId,
		});
		return { contactId, email, ...subscriptionAction, success: true, ...response };
	},
};
