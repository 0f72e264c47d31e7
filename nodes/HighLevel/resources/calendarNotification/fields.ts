import type { FieldSpec, FieldTable } from '../../shared/fieldTable';
import { fieldTable } from '../../shared/fieldTable';
import * as validate from '../../shared/validate';
import { idParameter } from '../../shared/params';

export const notificationIdParameter = idParameter(
	'calendarNotificationId',
	'Notification ID',
	'ID of the calendar’s notification',
);

const choice = (
	name: string,
	title: string,
	description: string,
	options: Array<[string, string]>,
): FieldSpec => ({
	name,
	title,
	description,
	check: 'choice',
	type: 'options',
	options: options.map(([label, value]) => ({ name: label, value })),
	default: options[0][1],
});

/** One notification of a calendar (CalendarNotification in calendars.json); the kind, who and how come first. */
export const NOTIFICATION_FIELDS: FieldSpec[] = [
	choice(
		'notificationType',
		'Notification Type',
		'When it is sent: on booking, confirmation, cancellation or rescheduling, as a reminder before the appointment, or as a follow-up after it',
		[
			['Booked', 'booked'],
			['Cancellation', 'cancellation'],
			['Confirmation', 'confirmation'],
			['Follow-Up', 'followup'],
			['Reminder', 'reminder'],
			['Reschedule', 'reschedule'],
		],
	),
	choice(
		'receiverType',
		'Receiver',
		'Who gets it: the booked contact, the guests, the assigned user, the business, or the extra emails or phone numbers given',
		[
			['Contact', 'contact'],
			['Assigned User', 'assignedUser'],
			['Business', 'business'],
			['Emails', 'emails'],
			['Guest', 'guest'],
			['Phone Numbers', 'phoneNumbers'],
		],
	),
	choice('channel', 'Channel', 'How it is sent', [
		['Email', 'email'],
		['In-App', 'inApp'],
		['SMS', 'sms'],
		['WhatsApp', 'whatsapp'],
	]),
	{
		name: 'isActive',
		title: 'Active',
		description: 'Whether the notification is sent',
		check: 'boolean',
		type: 'boolean',
		default: true,
	},
	{
		name: 'subject',
		title: 'Subject',
		description: 'Subject of an email notification',
		check: 'text',
		placeholder: 'Your appointment is booked',
	},
	{
		name: 'body',
		title: 'Body',
		description:
			'Text of the notification (email or SMS); HighLevel’s merge fields such as {{contact.name}} work',
		check: 'text',
	},
	{
		name: 'templateId',
		title: 'Template ID',
		description: 'ID of an email template to send instead of Subject and Body',
		check: 'id',
		placeholder: '0as9d8as0d',
	},
	{
		name: 'fromName',
		title: 'From Name',
		description: 'Sender name of an email or SMS notification',
		check: 'text',
		placeholder: 'Acme Dental',
	},
	{
		name: 'fromAddress',
		title: 'From Address',
		description: 'Sender address of an email notification',
		check: 'email',
		placeholder: 'bookings@acme.example',
	},
	{
		name: 'fromNumber',
		title: 'From Number',
		description: 'Sender phone number of an SMS notification, in E.164',
		check: 'phone',
		placeholder: '+14155550100',
	},
	{
		name: 'additionalEmailIds',
		title: 'Additional Emails',
		description: 'More email addresses that get it, comma-separated (with Receiver: Emails)',
		check: 'list',
		placeholder: 'frontdesk@acme.example, manager@acme.example',
	},
	{
		name: 'additionalPhoneNumbers',
		title: 'Additional Phone Numbers',
		description: 'More phone numbers that get it, comma-separated (with Receiver: Phone Numbers)',
		check: 'list',
		placeholder: '+14155550100, +14155550101',
	},
	{
		name: 'selectedUsers',
		title: 'Selected Users',
		description:
			'User IDs (or sub_account_admin) that get in-app and business email notifications, comma-separated',
		check: 'list',
		placeholder: 'sub_account_admin',
	},
];

const table = fieldTable(NOTIFICATION_FIELDS);

/** The table, with each extra email and phone number checked (and phones put in E.164) as the single ones are. */
export const NOTIFICATION_TABLE: FieldTable = {
	...table,
	body(ctx, itemIndex, values) {
		const body = table.body(ctx, itemIndex, values);
		if (Array.isArray(body.additionalEmailIds)) {
			body.additionalEmailIds = body.additionalEmailIds.map((entry) =>
				validate.email(ctx, itemIndex, 'Additional Emails', entry),
			);
		}
		if (Array.isArray(body.additionalPhoneNumbers)) {
			body.additionalPhoneNumbers = body.additionalPhoneNumbers.map((entry) =>
				validate.phone(ctx, itemIndex, 'Additional Phone Numbers', entry),
			);
		}
		return body;
	},
};

/** Reminders are sent a time before the appointment, follow-ups a time after it. */
export const TIMING_FIELDS = fieldTable([
	{
		name: 'timeOffset',
		title: 'Time Offset',
		description:
			'How long before the appointment a reminder is sent, or after it a follow-up (reminders and follow-ups only)',
		check: 'number',
		type: 'number',
		min: 1,
		default: 1,
	},
	{
		name: 'timeUnit',
		title: 'Time Unit',
		description: 'Unit of Time Offset',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Minutes', value: 'minutes' },
			{ name: 'Hours', value: 'hours' },
			{ name: 'Days', value: 'days' },
		],
		default: 'hours',
	},
]);

export const REQUIRED = ['notificationType', 'receiverType', 'channel'];
