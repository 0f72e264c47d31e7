import type { IBinaryKeyData } from 'n8n-workflow';
import { LOCATION_ID, PIT_TOKEN, loadOptions } from '../harness/run';
import {
	addMediaFile,
	addMediaFolder,
	CAPPED_PAGE,
	mediaFileData,
	MEDIA_LIST_ENDS,
	setMediaListEnd,
	type MediaListEnd,
} from '../fake-highlevel/handlers/medias';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

/** Every byte value, so nothing of the file may be read as text on the way. */
const BYTES = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
const ALT = { altType: 'location', altId: LOCATION_ID };

function binaryOf(data: Buffer, fileName: string, mimeType: string): IBinaryKeyData {
	return { data: { data: data.toString('base64'), mimeType, fileName } };
}

const library = () => state.seed.location.collection('media');

/** `n` files in a folder, made a second apart and named so that both orders agree. */
function seedFiles(n: number, parentId?: string) {
	return Array.from({ length: n }, (_, i) => {
		const file = addMediaFile(state.seed.location, {
			name: `file-${String(i).padStart(4, '0')}.png`,
			contentType: 'image/png',
			data: BYTES,
			parentId,
		});
		file.createdAt = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
		return file;
	});
}

describe('Media › Upload', () => {
	it('sends the binary data as the multipart file part, with its name and folder', async () => {
		const { fake } = state;
		const folder = addMediaFolder(state.seed.location, 'Brand assets');
		const result = await run(
			{
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'data',
				options: { folderId: folder._id },
			},
			{ binary: [binaryOf(BYTES, 'photo.png', 'image/png')] },
		);
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/medias\/upload-file$/);
		expect(fake.requests).toHaveLength(1);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.query).toEqual({});
		expect(request.body).toEqual({ name: 'photo.png', parentId: folder._id });
		expect(request.files?.map((f) => [f.field, f.fileName, f.mimeType, f.data])).toEqual([
			['file', 'photo.png', 'image/png', BYTES],
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const { fileId, url } = result.items[0].json;
		expect(result.items[0].json).toEqual({ fileId: expect.any(String), url: expect.any(String) });
		const stored = library().get(fileId as string)!;
		expect(stored).toMatchObject({ name: 'photo.png', parentId: folder._id, url, type: 'file' });
		expect(mediaFileData(stored)).toEqual(BYTES);
	});

	it('names the file as told, and takes a file from a URL with hosted and fileUrl', async () => {
		const { fake } = state;
		const named = await run(
			{
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'scan',
				options: { name: 'Invoice 42.pdf' },
			},
			{ binary: [{ scan: binaryOf(BYTES, 'scan.pdf', 'application/pdf').data }] },
		);
		expect(named.error).toBeUndefined();
		const fromUrl = await run({
			resource: 'media',
			operation: 'upload',
			source: 'url',
			fileUrl: 'https://cdn.example.com/brochure.pdf',
		});
		expect(fromUrl.error).toBeUndefined();
		const [first, second] = requestsTo(fake, 'POST', /^\/medias\/upload-file$/);
		expect(first.body).toEqual({ name: 'Invoice 42.pdf' });
		expect(first.files?.map((f) => [f.field, f.fileName, f.mimeType])).toEqual([
			['file', 'scan.pdf', 'application/pdf'],
		]);
		expect(second.body).toEqual({
			hosted: 'true',
			fileUrl: 'https://cdn.example.com/brochure.pdf',
		});
		expect(second.files).toEqual([]);
		expect(fromUrl.items[0].json).toEqual({
			fileId: expect.any(String),
			url: 'https://cdn.example.com/brochure.pdf',
		});
		expect(library().get(fromUrl.items[0].json.fileId as string)).toMatchObject({
			name: 'brochure.pdf',
			hosted: true,
		});
	});

	it('names the item and the field when the binary property is missing, and goes on with the others', async () => {
		const { fake } = state;
		const result = await run(
			{ resource: 'media', operation: 'upload', binaryPropertyName: '={{ $json.field }}' },
			{
				items: [{ field: 'data' }, { field: 'photo' }, { field: 'data' }],
				binary: [
					binaryOf(BYTES, 'a.png', 'image/png'),
					binaryOf(BYTES, 'b.png', 'image/png'),
					null,
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json.fileId).toEqual(expect.any(String));
		expect(result.items[1].json.error).toMatch(
			/Invalid 'Input Binary Field' in item 1: expected a binary field of the input item: data/,
		);
		expect(result.items[2].json.error).toMatch(
			/Invalid 'Input Binary Field' in item 2: expected a binary field of the input item, which has no binary data/,
		);
		expect(requestsTo(fake, 'POST', /^\/medias\/upload-file$/)).toHaveLength(1);
	});

	const bad: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a URL that is no web address',
			{ source: 'url', fileUrl: 'ftp://example.com/a.pdf' },
			/Invalid 'File URL' in item 0: expected a web address/,
		],
		[
			'a folder ID with a slash',
			{ options: { folderId: 'a/b' } },
			/Invalid 'Folder' in item 0: expected an ID/,
		],
	];
	it.each(bad)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run(
			{ resource: 'media', operation: 'upload', ...parameters },
			{ binary: [binaryOf(BYTES, 'a.png', 'image/png')] },
		);
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});

	it('refuses an empty file before any request', async () => {
		const result = await run(
			{ resource: 'media', operation: 'upload' },
			{ binary: [binaryOf(Buffer.alloc(0), 'empty.png', 'image/png')] },
		);
		expect(result.error?.message).toMatch(
			/Invalid 'Input Binary Field' in item 0: expected a file with content/,
		);
		expect(state.fake.requests).toHaveLength(0);
	});

	it('does not resend an upload whose outcome is unknown, and says where to look', async () => {
		const { fake } = state;
		fake.injectFault({
			operationKey: 'medias/upload-media-content',
			fault: { kind: 'status', status: 502, body: { statusCode: 502, message: 'Bad Gateway' } },
		});
		const result = await run(
			{ resource: 'media', operation: 'upload' },
			{ binary: [binaryOf(BYTES, 'once.png', 'image/png')] },
		);
		expect(result.error?.message).toMatch(
			/The file may have been uploaded and was not resent: Bad Gateway/,
		);
		expect(result.error?.description).toMatch(/Check the media library in HighLevel/);
		expect(requestsTo(fake, 'POST', /^\/medias\/upload-file$/)).toHaveLength(1);
	});
});

describe('Media › Get Many', () => {
	it.each(MEDIA_LIST_ENDS.map((end) => [end]))(
		'reads every file over several pages when the list ends %s',
		async (end: MediaListEnd) => {
			const { fake } = state;
			setMediaListEnd(state.seed.location, end);
			const folder = addMediaFolder(state.seed.location, 'Campaign');
			const files = seedFiles(230, String(folder._id));
			seedFiles(3); // at the top level, outside the folder
			const result = await run({
				resource: 'media',
				operation: 'getAll',
				returnAll: true,
				filters: { folderId: folder._id, sortBy: 'name', sortOrder: 'asc' },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json._id)).toEqual(files.map((f) => f._id));
			expect(
				result.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0),
			).toBe(true);
			const sent = requestsTo(fake, 'GET', /^\/medias\/files$/);
			expect(sent[0].query).toEqual({
				...ALT,
				type: 'file',
				parentId: folder._id,
				sortBy: 'name',
				sortOrder: 'asc',
				offset: '0',
				limit: '100',
			});
			const offsets = sent.map((r) => Number(r.query.offset));
			if (end === 'total') expect(offsets).toEqual([0, 100, 200]);
			if (end === 'short') expect(offsets).toEqual([0, 100, 200, 230]);
			if (end === 'capped')
				expect(offsets).toEqual(
					Array.from({ length: Math.ceil(230 / CAPPED_PAGE) + 1 }, (_, i) =>
						Math.min(i * CAPPED_PAGE, 230),
					),
				);
		},
	);

	it('asks for exactly what Limit leaves, top-level files newest first by default', async () => {
		const { fake } = state;
		const files = seedFiles(150);
		const result = await run({ resource: 'media', operation: 'getAll', limit: 120 });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json._id)).toEqual(
			[...files]
				.reverse()
				.slice(0, 120)
				.map((f) => f._id),
		);
		expect(
			requestsTo(fake, 'GET', /^\/medias\/files$/).map((r) => [
				r.query.type,
				r.query.sortBy,
				r.query.sortOrder,
				r.query.offset,
				r.query.limit,
				r.query.parentId,
			]),
		).toEqual([
			['file', 'createdAt', 'desc', '0', '100', undefined],
			['file', 'createdAt', 'desc', '100', '20', undefined],
		]);
	});

	it('lists folders and searches by name', async () => {
		const { fake } = state;
		addMediaFolder(state.seed.location, 'Brand assets');
		addMediaFolder(state.seed.location, 'Social posts');
		seedFiles(2);
		const result = await run({
			resource: 'media',
			operation: 'getAll',
			type: 'folder',
			returnAll: true,
			filters: { query: 'brand' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.name, i.json.type])).toEqual([
			['Brand assets', 'folder'],
		]);
		expect(requestsTo(fake, 'GET', /^\/medias\/files$/)[0].query).toMatchObject({
			type: 'folder',
			query: 'brand',
		});
	});

	it('stops on a type an expression set wrong, before any request', async () => {
		const result = await run({ resource: 'media', operation: 'getAll', type: 'video' });
		expect(result.error?.message).toMatch(/Invalid 'Type' in item 0: expected one of file, folder/);
		expect(state.fake.requests).toHaveLength(0);
	});
});

describe('Media › Update, Delete, Create Folder', () => {
	it('renames a file', async () => {
		const { fake } = state;
		const [file] = seedFiles(1);
		const result = await run({
			resource: 'media',
			operation: 'update',
			fileId: file._id,
			name: 'Spring brochure.pdf',
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			['POST', `/medias/${String(file._id)}`, {}, { name: 'Spring brochure.pdf', ...ALT }],
		]);
		expect(result.items[0].json).toMatchObject({
			id: file._id,
			name: 'Spring brochure.pdf',
			updated: true,
		});
		expect(library().get(String(file._id))?.name).toBe('Spring brochure.pdf');
	});

	it('deletes a folder with what it holds', async () => {
		const { fake } = state;
		const folder = addMediaFolder(state.seed.location, 'Old');
		seedFiles(2, String(folder._id));
		const result = await run({ resource: 'media', operation: 'delete', fileId: folder._id });
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['DELETE', `/medias/${String(folder._id)}`, ALT],
		]);
		expect(result.items.map((i) => i.json)).toEqual([{ id: folder._id, deleted: true }]);
		expect(library().size).toBe(0);
	});

	it('creates a folder inside another', async () => {
		const { fake } = state;
		const parent = addMediaFolder(state.seed.location, 'Brand assets');
		const result = await run({
			resource: 'media',
			operation: 'createFolder',
			name: 'Logos',
			options: { folderId: parent._id },
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', '/medias/folder', { ...ALT, name: 'Logos', parentId: parent._id }],
		]);
		expect(result.items[0].json).toMatchObject({
			_id: expect.any(String),
			name: 'Logos',
			type: 'folder',
			parentId: parent._id,
		});
	});

	it('pairs every item under Continue On Fail, a bad ID failing alone', async () => {
		const { fake } = state;
		const files = seedFiles(2);
		const result = await run(
			{
				resource: 'media',
				operation: 'update',
				fileId: '={{ $json.id }}',
				name: '={{ $json.name }}',
			},
			{
				items: [
					{ id: String(files[0]._id), name: 'one.png' },
					{ id: 'a/b', name: 'two.png' },
					{ id: String(files[1]._id), name: '' },
				],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json).toMatchObject({ id: files[0]._id, name: 'one.png' });
		expect(result.items[1].json.error).toMatch(/Invalid 'File or Folder ID' in item 1/);
		expect(result.items[2].json.error).toMatch(/Invalid 'Name' in item 2: expected a name/);
		expect(fake.requests).toHaveLength(1);
	});
});

describe('Media › Bulk Move, Bulk Delete', () => {
	it('moves files into a folder in one request', async () => {
		const { fake } = state;
		const folder = addMediaFolder(state.seed.location, 'Archive');
		const files = seedFiles(3);
		const ids = files.map((f) => String(f._id));
		const result = await run({
			resource: 'media',
			operation: 'bulkMove',
			fileIds: `${ids[0]}, ${ids[1]},${ids[2]}, ${ids[0]}`,
			folderId: folder._id,
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'PUT',
				'/medias/update-files',
				{ ...ALT, filesToBeUpdated: ids.map((id) => ({ id, parentId: folder._id })) },
			],
		]);
		expect(result.items[0].json).toEqual({
			folderId: folder._id,
			fileIds: ids,
			results: ids.map((id) => ({ id, updated: true })),
		});
		expect(files.map((f) => f.parentId)).toEqual(ids.map(() => folder._id));
	});

	it('refuses to move a folder into itself, and an empty list, before any request', async () => {
		const folder = addMediaFolder(state.seed.location, 'Archive');
		const into = await run({
			resource: 'media',
			operation: 'bulkMove',
			fileIds: String(folder._id),
			folderId: folder._id,
		});
		expect(into.error?.message).toMatch(
			/Invalid 'Destination Folder' in item 0: expected a folder other than the ones moved/,
		);
		const none = await run({
			resource: 'media',
			operation: 'bulkMove',
			fileIds: ' , ',
			folderId: folder._id,
		});
		expect(none.error?.message).toMatch(
			/Invalid 'File or Folder IDs' in item 0: expected at least one file or folder ID/,
		);
		expect(state.fake.requests).toHaveLength(0);
	});

	it('trashes files, which leave the lists', async () => {
		const { fake } = state;
		const files = seedFiles(3);
		const result = await run({
			resource: 'media',
			operation: 'bulkDelete',
			fileIds: [files[0]._id, files[1]._id],
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'PUT',
				'/medias/delete-files',
				{
					...ALT,
					status: 'trashed',
					filesToBeDeleted: [{ _id: files[0]._id }, { _id: files[1]._id }],
				},
			],
		]);
		expect(result.items[0].json).toMatchObject({
			status: 'trashed',
			fileIds: [files[0]._id, files[1]._id],
		});
		const left = await run({ resource: 'media', operation: 'getAll', returnAll: true });
		expect(left.items.map((i) => i.json._id)).toEqual([files[2]._id]);
	});

	it('deletes for good when told', async () => {
		const { fake } = state;
		const files = seedFiles(1);
		const result = await run({
			resource: 'media',
			operation: 'bulkDelete',
			fileIds: files[0]._id,
			status: 'deleted',
		});
		expect(result.error).toBeUndefined();
		expect((fake.requests[0].body as { status: string }).status).toBe('deleted');
		expect(library().size).toBe(0);
	});
});

describe('Media folder dropdown', () => {
	it('lists folders at every level, named with their parents', async () => {
		const brand = addMediaFolder(state.seed.location, 'Brand assets');
		const logos = addMediaFolder(state.seed.location, 'Logos', String(brand._id));
		const dark = addMediaFolder(state.seed.location, 'Dark', String(logos._id));
		const social = addMediaFolder(state.seed.location, 'Social posts');
		seedFiles(2, String(brand._id));
		const options = await loadOptions({
			baseUrl: state.fake.baseUrl,
			parameters: { resource: 'media', operation: 'createFolder' },
			method: 'getMediaFolders',
		});
		expect(options.map((o) => [o.name, o.value])).toEqual([
			['Brand assets', brand._id],
			['Brand assets › Logos', logos._id],
			['Brand assets › Logos › Dark', dark._id],
			['Social posts', social._id],
		]);
	});
});
