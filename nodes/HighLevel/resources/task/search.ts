import type { IDataObject } from 'n8n-workflow';
import { assignedUserField, fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { skipLimitBodyPager } from '../../transport/paginate';

const FILTERS = fieldTable([
	{
		...assignedUserField('assignedTo'),
		title: 'Assigned User Names or IDs',
		type: 'multiOptions',
		check: 'list',
		description:
			'Only tasks assigned to these users. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		name: 'contactId',
		title: 'Contact IDs',
		description: 'Only tasks of these contacts, IDs separated by commas',
		check: 'list',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
	},
	{
		name: 'completed',
		title: 'Status',
		description: 'Only pending or only completed tasks',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Pending', value: 'pending' },
			{ name: 'Completed', value: 'completed' },
		],
		default: 'pending',
	},
	{
		name: 'query',
		title: 'Search Text',
		description: 'Text in the task’s title or description',
		check: 'text',
	},
	{
		name: 'businessId',
		title: 'Business ID',
		description: 'Only tasks of contacts of this business',
		check: 'id',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
	},
]);

/** locations.json: `limit` defaults to 25 and names no maximum; 100 is the page asked for. The answer has no total. */
const PAGE_SIZE = 100;

export const search = getManyOperation({
	many: 'tasks',
	value: 'search',
	name: 'Search',
	action: 'Search tasks',
	description:
		'Search the tasks of the whole sub-account (every contact’s) by assigned user, contact, status, text or business',
	calls: ['locations/task-search'],
	properties: [{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' }],
	async pager(itemIndex, { filters, location }) {
		const { completed, ...rest } = FILTERS.body(this, itemIndex, filters);
		const body: IDataObject = {
			...rest,
			...(completed === undefined ? {} : { completed: completed === 'completed' }),
		};
		const locationId = await location();
		return skipLimitBodyPager(
			{ operation: 'locations/task-search', path: { locationId }, body, itemIndex, locationId },
			'tasks',
			PAGE_SIZE,
		);
	},
});
