import { newId } from '../fake-highlevel/store';
import { LOCATION_ID } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

/** Tasks straight into the fake's store, due a day apart. */
function seedTasks(n: number, fields: (i: number) => Record<string, unknown> = () => ({})) {
	const contact = state.seed.location.addContact({
		firstName: 'Grace',
		email: 'grace@example.com',
	});
	for (let i = 0; i < n; i++) {
		const id = newId();
		state.seed.location.tasks.set(id, {
			id,
			contactId: contact.id,
			title: `Task ${i}`,
			dueDate: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
			completed: false,
			...fields(i),
		});
	}
	return contact;
}

describe('Task › Search', () => {
	it('searches every contact’s tasks page by page, with the filters in the body', async () => {
		seedTasks(130, (i) => ({ assignedTo: i % 2 ? state.seed.ada.id : state.seed.alan.id }));
		const result = await run({
			resource: 'task',
			operation: 'search',
			returnAll: true,
			filters: { assignedTo: [state.seed.ada.id], completed: 'pending' },
		});
		expect(result.error).toBeUndefined();
		const searches = requestsTo(state.fake, 'POST', /\/tasks\/search$/);
		expect(searches.map((r) => [r.path, r.body])).toEqual([
			[
				`/locations/${LOCATION_ID}/tasks/search`,
				{ assignedTo: [state.seed.ada.id], completed: false, skip: 0, limit: 100 },
			],
		]);
		expect(result.items).toHaveLength(65);
		expect(result.items[0].json).toMatchObject({
			title: 'Task 1',
			completed: false,
			assignedTo: state.seed.ada.id,
		});
	});

	it('reads on after a full page, and stops at Limit', async () => {
		seedTasks(130);
		const all = await run({ resource: 'task', operation: 'search', returnAll: true });
		expect(requestsTo(state.fake, 'POST', /\/tasks\/search$/).map((r) => r.body)).toEqual([
			{ skip: 0, limit: 100 },
			{ skip: 100, limit: 100 },
		]);
		expect(all.items).toHaveLength(130);
		state.fake.requests.length = 0;
		const some = await run({
			resource: 'task',
			operation: 'search',
			limit: 3,
			filters: { query: 'task 1' },
		});
		expect(state.fake.requests.map((r) => r.body)).toEqual([
			{ query: 'task 1', skip: 0, limit: 3 },
		]);
		expect(some.items).toHaveLength(3);
	});

	it('refuses a status it does not know before any request', async () => {
		const result = await run({
			resource: 'task',
			operation: 'search',
			returnAll: true,
			filters: { completed: '={{ "late" }}' },
		});
		expect(result.error?.message).toMatch(
			/Task › Search: Invalid 'Status' in item 0: expected one of pending, completed/,
		);
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Task › recurring tasks', () => {
	it('creates, gets, updates (keeping the rest of the rule) and deletes a recurring task', async () => {
		const contact = seedTasks(0);
		const made = await run({
			resource: 'task',
			operation: 'createRecurringTask',
			title: 'Weekly check-in',
			intervalType: 'weekly',
			interval: 2,
			startDate: '2026-12-01T09:00:00Z',
			dueAfterSeconds: 3600,
			additionalFields: {
				dayOfWeek: 'MO',
				contactIds: String(contact.id),
				owners: String(state.seed.ada.id),
			},
		});
		expect(made.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				`/locations/${LOCATION_ID}/recurring-tasks`,
				{
					title: 'Weekly check-in',
					contactIds: [contact.id],
					owners: [state.seed.ada.id],
					rruleOptions: {
						intervalType: 'weekly',
						interval: 2,
						startDate: '2026-12-01T09:00:00.000Z',
						dueAfterSeconds: 3600,
						dayOfWeek: 'MO',
					},
				},
			],
		]);
		const task = made.items[0].json;
		expect(task).toMatchObject({
			id: expect.any(String),
			title: 'Weekly check-in',
			contactId: contact.id,
			assignedTo: state.seed.ada.id,
		});
		const path = `/locations/${LOCATION_ID}/recurring-tasks/${String(task.id)}`;

		state.fake.requests.length = 0;
		const got = await run({
			resource: 'task',
			operation: 'getRecurringTask',
			recurringTaskId: task.id,
		});
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([['GET', path]]);
		expect(got.items[0].json).toMatchObject({
			id: task.id,
			rruleOptions: { intervalType: 'weekly', interval: 2 },
		});

		state.fake.requests.length = 0;
		const updated = await run({
			resource: 'task',
			operation: 'updateRecurringTask',
			recurringTaskId: task.id,
			updateFields: { interval: 1, title: 'Check-in' },
		});
		expect(updated.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.body])).toEqual([
			['GET', undefined],
			[
				'PUT',
				{
					title: 'Check-in',
					rruleOptions: {
						intervalType: 'weekly',
						interval: 1,
						startDate: '2026-12-01T09:00:00.000Z',
						dayOfWeek: 'MO',
						dueAfterSeconds: 3600,
					},
				},
			],
		]);

		state.fake.requests.length = 0;
		await run({
			resource: 'task',
			operation: 'updateRecurringTask',
			recurringTaskId: task.id,
			updateFields: { description: 'Ask about the quote' },
		});
		expect(state.fake.requests.map((r) => [r.method, r.body])).toEqual([
			['PUT', { description: 'Ask about the quote' }],
		]);

		const deleted = await run({
			resource: 'task',
			operation: 'deleteRecurringTask',
			recurringTaskId: task.id,
		});
		expect(deleted.items.map((i) => i.json)).toEqual([{ id: task.id, deleted: true }]);
		expect(state.seed.location.collection('recurringTasks').size).toBe(0);
	});

	it.each([
		[
			'an end before the start',
			{
				operation: 'createRecurringTask',
				title: 'A',
				intervalType: 'daily',
				interval: 1,
				startDate: '2026-12-01T09:00:00Z',
				dueAfterSeconds: 60,
				additionalFields: { endDate: '2026-11-01T09:00:00Z' },
			},
			/Invalid 'End Date' in item 0: expected a moment after the Start Date/,
		],
		[
			'an interval of 0',
			{
				operation: 'createRecurringTask',
				title: 'A',
				intervalType: 'daily',
				interval: 0,
				startDate: '2026-12-01T09:00:00Z',
				dueAfterSeconds: 60,
			},
			/Invalid 'Every' in item 0: expected a number of 1 or more/,
		],
		[
			'a repeat HighLevel does not have',
			{
				operation: 'createRecurringTask',
				title: 'A',
				intervalType: '={{ "fortnightly" }}',
				interval: 1,
				startDate: '2026-12-01T09:00:00Z',
				dueAfterSeconds: 60,
			},
			/Invalid 'Repeat' in item 0/,
		],
		[
			'an update that changes nothing',
			{ operation: 'updateRecurringTask', recurringTaskId: 'r1', updateFields: {} },
			/Task › Update Recurring Task: Invalid 'Update Fields' in item 0/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({ resource: 'task', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});
