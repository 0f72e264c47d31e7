import type { IDataObject } from 'n8n-workflow';
import { resolveLocationId } from '../../shared/location';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';

export const getTimezones: OperationDefinition = {
	value: 'getTimezones',
	name: 'Get Timezones',
	action: 'Get the time zones a sub-account can use',
	description:
		'List the time zone names HighLevel takes for the sub-account (for Update’s Time Zone, calendars and appointments), one item each',
	calls: ['locations/get-timezones'],
	properties: [],
	async execute(itemIndex) {
		const locationId = await resolveLocationId(this, itemIndex);
		const response = await apiRequest<IDataObject>(this, {
			operation: 'locations/get-timezones',
			path: { locationId },
			itemIndex,
			locationId,
		});
		// The spec documents no answer; HighLevel sends the names under `timeZones`.
		const names = Array.isArray(response.timeZones) ? (response.timeZones as unknown[]) : [];
		return names.map((timeZone) => ({ timeZone: String(timeZone) }));
	},
};
