import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';
import { resolveLocationId } from '../../shared/location';
import { idParameter } from '../../shared/params';
import { readCollection, readId, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';

/**
 * Recurring tasks of the sub-account (locations.json): a title and a recurrence rule, from which
 * HighLevel makes a task for each occurrence. The rule's fields go in `rruleOptions`.
 */
const RULE = [
	'intervalType',
	'interval',
	'startDate',
	'endDate',
	'dayOfMonth',
	'dayOfWeek',
	'monthOfYear',
	'count',
	'createTaskIfOverDue',
	'dueAfterSeconds',
];
const RULE_REQUIRED = ['intervalType', 'interval', 'startDate', 'dueAfterSeconds'];

const RECURRING_FIELDS = fieldTable([
	{
		name: 'title',
		title: 'Title',
		description: 'Title of each task made',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'intervalType',
		title: 'Repeat',
		description: 'How often a task is made',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Hourly', value: 'hourly' },
			{ name: 'Daily', value: 'daily' },
			{ name: 'Weekly', value: 'weekly' },
			{ name: 'Monthly', value: 'monthly' },
			{ name: 'Yearly', value: 'yearly' },
		],
		default: 'weekly',
	},
	{
		name: 'interval',
		title: 'Every',
		description: 'Every how many hours, days, weeks, months or years (1: every one)',
		check: 'number',
		type: 'number',
		min: 1,
		default: 1,
	},
	{
		name: 'startDate',
		title: 'Start Date',
		description: 'When the first task is made, e.g. 2026-12-01T09:00:00Z',
		check: 'dateTime',
		placeholder: '2026-12-01T09:00:00Z',
	},
	{
		name: 'dueAfterSeconds',
		title: 'Due After (Seconds)',
		description: 'How long after it is made each task is due, in seconds (86400: a day)',
		check: 'number',
		type: 'number',
		min: 0,
		default: 86400,
	},
	{
		name: 'description',
		title: 'Description',
		description: 'Description of each task made',
		check: 'text',
	},
	{
		name: 'contactIds',
		title: 'Contact IDs',
		description: 'Contacts each task is for, IDs separated by commas',
		check: 'list',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
	},
	{
		name: 'owners',
		title: 'Assigned User IDs',
		description: 'Users each task is assigned to, IDs separated by commas',
		check: 'list',
		placeholder: 'sx6wyHhbFdRXh302Lunr',
	},
	{
		name: 'endDate',
		title: 'End Date',
		description: 'When no more tasks are made, e.g. 2027-06-30T09:00:00Z',
		check: 'dateTime',
		placeholder: '2027-06-30T09:00:00Z',
	},
	{
		name: 'count',
		title: 'Occurrences',
		description: 'How many tasks are made at most',
		check: 'number',
		type: 'number',
		min: 1,
		default: 10,
	},
	{
		name: 'dayOfMonth',
		title: 'Day of Month',
		description: 'Monthly: the day of the month (1–31) tasks are made on',
		check: 'number',
		type: 'number',
		min: 1,
		default: 1,
	},
	{
		name: 'dayOfWeek',
		title: 'Day of Week',
		description: 'Weekly or monthly: the weekday tasks are made on',
		check: 'choice',
		type: 'options',
		options: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((value, i) => ({
			name: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][i],
			value,
		})),
		default: 'MO',
	},
	{
		name: 'monthOfYear',
		title: 'Month of Year',
		description: 'Yearly: the month (1–12) tasks are made in',
		check: 'number',
		type: 'number',
		min: 1,
		default: 1,
	},
	{
		name: 'createTaskIfOverDue',
		title: 'Create If Overdue',
		description: 'Whether a task is still made when its time has passed',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'ignoreTaskCreation',
		title: 'Skip First Task',
		description: 'Whether to make no task right away, only from the next occurrence',
		check: 'boolean',
		type: 'boolean',
	},
]);

export const recurringTaskIdParameter = idParameter(
	'recurringTaskId',
	'Recurring Task ID',
	'ID of the recurring task',
);

/** The body HighLevel takes: rule fields nested in `rruleOptions`, the others at the top. */
function shape(values: IDataObject): IDataObject {
	const body: IDataObject = {};
	const rule: IDataObject = {};
	for (const [key, value] of Object.entries(values))
		(RULE.includes(key) ? rule : body)[key] = value;
	return Object.keys(rule).length ? { ...body, rruleOptions: rule } : body;
}

function checkRule(ctx: IExecuteFunctions, itemIndex: number, rule: IDataObject): void {
	if (
		typeof rule.endDate === 'string' &&
		typeof rule.startDate === 'string' &&
		rule.endDate <= rule.startDate
	) {
		throw refuse(
			ctx,
			itemIndex,
			RECURRING_FIELDS.property('endDate'),
			`a moment after the Start Date (${rule.startDate})`,
			rule.endDate,
		);
	}
}

const unwrap = (response: IDataObject) =>
	(response.recurringTask as IDataObject | undefined) ?? response;
const REQUIRED = ['title', ...RULE_REQUIRED];

const createAdditionalFields = RECURRING_FIELDS.collection(
	'additionalFields',
	'Additional Fields',
	REQUIRED,
);
const updateFields = RECURRING_FIELDS.collection('updateFields', 'Update Fields', [], true);

export const createRecurring: OperationDefinition = {
	value: 'createRecurringTask',
	name: 'Create Recurring Task',
	action: 'Create a recurring task',
	description:
		'Create a recurring task in the sub-account: HighLevel makes a task (for the contacts and users given) at each occurrence of the rule',
	calls: ['locations/create-recurring-task'],
	properties: [
		...REQUIRED.map((name) => RECURRING_FIELDS.property(name, { required: true })),
		createAdditionalFields,
	],
	async execute(itemIndex) {
		const values: IDataObject = {
			...readCollection(this, itemIndex, createAdditionalFields),
		};
		for (const name of REQUIRED) values[name] = RECURRING_FIELDS.read(this, itemIndex, name);
		const body = shape(RECURRING_FIELDS.body(this, itemIndex, values));
		checkRule(this, itemIndex, body.rruleOptions as IDataObject);
		const locationId = await resolveLocationId(this, itemIndex);
		return unwrap(
			await apiRequest<IDataObject>(this, {
				operation: 'locations/create-recurring-task',
				path: { locationId },
				body,
				itemIndex,
				locationId,
			}),
		);
	},
};

export const getRecurring: OperationDefinition = {
	value: 'getRecurringTask',
	name: 'Get Recurring Task',
	action: 'Get a recurring task',
	description:
		'Retrieve a recurring task of the sub-account: its title, rule and how many tasks it has made',
	calls: ['locations/get-recurring-task-by-id'],
	properties: [recurringTaskIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, recurringTaskIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		return unwrap(
			await apiRequest<IDataObject>(this, {
				operation: 'locations/get-recurring-task-by-id',
				path: { locationId, id },
				itemIndex,
				locationId,
			}),
		);
	},
};

export const updateRecurring: OperationDefinition = {
	value: 'updateRecurringTask',
	name: 'Update Recurring Task',
	action: 'Update a recurring task',
	description:
		'Change a recurring task’s title, description, contacts, users or rule; a changed rule keeps the settings not given',
	// HighLevel replaces the whole rule: when only part of it changes, the rest is read first.
	calls: ['locations/update-recurring-task', 'locations/get-recurring-task-by-id'],
	properties: [recurringTaskIdParameter, updateFields],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, recurringTaskIdParameter);
		const body = shape(
			RECURRING_FIELDS.body(this, itemIndex, readCollection(this, itemIndex, updateFields)),
		);
		if (!Object.keys(body).length)
			throw refuse(this, itemIndex, updateFields, 'at least one field to change');
		if (body.title === '')
			throw refuse(
				this,
				itemIndex,
				RECURRING_FIELDS.property('title'),
				'a title (a task cannot be without one)',
				'',
			);
		const locationId = await resolveLocationId(this, itemIndex);
		const rule = body.rruleOptions as IDataObject | undefined;
		if (rule && RULE_REQUIRED.some((name) => rule[name] === undefined)) {
			const current = unwrap(
				await apiRequest<IDataObject>(this, {
					operation: 'locations/get-recurring-task-by-id',
					path: { locationId, id },
					itemIndex,
					locationId,
				}),
			);
			const before = (current.rruleOptions as IDataObject | undefined) ?? {};
			body.rruleOptions = {
				...Object.fromEntries(
					RULE.filter((name) => before[name] !== undefined).map((name) => [name, before[name]]),
				),
				...rule,
			};
		}
		if (body.rruleOptions) checkRule(this, itemIndex, body.rruleOptions as IDataObject);
		return unwrap(
			await apiRequest<IDataObject>(this, {
				operation: 'locations/update-recurring-task',
				path: { locationId, id },
				body,
				itemIndex,
				locationId,
			}),
		);
	},
};

export const deleteRecurring: OperationDefinition = {
	value: 'deleteRecurringTask',
	name: 'Delete Recurring Task',
	action: 'Delete a recurring task',
	description: 'Delete a recurring task of the sub-account; HighLevel makes no more tasks from it',
	calls: ['locations/delete-recurring-task'],
	properties: [recurringTaskIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, recurringTaskIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest(this, {
			operation: 'locations/delete-recurring-task',
			path: { locationId, id },
			itemIndex,
			locationId,
		});
		return { id, deleted: true };
	},
};
