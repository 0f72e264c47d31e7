import type { OperationDefinition } from '../../shared/types';
import { readId } from '../../shared/read';
import { apiRequest } from '../../transport/request';
import { calendarGroupIdParameter } from './fields';

/** Enable and Disable: one HighLevel call (`PUT …/status`) with `isActive` set either way. */
function statusOperation(isActive: boolean): OperationDefinition {
	const verb = isActive ? 'Enable' : 'Disable';
	return {
		value: isActive ? 'enable' : 'disable',
		name: verb,
		action: `${verb} a calendar group`,
		description: isActive
			? 'Turn a calendar group back on so its booking page takes bookings again'
			: 'Turn a calendar group off: its booking page stops taking bookings; its calendars and appointments stay',
		calls: ['calendars/disable-group'],
		properties: [calendarGroupIdParameter],
		async execute(itemIndex) {
			const groupId = readId(this, itemIndex, calendarGroupIdParameter);
			const response = await apiRequest<Record<string, unknown>>(this, {
				operation: 'calendars/disable-group',
				path: { groupId },
				body: { isActive },
				itemIndex,
			});
			return { id: groupId, isActive, success: response.success ?? true };
		},
	};
}

export const enableGroup = statusOperation(true);
export const disableGroup = statusOperation(false);
