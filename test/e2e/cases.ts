/**
 * Assertions beyond a workflow file's `e2e` block, by workflow id: what a generic check cannot know.
 * A workflow without an entry here is still run and checked (see lib/runs.ts).
 */
import assert from 'node:assert/strict';
import type { Fixture } from './fixture';
import { PAGING_CONTACTS } from './fixture';
import type { RunView } from './lib/runs';

export type Case = (run: RunView, fixture: Fixture) => void;

export const CASES: Record<string, Case> = {
	e2eContactCrud01(run, { demo }) {
		const created = run.output('Create')[0].json;
		assert.equal(created.email, 'e2e@example.com');
		assert.equal(created.phone, '+14155550142');
		assert.equal(run.output('Get')[0].json.id, created.id);
		// Custom fields set through the Fields mapper by key, read back by key and by name.
		assert.deepEqual(run.output('Get')[0].json.customFieldsByKey, {
			plan: 'Pro',
			renewal_date: '2026-03-01',
		});
		assert.deepEqual(run.output('Get')[0].json.customFieldsByName, {
			Plan: 'Pro',
			'Renewal Date': '2026-03-01',
		});
		assert.deepEqual(
			(run.output('Update')[0].json.customFields as Array<{ value: unknown }>)
				.map((f) => f.value)
				.sort(),
			[1772323200000, 10115, 'Pro'].sort(),
		);
		assert.equal(run.output('Update')[0].json.city, 'Berlin');
		const searched = run.output('Search').map((i) => i.json.email);
		assert.ok(
			searched.includes('e2e@example.com'),
			`search did not return the created contact: ${searched.join(', ')}`,
		);
		assert.deepEqual(run.output('Delete')[0].json, { id: created.id, deleted: true });
		assert.equal(
			demo.contacts.has(created.id as string),
			false,
			'the contact still exists in HighLevel',
		);
		const create = run.requests.find((r) => r.operationKey === 'contacts/create-contact');
		assert.equal(
			create?.headers.authorization,
			'Bearer pit-demo-token',
			'the Private Integration Token was not sent as Bearer',
		);
	},

	e2eUpsertOAuth01(run) {
		assert.equal(run.output('Upsert')[0].json.email, 'oauth-e2e@example.com');
		const refreshes = run.requests.filter((r) => r.path === '/oauth/token');
		assert.equal(refreshes.length, 1, `expected one token refresh, saw ${refreshes.length}`);
		const calls = run.requests.filter((r) => r.operationKey === 'contacts/upsert-contact');
		assert.deepEqual(
			calls.map(
				(r) =>
					`${r.status >= 200 && r.status < 300 ? '2xx' : r.status} ${r.headers.authorization === 'Bearer e2e-expired-access' ? 'expired token' : 'new token'}`,
			),
			['401 expired token', '2xx new token'],
			'the request with the expired token must be retried once with the refreshed one',
		);
	},

	e2eContinueFail1(run) {
		const input = run.output('Contacts');
		const items = run.output('Upsert');
		assert.equal(items.length, input.length, 'Continue On Fail must give one item per input item');
		assert.deepEqual(
			items.map((i) => i.pairedItem),
			input.map((_, item) => ({ item })),
		);
		const bad = input.findIndex((i) => i.json.firstName === 'Katherine');
		assert.match(String(items[bad].json.error), new RegExp(`Invalid 'Email' in item ${bad}`));
		items.forEach((item, index) => index !== bad && assert.equal(item.json.source, 'e2e'));
	},

	e2eContactPaging(run) {
		const items = run.output('All Contacts');
		assert.equal(items.length, PAGING_CONTACTS);
		assert.equal(new Set(items.map((i) => i.json.id)).size, PAGING_CONTACTS, 'pages overlapped');
		// "First 10" asks for 10 in one request; the Return All node for pages of 500.
		const pages = run.requests.filter(
			(r) =>
				r.operationKey === 'contacts/search-contacts-advanced' &&
				(r.body as { pageLimit?: number }).pageLimit === 500,
		);
		assert.equal(
			pages.length,
			Math.ceil(PAGING_CONTACTS / 500),
			'expected one request per page of 500',
		);
		assert.ok(
			pages.slice(1).every((r) => Array.isArray((r.body as { searchAfter?: unknown }).searchAfter)),
			'later pages must continue from the previous page (searchAfter)',
		);
		const limited = run.output('First 10');
		assert.equal(limited.length, 10);
	},

	e2eMediaLibrary1(run, { demo }) {
		const folder = run.output('Create Folder')[0].json;
		const fileId = run.output('Upload')[0].json.fileId as string;
		const archive = run.output('Create Archive')[0].json;
		assert.equal(archive.parentId, folder._id, 'the archive was not made inside the folder');
		assert.deepEqual(run.output('Bulk Move')[0].json.results, [{ id: fileId, updated: true }]);
		const upload = run.requests.find((r) => r.operationKey === 'medias/upload-media-content');
		assert.deepEqual(upload?.body, {
			name: 'e2e brochure.pdf',
			parentId: folder._id,
			hosted: 'true',
			fileUrl: 'https://example.com/e2e-brochure.pdf',
		});
		assert.equal(
			demo.collection('media').has(folder._id as string),
			false,
			'the folder still exists in HighLevel',
		);
		assert.equal(demo.collection('media').has(fileId), false, 'the file went with its folder');
	},
};
