import type { IDataObject } from 'n8n-workflow';
import { getManyOperation } from '../../shared/getMany';
import * as validate from '../../shared/validate';
import { readText } from '../../shared/read';
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
		const choices = (field: string, value: unknown, allowed: readonly string[]) =>
			validate
				.stringList(this, itemIndex, field, value)
				.map((v) => validate.oneOf(this, itemIndex, field, v, allowed));
		if (filters.status !== undefined && filters.status !== '') {
			const statuses = choices('Statuses', filters.status, DOCUMENT_STATUSES);
			if (statuses.length) qs.status = statuses.join(',');
		}
		if (filters.paymentStatus !== undefined && filters.paymentStatus !== '') {
			const statuses = choices('Payment Statuses', filters.paymentStatus, PAYMENT_STATUSES);
			if (statuses.length) qs.paymentStatus = statuses.join(',');
		}
		if (filters.query) qs.query = readText(this, itemIndex, filter('query'), 200);
		const from = filters.dateFrom
			? dateTime(this, itemIndex, 'Created After', filters.dateFrom)
			: undefined;
		const to = filters.dateTo
			? dateTime(this, itemIndex, 'Created Before', filters.dateTo)
			: undefined;
		// HighLevel takes the range only whole: "dateFrom & DateTo must be provided together".
		if (from && !to)
			throw validate.inputError(
				this,
				itemIndex,
				'Created Before',
				'a moment as well, since HighLevel filters by both ends or neither',
			);
		if (to && !from)
			throw validate.inputError(
				this,
				itemIndex,
				'Created After',
				'a moment as well, since HighLevel filters by both ends or neither',
			);
		if (from && to) {
			if (Date.parse(to) < Date.parse(from))
				throw validate.inputError(
					this,
					itemIndex,
					'Created Before',
					'a moment at or after Created After',
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
