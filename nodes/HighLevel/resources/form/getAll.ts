import { getManyOperation } from '../../shared/getMany';
import { formsPager } from '../../shared/lists';

export const getAll = getManyOperation({
	many: 'forms',
	description: 'List the location’s forms',
	calls: ['forms/get-forms'],
	async pager(itemIndex, { location }) {
		return formsPager(await location(), itemIndex);
	},
});
