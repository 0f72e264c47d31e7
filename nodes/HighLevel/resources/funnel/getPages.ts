import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { getManyOperation, textFilter } from '../../shared/getMany';
import { readId } from '../../shared/read';
import { offsetLimitPager } from '../../transport/paginate';

export const funnelIdParameter: INodeProperties = {
	displayName: 'Funnel Name or ID',
	name: 'funnelId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getFunnels', loadOptionsDependsOn: ['locationId'] },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** funnels.json names no largest `limit`; 50 pages is more than most funnels have. */
const PAGE_SIZE = 50;

/**
 * The spec types the answer as one page (FunnelPageResponseDTO); HighLevel sends the list of
 * them, bare or under a key, and each shape is read.
 */
function pagesOf(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const record = (body ?? {}) as IDataObject;
	for (const key of ['funnelPages', 'pages', 'data'])
		if (Array.isArray(record[key])) return record[key] as IDataObject[];
	return record._id ? [record] : [];
}

export const getPages = getManyOperation({
	value: 'getPages',
	name: 'Get Many Pages',
	action: 'Get many funnel pages',
	many: 'pages',
	description: 'List the pages of a funnel or website (name, step, last update)',
	calls: ['funnels/getPagesByFunnelId'],
	leading: [funnelIdParameter],
	filters: [
		textFilter('Name', 'name', 'Only pages whose name contains this text', 200, 'Thank you'),
	],
	async pager(itemIndex, { query, location }) {
		const funnelId = readId(this, itemIndex, funnelIdParameter);
		const qs: IDataObject = { funnelId, ...query() };
		const locationId = await location();
		const pager = offsetLimitPager(
			{ operation: 'funnels/getPagesByFunnelId', qs: { locationId, ...qs }, itemIndex, locationId },
			'pages',
			PAGE_SIZE,
		);
		return { ...pager, items: pagesOf };
	},
});
