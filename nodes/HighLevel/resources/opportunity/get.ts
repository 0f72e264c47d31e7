import { readableGetOperation } from '../../shared/readableFields';
import { opportunityIdParameter, unwrap } from './fields';

export const get = readableGetOperation({
	model: 'opportunity',
	action: 'Get an opportunity',
	description: 'Retrieve an opportunity by ID',
	operation: 'opportunities/get-opportunity',
	id: { parameter: opportunityIdParameter, path: 'id' },
	withLocation: true,
	unwrap,
});
