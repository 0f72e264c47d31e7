import { searchApiOperations } from '../resources/apiOperation/search';
import { searchSubAccounts } from './subAccounts';

export const listSearch = {
	searchApiOperations,
	searchSubAccounts,
};
