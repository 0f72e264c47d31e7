import type { ResourceDefinition } from '../../shared/types';
import { get } from './get';
import { getInstalled } from './installed';
import { search } from './search';
import { getTimezones } from './timezones';
import { update } from './update';

/** The sub-account (HighLevel's "location") itself; agency operations say so. */
export const subAccount: ResourceDefinition = {
	value: 'subAccount',
	name: 'Sub-Account',
	description:
		'Sub-accounts (locations) of an agency: their details, settings and where the app is installed',
	defaultOperation: get.value,
	operations: [get, getInstalled, getTimezones, search, update].sort((a, b) =>
		a.name.localeCompare(b.name),
	),
};
