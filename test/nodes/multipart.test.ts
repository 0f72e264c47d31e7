import type { IBinaryKeyData, IDataObject } from 'n8n-workflow';
import { encodeMultipart } from '../../nodes/HighLevel/transport/multipart';
import { OPERATIONS } from '../../nodes/HighLevel/apiSpec/operations.generated';
import { addConversation } from '../fake-highlevel/handlers/conversations';
import { parseMultipart } from '../fake-highlevel/multipart';
import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const UPLOAD = 'conversations/upload-file-attachments';
/** Every byte value, so nothing of the file may be read as text on the way. */
const BYTES = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

function call(key: string, fields: IDataObject = {}): IDataObject {
	return {
		resource: 'apiOperation',
		operation: 'call',
		apiOperation: { __rl: true, mode: 'id', value: key },
		...fields,
	};
}

function binaryOf(data: Buffer, fileName: string, mimeType: string): IBinaryKeyData {
	return { data: { data: data.toString('base64'), mimeType, fileName } };
}

/** A contact with a conversation, which an attachment upload names. */
function conversation() {
	const contact = state.seed.location.addContact({
		firstName: 'Grace',
		email: 'grace@example.com',
	});
	return { contact, conversation: addConversation(state.seed.location, contact) };
}

const files = (...entries: Array<[string, string]>) => ({
	file: entries.map(([field, binaryPropertyName]) => ({ field, binaryPropertyName })),
});

describe('multipart/form-data bodies', () => {
	it('are read from the spec: the five upload operations, and no other', () => {
		const uploads = Object.entries(OPERATIONS)
			.filter(([, op]) => 'multipart' in op && op.multipart)
			.map(([key]) => key)
			.sort();
		expect(uploads).toEqual([
			'conversations/upload-file-attachments',
			'forms/upload-to-custom-fields',
			'locations/upload-file-customFields',
			'medias/upload-media-content',
			'social-media-posting/upload-csv',
		]);
	});

	it('encode text fields, lists and files byte for byte, as a strict parser reads them', () => {
		const encoded = encodeMultipart(
			{
				conversationId: 'c1',
				hosted: true,
				size: 3,
				attachmentUrls: ['https://a.example/1', 'https://a.example/2'],
				skipped: undefined,
			},
			[
				{
					field: 'fileAttachment',
					fileName: 'a "quoted"\r\nname.png',
					mimeType: 'image/png',
					data: BYTES,
				},
			],
		);
		expect(encoded.contentType).toMatch(
			/^multipart\/form-data; boundary=-+n8nHighLevel[0-9a-f]{24}$/,
		);
		const parsed = parseMultipart(encoded.body, encoded.contentType);
		expect(parsed).toEqual({
			fields: {
				conversationId: 'c1',
				hosted: 'true',
				size: '3',
				attachmentUrls: ['https://a.example/1', 'https://a.example/2'],
			},
			files: [
				{
					field: 'fileAttachment',
					fileName: 'a %22quoted%22%0D%0Aname.png',
					mimeType: 'image/png',
					data: BYTES,
				},
			],
		});
	});

	it('refuse an object as a text field', () => {
		expect(() => encodeMultipart({ nested: { a: 1 } }, [])).toThrow(
			'Multipart field nested must be text, a number or true/false',
		);
	});
});

describe('API Operation › Call uploads files from binary data', () => {
	it('sends the text fields and the file as multipart/form-data, with the location filled in', async () => {
		const { contact, conversation: conv } = conversation();
		const result = await run(
			call(UPLOAD, {
				jsonBody: JSON.stringify({ conversationId: conv.id, contactId: contact.id }),
				files: files(['fileAttachment', 'data']),
			}),
			{ binary: [binaryOf(BYTES, 'photo.png', 'image/png')] },
		);
		expect(result.error).toBeUndefined();
		expect(state.fake.requests).toHaveLength(1);
		const [request] = state.fake.requests;
		expect([request.method, request.path, request.query, request.status]).toEqual([
			'POST',
			'/conversations/messages/upload',
			{},
			200,
		]);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.body).toEqual({
			conversationId: conv.id,
			contactId: contact.id,
			locationId: LOCATION_ID,
		});
		expect(request.files).toEqual([
			{ field: 'fileAttachment', fileName: 'photo.png', mimeType: 'image/png', data: BYTES },
		]);
		const url = Object.values(
			(result.items[0].json.uploadedFiles ?? {}) as Record<string, string>,
		)[0];
		expect(result.items[0].json).toEqual({ uploadedFiles: { 'photo.png': url } });
		expect(state.seed.location.collection('uploads').get(url)?.data).toEqual(BYTES);
	});

	it('sends several files in one form, and works with the OAuth2 credential too', async () => {
		const { contact, conversation: conv } = conversation();
		const result = await run(
			call(UPLOAD, {
				jsonBody: JSON.stringify({ conversationId: conv.id, contactId: contact.id }),
				files: files(['fileAttachment', 'data'], ['fileAttachment', 'invoice']),
			}),
			{
				auth: 'oauth',
				binary: [
					{
						...binaryOf(BYTES, 'photo.png', 'image/png'),
						...{
							invoice: binaryOf(Buffer.from('%PDF-1.4'), 'invoice.pdf', 'application/pdf').data,
						},
					},
				],
			},
		);
		expect(result.error).toBeUndefined();
		const [request] = state.fake.requests;
		expect(request.files?.map((f) => [f.field, f.fileName, f.mimeType, f.data.length])).toEqual([
			['fileAttachment', 'photo.png', 'image/png', BYTES.length],
			['fileAttachment', 'invoice.pdf', 'application/pdf', 8],
		]);
		expect(Object.keys(result.items[0].json.uploadedFiles as IDataObject)).toEqual([
			'photo.png',
			'invoice.pdf',
		]);
	});

	it('resends the same bytes after a 429 (HighLevel applied nothing)', async () => {
		const { contact, conversation: conv } = conversation();
		state.fake.injectFault({
			operationKey: UPLOAD,
			fault: {
				kind: 'status',
				status: 429,
				headers: { 'X-RateLimit-Interval-Milliseconds': '10' },
			},
		});
		const result = await run(
			call(UPLOAD, {
				jsonBody: JSON.stringify({ conversationId: conv.id, contactId: contact.id }),
				files: files(['fileAttachment', 'data']),
			}),
			{ binary: [binaryOf(BYTES, 'photo.png', 'image/png')] },
		);
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => r.status)).toEqual([429, 200]);
		expect(state.fake.requests.map((r) => r.files?.[0]?.data)).toEqual([BYTES, BYTES]);
	});

	it('does not resend an upload whose answer was lost: it may have been applied', async () => {
		const { contact, conversation: conv } = conversation();
		state.fake.injectFault({ operationKey: UPLOAD, fault: { kind: 'reset-after' } });
		const result = await run(
			call(UPLOAD, {
				jsonBody: JSON.stringify({ conversationId: conv.id, contactId: contact.id }),
				files: files(['fileAttachment', 'data']),
			}),
			{ binary: [binaryOf(BYTES, 'photo.png', 'image/png')] },
		);
		expect(result.error?.message).toMatch(/may have been applied/);
		expect(state.fake.requests).toHaveLength(1);
	});

	const refusals: Array<[string, IDataObject, IBinaryKeyData | null, RegExp]> = [
		[
			'files for an operation without an upload',
			call('contacts/get-contact', {
				pathParameters: { parameter: [{ name: 'contactId', value: 'c1' }] },
				files: files(['file', 'data']),
			}),
			null,
			/Invalid 'Files' in item 0: expected no files: GET \/contacts\/\{contactId\} does not upload files/,
		],
		[
			'a file in a form field the operation does not read files from',
			call(UPLOAD, {
				jsonBody: '{"conversationId": "c", "contactId": "k"}',
				files: files(['file', 'data']),
			}),
			null,
			/Invalid 'Files › file' in item 0: expected a form field the operation takes files in: fileAttachment/,
		],
		[
			'an upload without its required file',
			call(UPLOAD, { jsonBody: '{"conversationId": "c", "contactId": "k"}' }),
			null,
			/Invalid 'Files' in item 0: expected a file in the form field fileAttachment: HighLevel requires it/,
		],
		[
			'a file given as a body property',
			call(UPLOAD, {
				jsonBody: '{"conversationId": "c", "contactId": "k", "fileAttachment": "x"}',
				files: files(['fileAttachment', 'data']),
			}),
			null,
			/Invalid 'Body › fileAttachment' in item 0: expected no value here: fileAttachment is a file/,
		],
		[
			'an unknown text field',
			call(UPLOAD, {
				jsonBody: '{"conversationId": "c", "contactId": "k", "caption": "x"}',
				files: files(['fileAttachment', 'data']),
			}),
			null,
			/Invalid 'Body › caption' in item 0: expected only the operation's body properties/,
		],
		[
			'a file form field left empty',
			call(UPLOAD, {
				jsonBody: '{"conversationId": "c", "contactId": "k"}',
				files: files([' ', 'data']),
			}),
			null,
			/Invalid 'Files › 1 › Form Field' in item 0/,
		],
		[
			'a binary field the item does not have',
			call(UPLOAD, {
				jsonBody: '{"conversationId": "c", "contactId": "k"}',
				files: files(['fileAttachment', 'attachment']),
			}),
			binaryOf(BYTES, 'a.png', 'image/png'),
			/Invalid 'Files › 1 › Input Binary Field' in item 0: expected a binary field of the input item: data/,
		],
		[
			'an item without binary data',
			call(UPLOAD, {
				jsonBody: '{"conversationId": "c", "contactId": "k"}',
				files: files(['fileAttachment', 'data']),
			}),
			null,
			/Invalid 'Files › 1 › Input Binary Field' in item 0: expected a binary field of the input item, which has no binary data/,
		],
	];

	it.each(refusals)(
		'refuses %s, naming the item and the field, with no request sent',
		async (_what, parameters, binary, message) => {
			const result = await run(parameters, { binary: [binary] });
			expect(result.error?.message).toMatch(message);
			expect(state.fake.requests).toEqual([]);
		},
	);
});

describe('the fake checks uploads against the spec', () => {
	async function post(
		path: string,
		body: Buffer | string,
		contentType: string,
		version = '2021-04-15',
	) {
		const response = await fetch(state.fake.baseUrl + path, {
			method: 'POST',
			headers: { authorization: `Bearer ${PIT_TOKEN}`, version, 'content-type': contentType },
			body,
		});
		return { status: response.status, body: (await response.json()) as IDataObject };
	}
	const form = (fields: IDataObject, fileFields: string[]) =>
		encodeMultipart(
			fields,
			fileFields.map((field) => ({ field, fileName: 'a.png', mimeType: 'image/png', data: BYTES })),
		);

	it('takes the upload the spec (as corrected) describes', async () => {
		const { contact, conversation: conv } = conversation();
		const { body, contentType } = form(
			{ conversationId: String(conv.id), contactId: String(contact.id), locationId: LOCATION_ID },
			['fileAttachment'],
		);
		expect((await post('/conversations/messages/upload', body, contentType)).status).toBe(200);
	});

	it.each([
		[
			'a JSON body',
			() => ({ body: JSON.stringify({ conversationId: 'c' }), contentType: 'application/json' }),
			415,
			/multipart\/form-data/,
		],
		[
			'a file in an undeclared field',
			() => form({ conversationId: 'c', contactId: 'k', locationId: LOCATION_ID }, ['file']),
			422,
			/Unexpected field file/,
		],
		[
			'no file',
			() => form({ conversationId: 'c', contactId: 'k', locationId: LOCATION_ID }, []),
			422,
			/fileAttachment \(a file\) is required/,
		],
		[
			'a missing required text field',
			() => form({ conversationId: 'c', locationId: LOCATION_ID }, ['fileAttachment']),
			422,
			/contactId/,
		],
		[
			'an unknown text field',
			() =>
				form({ conversationId: 'c', contactId: 'k', locationId: LOCATION_ID, caption: 'x' }, [
					'fileAttachment',
				]),
			422,
			/property caption should not exist/,
		],
		[
			'a body without its closing boundary',
			() => ({
				body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',
				contentType: 'multipart/form-data; boundary=b',
			}),
			400,
			/Unexpected end of form/,
		],
	])('refuses %s', async (_what, make, status, message) => {
		const { body, contentType } = make();
		const answer = await post('/conversations/messages/upload', body, contentType);
		expect(answer.status).toBe(status);
		expect(JSON.stringify(answer.body.message)).toMatch(message);
	});

	it('refuses multipart where the spec takes JSON', async () => {
		const { body, contentType } = form({ name: 'x', locationId: LOCATION_ID }, []);
		const answer = await post('/businesses/', body, contentType, '2021-07-28');
		expect(answer.status).toBe(415);
	});
});
