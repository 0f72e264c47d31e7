import type { IDataObject } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import * as validate from '../../shared/validate';
import { labelOf, readText, readWith, refuse } from '../../shared/read';
import { skipLimitPager, totalNumber } from '../../transport/paginate';

export const DOCUMENT_STATUSES = ['draft', 'sent', 'viewed', 'completed', 'accepted'] as const;
export const PAYMENT_STATUSES = ['waiting_for_payment', 'paid', 'no_payment'] as const;

/** proposals.json names no largest `limit`; 100 keeps a page small enough to answer quickly. */
const PAGE_SIZE = 100;

const dateTime = (
	ctx: Parameters<typeof validate.isoDate>[0],
	itemIndex: number,
	field: string,
	value: unknown,
) => new Date(validate.isoDate(ctx, itemIndex, field, value)).toISOString();

export const getAll = getManyOperation({
	many: 'documents',
	description:
		'List the location’s documents and contracts (proposals, estimates, agreements), with their recipients, totals and signing status',
	calls: ['proposals/list-documents-contracts'],
	properties: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Created After',
					name: 'dateFrom',
					type: 'dateTime',
					default: '',
					description: 'Only documents created at or after this moment; needs Created Before too',
				},
				{
					displayName: 'Created Before',
					name: 'dateTo',
					type: 'dateTime',
					default: '',
					description: 'Only documents created at or before this moment; needs Created After too',
				},
				{
					displayName: 'Payment Statuses',
					name: 'paymentStatus',
					type: 'multiOptions',
					options: [
						{ name: 'No Payment', value: 'no_payment' },
						{ name: 'Paid', value: 'paid' },
						{ name: 'Waiting for Payment', value: 'waiting_for_payment' },
					],
					default: [],
					description: 'Only documents in one of these payment states',
				},
				{
					displayName: 'Search Text',
					name: 'query',
					type: 'string',
					default: '',
					placeholder: 'Website redesign',
					description: 'Only documents whose name contains this text',
				},
				{
					displayName: 'Statuses',
					name: 'status',
					type: 'multiOptions',
					options: [
						{ name: 'Accepted', value: 'accepted' },
						{ name: 'Completed', value: 'completed' },
						{ name: 'Draft', value: 'draft' },
						{ name: 'Sent', value: 'sent' },
						{ name: 'Viewed', value: 'viewed' },
					],
					default: [],
					description:
						'Only documents in one of these states (Completed: signed by every recipient)',
				},
			],
		},
	],
	async pager(itemIndex, { filters, filter, location }) {
		const qs: IDataObject = {};
		const choices = (name: string, allowed: readonly string[]) =>
			readWith(this, itemIndex, filter(name), validate.stringList).map((v) =>
				validate.oneOf(this, itemIndex, labelOf(filter(name)), v, allowed),
			);
		if (filters.status !== undefined && filters.status !== '') {
			const statuses = choices('status', DOCUMENT_STATUSES);
			if (statuses.length) qs.status = statuses.join(',');
		}
		if (filters.paymentStatus !== undefined && filters.paymentStatus !== '') {
			const statuses = choices('paymentStatus', PAYMENT_STATUSES);
			if (statuses.length) qs.paymentStatus = statuses.join(',');
		}
		if (filters.query) qs.query = readText(this, itemIndex, filter('query'), 200);
		const from = filters.dateFrom
			? readWith(this, itemIndex, filter('dateFrom'), dateTime)
			: undefined;
		const to = filters.dateTo ? readWith(this, itemIndex, filter('dateTo'), dateTime) : undefined;
		// HighLevel takes the range only whole: "dateFrom & DateTo must be provided together".
		if (from && !to)
			throw refuse(
				this,
				itemIndex,
				filter('dateTo'),
				'a moment as well, since HighLevel filters by both ends or neither',
			);
		if (to && !from)
			throw refuse(
				this,
				itemIndex,
				filter('dateFrom'),
				'a moment as well, since HighLevel filters by both ends or neither',
			);
		if (from && to) {
			if (Date.parse(to) < Date.parse(from))
				throw refuse(
					this,
					itemIndex,
					filter('dateTo'),
					`a moment at or after ${labelOf(filter('dateFrom'))}`,
					filters.dateTo,
				);
			qs.dateFrom = from;
			qs.dateTo = to;
		}
		const locationId = await location();
		return skipLimitPager(
			{
				operation: 'proposals/list-documents-contracts',
				qs: { locationId, ...qs },
				itemIndex,
				locationId,
			},
			'documents',
			PAGE_SIZE,
			totalNumber,
		);
	},
});
