import type { IBinaryKeyData } from 'n8n-workflow';
import { addConversation } from '../fake-highlevel/handlers/conversations';
import { LOCATION_ID } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const binaryOf = (data: Buffer, fileName: string, mimeType: string) => ({
	data: data.toString('base64'),
	mimeType,
	fileName,
});

describe('Message › Get Email, Upload Attachment', () => {
	it('gets an email sent through Send, with its subject and HTML body', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'mail@example.com' });
		const sent = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'Email',
			contactId: contact.id,
			subject: 'Your order',
			html: '<p>Thanks!</p>',
		});
		expect(sent.error).toBeUndefined();
		const emailMessageId = sent.items[0].json.emailMessageId as string;
		expect(emailMessageId).toEqual(expect.any(String));

		const got = await run({ resource: 'message', operation: 'getEmail', emailMessageId });
		expect(got.error).toBeUndefined();
		const [request] = requestsTo(fake, 'GET', /^\/conversations\/messages\/email\//);
		expect([request.path, request.query]).toEqual([
			`/conversations/messages/email/${emailMessageId}`,
			{},
		]);
		expect(got.items[0].json).toMatchObject({
			id: emailMessageId,
			subject: 'Your order',
			body: '<p>Thanks!</p>',
			contentType: 'text/html',
			contactId: contact.id,
			to: ['mail@example.com'],
		});
	});

	it('uploads files from binary data and outputs their URLs for Send', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ email: 'up@example.com' });
		const conversation = addConversation(seed.location, contact);
		const binary: IBinaryKeyData = {
			data: binaryOf(PNG, 'photo.png', 'image/png'),
			invoice: binaryOf(Buffer.from('%PDF-1.4'), 'invoice.pdf', 'application/pdf'),
		};
		const result = await run(
			{
				resource: 'message',
				operation: 'uploadAttachment',
				contactId: contact.id,
				conversationId: conversation.id,
				binaryPropertyName: 'data, invoice',
			},
			{ binary: [binary] },
		);
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/conversations\/messages\/upload$/);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.body).toEqual({
			conversationId: conversation.id,
			contactId: contact.id,
			locationId: LOCATION_ID,
		});
		expect(request.files?.map((f) => [f.field, f.fileName, f.mimeType, f.data.length])).toEqual([
			['fileAttachment', 'photo.png', 'image/png', PNG.length],
			['fileAttachment', 'invoice.pdf', 'application/pdf', 8],
		]);
		const urls = result.items[0].json.attachmentUrls as string[];
		expect(urls).toHaveLength(2);
		expect(result.items[0].json.uploadedFiles).toEqual({
			'photo.png': urls[0],
			'invoice.pdf': urls[1],
		});
		expect(seed.location.collection('uploads').get(urls[0])?.data).toEqual(PNG);
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'an email ID with a slash',
			{ operation: 'getEmail', emailMessageId: 'a/b' },
			/Invalid 'Email Message ID' in item 0/,
		],
		[
			'a binary field the item does not have',
			{
				operation: 'uploadAttachment',
				contactId: 'c1',
				conversationId: 'v1',
				binaryPropertyName: 'file',
			},
			/Invalid 'Input Binary Fields' in item 0: expected a binary field of the input item, which has no binary data/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run({ resource: 'message', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});
});
