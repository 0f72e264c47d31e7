import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../shared/types';
import { readHowMany, returnAllAndLimit } from '../../shared/params';
import {
	labelOf,
	optionsOf,
	readCollection,
	readId,
	readOneOf,
	readText,
	readWith,
	refuse,
} from '../../shared/read';
import { getMany, offsetLimitPager, totalNumber } from '../../transport/paginate';
import { resolveLocationId } from '../../shared/location';
import { alt, day, INVOICE_STATUSES } from './fields';

/** invoices.json requires `limit` but names no maximum; 100 is the largest page HighLevel's lists take. */
const PAGE_SIZE = 100;

const filtersParameter: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Contact ID',
			name: 'contactId',
			type: 'string',
			default: '',
			placeholder: 'sx6wyHhbFdRXh302Lunr',
			description: 'Only invoices billed to this contact',
		},
		{
			displayName: 'Issued After',
			name: 'startAt',
			type: 'dateTime',
			default: '',
			description: 'Only invoices issued on or after this day',
		},
		{
			displayName: 'Issued Before',
			name: 'endAt',
			type: 'dateTime',
			default: '',
			description: 'Only invoices issued on or before this day',
		},
		{
			displayName: 'Payment Mode',
			name: 'paymentMode',
			type: 'options',
			options: [
				{ name: 'Live', value: 'live' },
				{ name: 'Test', value: 'test' },
			],
			default: 'live',
			description: 'Only live invoices or only test invoices',
		},
		{
			displayName: 'Search Text',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Only invoices whose name, number or contact name contains this text',
		},
		{
			displayName: 'Sort Order',
			name: 'sortOrder',
			type: 'options',
			options: [
				{ name: 'Newest Issue Date First', value: 'descend' },
				{ name: 'Oldest Issue Date First', value: 'ascend' },
			],
			default: 'descend',
			description: 'Order of the invoices by issue date',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: INVOICE_STATUSES,
			default: 'sent',
			description: 'Only invoices in this state',
		},
	],
};

export const getAll: OperationDefinition = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description:
		'List the location’s invoices, newest issue date first, by status, contact, dates or text',
	calls: ['invoices/list-invoices'],
	properties: [...returnAllAndLimit(), filtersParameter],
	async execute(itemIndex) {
		const { returnAll, limit } = readHowMany(this, itemIndex);
		const filters = readCollection(this, itemIndex, filtersParameter);
		const filter = optionsOf(filtersParameter, filters);
		const locationId = await resolveLocationId(this, itemIndex);
		const qs: IDataObject = { ...alt(locationId) };
		if (filters.status)
			qs.status = readOneOf(
				this,
				itemIndex,
				filter('status'),
				INVOICE_STATUSES.map((s) => s.value),
			);
		if (filters.contactId) qs.contactId = readId(this, itemIndex, filter('contactId'));
		if (filters.startAt) qs.startAt = readWith(this, itemIndex, filter('startAt'), day);
		if (filters.endAt) qs.endAt = readWith(this, itemIndex, filter('endAt'), day);
		if (qs.startAt && qs.endAt && String(qs.endAt) < String(qs.startAt)) {
			throw refuse(
				this,
				itemIndex,
				filter('endAt'),
				`a day on or after ${labelOf(filter('startAt'))}`,
				filters.endAt,
			);
		}
		if (filters.search) qs.search = readText(this, itemIndex, filter('search'), 200);
		if (filters.paymentMode)
			qs.paymentMode = readOneOf(this, itemIndex, filter('paymentMode'), ['live', 'test'] as const);
		if (filters.sortOrder) {
			qs.sortField = 'issueDate';
			qs.sortOrder = readOneOf(this, itemIndex, filter('sortOrder'), [
				'ascend',
				'descend',
			] as const);
		}
		return await getMany(
			this,
			{ returnAll, limit },
			offsetLimitPager(
				{ operation: 'invoices/list-invoices', qs, itemIndex, locationId },
				'invoices',
				PAGE_SIZE,
				totalNumber,
			),
		);
	},
};
