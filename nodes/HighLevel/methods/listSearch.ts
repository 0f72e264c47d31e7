import { searchApiOperations } from '../resources/apiOperation/search';

export const listSearch = {
	searchApiOperations,
};
