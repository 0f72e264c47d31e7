import type { IDataObject } from 'n8n-workflow';
import { calendarIdParameter } from '../../shared/calendarParams';
import { readId } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import * as validate from '../../shared/validate';
import { apiRequest } from '../../transport/request';
import { NOTIFICATION_TABLE, REQUIRED, TIMING_FIELDS } from './fields';

const when = { show: { notificationType: ['reminder', 'followup'] } };

export const create: OperationDefinition = {
	value: 'create',
	name: 'Create',
	action: 'Create a calendar notification',
	description:
		'Add a notification to a calendar: an email, SMS, WhatsApp or in-app message HighLevel sends on booking, confirmation, cancellation or rescheduling, before the appointment (reminder) or after it (follow-up)',
	calls: ['calendars/create-event-notification'],
	properties: [
		calendarIdParameter,
		...REQUIRED.map((name) => NOTIFICATION_TABLE.property(name, { required: true })),
		TIMING_FIELDS.property('timeOffset', { displayOptions: when }),
		TIMING_FIELDS.property('timeUnit', { displayOptions: when }),
		NOTIFICATION_TABLE.collection('additionalFields', 'Additional Fields', REQUIRED),
	],
	async execute(itemIndex) {
		const calendarId = readId(this, itemIndex, calendarIdParameter);
		const values: IDataObject = {
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		};
		for (const name of REQUIRED) values[name] = this.getNodeParameter(name, itemIndex, '');
		const notification = NOTIFICATION_TABLE.body(this, itemIndex, values);
		for (const name of REQUIRED) {
			if (notification[name] === undefined) {
				const field = NOTIFICATION_TABLE.fields.find((f) => f.name === name)!;
				throw validate.inputError(
					this,
					itemIndex,
					field.title,
					`one of ${field.options!.map((o) => o.value).join(', ')}`,
					values[name],
				);
			}
		}
		const timing =
			notification.notificationType === 'reminder'
				? 'beforeTime'
				: notification.notificationType === 'followup'
					? 'afterTime'
					: undefined;
		if (timing) {
			const timeOffset = TIMING_FIELDS.read(this, itemIndex, 'timeOffset');
			const unit = TIMING_FIELDS.read(this, itemIndex, 'timeUnit');
			notification[timing] = [{ timeOffset, unit }];
		}
		// HighLevel creates a list of notifications at once; the node sends one per item.
		const response = await apiRequest<IDataObject[] | IDataObject>(this, {
			operation: 'calendars/create-event-notification',
			path: { calendarId },
			body: [notification] as unknown as IDataObject,
			itemIndex,
		});
		const created = Array.isArray(response) ? response[0] : response;
		return { ...(created ?? {}), calendarId };
	},
};
