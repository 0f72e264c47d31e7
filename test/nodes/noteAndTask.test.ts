import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Note', () => {
	it('creates, gets, lists, updates and deletes a note of a contact', async () => {
		const { fake, seed } = state;
		const contactId = seed.location.addContact({ email: 'n@example.com' }).id as string;
		const created = await run({
			resource: 'note',
			operation: 'create',
			contactId,
			body: 'Called, wants a demo',
			additionalFields: { title: 'Call', userId: seed.ada.id, pinned: true },
		});
		expect(created.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /\/notes$/)[0]).toMatchObject({
			path: `/contacts/${contactId}/notes`,
			body: { body: 'Called, wants a demo', title: 'Call', userId: seed.ada.id, pinned: true },
		});
		const noteId = created.items[0].json.id as string;
		expect(created.items[0].json).toMatchObject({ body: 'Called, wants a demo', contactId });

		const got = await run({ resource: 'note', operation: 'get', contactId, noteId });
		expect(got.items[0].json).toMatchObject({ id: noteId });

		await run({ resource: 'note', operation: 'create', contactId, body: 'Second' });
		const listed = await run({
			resource: 'note',
			operation: 'getAll',
			contactId,
			returnAll: false,
			limit: 1,
		});
		expect(listed.items).toHaveLength(1);
		const all = await run({ resource: 'note', operation: 'getAll', contactId, returnAll: true });
		expect(all.items).toHaveLength(2);

		const updated = await run({
			resource: 'note',
			operation: 'update',
			contactId,
			noteId,
			updateFields: { body: 'Demo booked' },
		});
		expect(updated.items[0].json).toMatchObject({ id: noteId, body: 'Demo booked' });
		expect(requestsTo(fake, 'PUT', /\/notes\//)[0].body).toEqual({ body: 'Demo booked' });

		const deleted = await run({ resource: 'note', operation: 'delete', contactId, noteId });
		expect(deleted.items[0].json).toEqual({ id: noteId, contactId, deleted: true });
		expect([...seed.location.notes.values()].some((n) => n.id === noteId)).toBe(false);
	});

	it('needs a body before it sends anything', async () => {
		const { fake, seed } = state;
		const contactId = seed.location.addContact({ email: 'n2@example.com' }).id as string;
		// An expression that resolves to nothing gets past n8n's own required-parameter check.
		const result = await run(
			{ resource: 'note', operation: 'create', contactId, body: '={{ $json.text }}' },
			{ items: [{ text: '' }] },
		);
		expect(result.error?.message).toMatch(/Note › Create: Invalid 'Body' in item 0/);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Task', () => {
	it('creates, completes, reopens, updates, lists and deletes a task', async () => {
		const { fake, seed } = state;
		const contactId = seed.location.addContact({ email: 't@example.com' }).id as string;
		const created = await run({
			resource: 'task',
			operation: 'create',
			contactId,
			title: 'Send proposal',
			dueDate: '2026-12-01T09:00:00Z',
			additionalFields: { assignedTo: seed.alan.id, body: 'PDF in drive' },
		});
		expect(created.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /\/tasks$/)[0].body).toEqual({
			title: 'Send proposal',
			dueDate: '2026-12-01T09:00:00.000Z',
			completed: false,
			assignedTo: seed.alan.id,
			body: 'PDF in drive',
		});
		const taskId = created.items[0].json.id as string;

		const done = await run({ resource: 'task', operation: 'complete', contactId, taskId });
		expect(done.items[0].json).toMatchObject({ id: taskId, completed: true });
		expect(requestsTo(fake, 'PUT', /\/completed$/)[0].body).toEqual({ completed: true });
		const reopened = await run({
			resource: 'task',
			operation: 'complete',
			contactId,
			taskId,
			completed: false,
		});
		expect(reopened.items[0].json).toMatchObject({ completed: false });

		const updated = await run({
			resource: 'task',
			operation: 'update',
			contactId,
			taskId,
			updateFields: { title: 'Send final proposal' },
		});
		expect(updated.items[0].json).toMatchObject({ title: 'Send final proposal' });

		const got = await run({ resource: 'task', operation: 'get', contactId, taskId });
		expect(got.items[0].json).toMatchObject({ id: taskId, title: 'Send final proposal' });

		const listed = await run({ resource: 'task', operation: 'getAll', contactId, returnAll: true });
		expect(listed.items.map((i) => i.json.id)).toEqual([taskId]);

		const deleted = await run({ resource: 'task', operation: 'delete', contactId, taskId });
		expect(deleted.items[0].json).toMatchObject({ deleted: true });
		expect(seed.location.tasks.size).toBe(0);
	});

	it('rejects a due date that is not ISO 8601 before sending', async () => {
		const { fake, seed } = state;
		const contactId = seed.location.addContact({ email: 't2@example.com' }).id as string;
		const result = await run({
			resource: 'task',
			operation: 'create',
			contactId,
			title: 'x',
			dueDate: 'next tuesday',
		});
		expect(result.error?.message).toMatch(
			/Invalid 'Due Date' in item 0: expected an ISO 8601 date/,
		);
		expect(fake.requests).toHaveLength(0);
	});
});
