import { LOCATION_ID, PIT_TOKEN } from '../harness/run';
import { addConversation, addMessage } from '../fake-highlevel/handlers/conversations';
import { lastMessageIdPager } from '../../nodes/HighLevel/transport/paginate';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const SEND = /^\/conversations\/messages$/;
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function contactWithConversation() {
	const { location } = state.seed;
	const contact = location.addContact({
		firstName: 'Mia',
		email: 'mia@example.com',
		phone: '+14155550111',
	});
	const conversation = addConversation(location, contact);
	return { contact, conversation };
}

describe('Message › Send', () => {
	it('sends an SMS, starting the contact’s conversation, and a second one joins it', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ firstName: 'Sam', phone: '+14155550100' });
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'Your table is ready',
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', SEND);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.body).toEqual({
			type: 'SMS',
			contactId: contact.id,
			message: 'Your table is ready',
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const { conversationId, messageId } = result.items[0].json as {
			conversationId: string;
			messageId: string;
		};
		expect(result.items[0].json).toEqual({ conversationId, messageId, status: 'delivered' });
		const conversation = seed.location.collection('conversations').get(conversationId);
		expect(conversation).toMatchObject({
			contactId: contact.id,
			lastMessageBody: 'Your table is ready',
			lastMessageType: 'TYPE_SMS',
		});
		expect(seed.location.collection('messages').get(messageId)).toMatchObject({
			conversationId,
			body: 'Your table is ready',
			direction: 'outbound',
		});

		const second = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'See you soon',
		});
		expect(second.items[0].json.conversationId).toBe(conversationId);
		expect(seed.location.collection('conversations').size).toBe(1);
		expect(
			[...seed.location.collection('messages').values()].filter(
				(m) => m.conversationId === conversationId,
			),
		).toHaveLength(2);
	});

	it('sends a scheduled email with every email option, and cancels it by its email message ID', async () => {
		const { fake, seed } = state;
		const contact = seed.location.addContact({ firstName: 'Eve', email: 'eve@example.com' });
		const at = inAnHour();
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'Email',
			contactId: contact.id,
			subject: 'Your invoice',
			html: '<p>Attached.</p>',
			message: 'Attached.',
			emailOptions: {
				emailFrom: 'billing@example.com',
				emailTo: 'eve.work@example.com',
				emailCc: 'a@example.com, b@example.com',
				emailBcc: ['audit@example.com'],
				emailReplyMode: 'reply_all',
				threadId: 'thread123',
			},
			// Hidden for an email, so never sent even when set.
			phoneOptions: { fromNumber: '+14155550999' },
			additionalFields: {
				attachments: 'https://example.com/invoice.pdf',
				scheduledTime: at,
				replyMessageId: 'msg123',
				templateId: 'tpl123',
			},
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', SEND)[0].body).toEqual({
			type: 'Email',
			contactId: contact.id,
			subject: 'Your invoice',
			html: '<p>Attached.</p>',
			message: 'Attached.',
			emailFrom: 'billing@example.com',
			emailTo: 'eve.work@example.com',
			emailCc: ['a@example.com', 'b@example.com'],
			emailBcc: ['audit@example.com'],
			emailReplyMode: 'reply_all',
			threadId: 'thread123',
			attachments: ['https://example.com/invoice.pdf'],
			scheduledTimestamp: Math.floor(Date.parse(at) / 1000),
			replyMessageId: 'msg123',
			templateId: 'tpl123',
		});
		const sent = result.items[0].json as {
			messageId: string;
			emailMessageId: string;
			status: string;
		};
		expect(sent.status).toBe('pending');
		expect(sent.emailMessageId).toEqual(expect.any(String));
		expect(seed.location.collection('messages').get(sent.messageId)).toMatchObject({
			status: 'scheduled',
			messageType: 'TYPE_EMAIL',
		});

		const cancelled = await run({
			resource: 'message',
			operation: 'cancelScheduled',
			isEmail: true,
			emailMessageId: sent.emailMessageId,
		});
		expect(cancelled.error).toBeUndefined();
		const [request] = requestsTo(fake, 'DELETE', /schedule$/);
		expect(request.path).toBe(`/conversations/messages/email/${sent.emailMessageId}/schedule`);
		// The spec declares no Version header for this one operation.
		expect(request.headers.version).toBeUndefined();
		expect(cancelled.items[0].json).toMatchObject({
			id: sent.emailMessageId,
			cancelled: true,
			status: 200,
		});
		expect(seed.location.collection('messages').has(sent.messageId)).toBe(false);
	});

	it('sends a WhatsApp message from and to chosen numbers', async () => {
		const { fake } = state;
		const { contact } = contactWithConversation();
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'WhatsApp',
			contactId: contact.id,
			message: 'Hi',
			phoneOptions: { fromNumber: '+1 415 555 0199', toNumber: '+44 20 7946 0958' },
			emailOptions: { emailCc: 'ignored@example.com' },
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', SEND)[0].body).toEqual({
			type: 'WhatsApp',
			contactId: contact.id,
			message: 'Hi',
			fromNumber: '+14155550199',
			toNumber: '+442079460958',
		});
	});

	it('sends through a custom provider, and an attachment alone is a message', async () => {
		const { fake } = state;
		const { contact } = contactWithConversation();
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'Custom',
			contactId: contact.id,
			conversationProviderId: 'provider123',
			additionalFields: { attachments: '["https://example.com/a.png"]' },
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', SEND)[0].body).toEqual({
			type: 'Custom',
			contactId: contact.id,
			conversationProviderId: 'provider123',
			attachments: ['https://example.com/a.png'],
		});
	});

	it('shows HighLevel’s refusal when the contact cannot receive on that channel', async () => {
		const { seed } = state;
		const contact = seed.location.addContact({ firstName: 'NoPhone', email: 'np@example.com' });
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'Hi',
		});
		expect(result.error?.message).toMatch(/Message › Send: Contact does not have a phone number/);
		expect(seed.location.collection('messages').size).toBe(0);
	});

	const badInput: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'no contact',
			{ messageType: 'SMS', contactId: '={{ $json.none }}', message: 'x' },
			/Invalid 'Contact ID' in item 0/,
		],
		[
			'an email without a subject',
			{ messageType: 'Email', contactId: 'c1', html: '<p>x</p>' },
			/Invalid 'Subject' in item 0: expected a subject line/,
		],
		[
			'an email without a body',
			{ messageType: 'Email', contactId: 'c1', subject: 'Hello' },
			/Invalid 'HTML' in item 0: expected an email body: HTML or Message/,
		],
		[
			'an unknown channel',
			{ messageType: '={{ "Fax" }}', contactId: 'c1', message: 'x' },
			/Invalid 'Channel' in item 0: expected one of Custom, Email/,
		],
		[
			'an SMS with nothing to send',
			{ messageType: 'SMS', contactId: 'c1', message: '  ' },
			/Invalid 'Message' in item 0: expected the text to send/,
		],
		[
			'a time in the past',
			{
				messageType: 'SMS',
				contactId: 'c1',
				message: 'x',
				additionalFields: { scheduledTime: '2020-01-01T00:00:00Z' },
			},
			/Invalid 'Scheduled Time' in item 0: expected a moment in the future/,
		],
		[
			'a malformed CC address',
			{
				messageType: 'Email',
				contactId: 'c1',
				subject: 's',
				message: 'm',
				emailOptions: { emailCc: 'ok@example.com, nope' },
			},
			/Invalid 'CC' in item 0: expected an email address/,
		],
		[
			'an attachment that is not a web address',
			{
				messageType: 'SMS',
				contactId: 'c1',
				additionalFields: { attachments: 'file:///etc/passwd' },
			},
			/Invalid 'Attachment URLs' in item 0/,
		],
		[
			'a sender number without country code',
			{
				messageType: 'SMS',
				contactId: 'c1',
				message: 'x',
				phoneOptions: { fromNumber: '555-0100' },
			},
			/Invalid 'From Number' in item 0: expected a phone number in E\.164/,
		],
	];
	it.each(badInput)('stops on %s before any request', async (_name, parameters, message) => {
		const { fake } = state;
		const result = await run({ resource: 'message', operation: 'send', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/^Message › Send: /);
		expect(fake.requests).toHaveLength(0);
	});

	it('does not resend after a server error, and says the message may have been sent', async () => {
		const { fake, seed } = state;
		const { contact } = contactWithConversation();
		fake.injectFault({
			method: 'POST',
			path: '/conversations/messages',
			fault: { kind: 'status', status: 502 },
		});
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'Once only',
		});
		expect(result.error?.message).toBe(
			'Message › Send: The message may have been sent and was not resent: Bad Gateway',
		);
		expect(result.error?.description).toMatch(
			/Check the conversation in HighLevel before running this item again/,
		);
		expect(requestsTo(fake, 'POST', SEND)).toHaveLength(1);
		expect(seed.location.collection('messages').size).toBe(0);
	});

	it('does not resend when the answer is lost, though HighLevel did send it', async () => {
		const { fake, seed } = state;
		const { contact } = contactWithConversation();
		fake.injectFault({
			method: 'POST',
			path: '/conversations/messages',
			fault: { kind: 'reset-after' },
		});
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'Lost answer',
		});
		expect(result.error?.message).toMatch(
			/^Message › Send: The message may have been sent and was not resent: No answer from HighLevel \(connection reset\)$/,
		);
		expect(requestsTo(fake, 'POST', SEND)).toHaveLength(1);
		expect([...seed.location.collection('messages').values()].map((m) => m.body)).toEqual([
			'Lost answer',
		]);
	});

	it('under Continue On Fail, gives one item per input with the failed send in place, resending nothing', async () => {
		const { fake, seed } = state;
		const { contact } = contactWithConversation();
		// Items go one at a time here, so the first request the fake receives is item 0's.
		fake.injectFault({
			method: 'POST',
			path: '/conversations/messages',
			fault: {
				kind: 'status',
				status: 500,
				body: { statusCode: 500, message: 'Internal server error' },
			},
		});
		const result = await run(
			{
				resource: 'message',
				operation: 'send',
				messageType: 'SMS',
				contactId: contact.id,
				message: '={{ $json.text }}',
				settings: { concurrency: 1 },
			},
			{
				items: [{ text: 'first' }, { text: 'second' }, { text: 'third' }],
				onError: 'continueRegularOutput',
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[0].json.error).toBe(
			'Message › Send: The message may have been sent and was not resent: Internal server error',
		);
		expect(result.items[0].json.details).toMatch(/Check the conversation in HighLevel/);
		expect(result.items[1].json).toMatchObject({
			conversationId: expect.any(String),
			messageId: expect.any(String),
		});
		expect(result.items[2].json).toMatchObject({
			conversationId: expect.any(String),
			messageId: expect.any(String),
		});
		expect(
			requestsTo(fake, 'POST', SEND).map((r) => (r.body as { message: string }).message),
		).toEqual(['first', 'second', 'third']);
		expect([...seed.location.collection('messages').values()].map((m) => m.body)).toEqual([
			'second',
			'third',
		]);
	});
});

describe('Message › Get and Get Many', () => {
	it('gets one message by ID', async () => {
		const { fake, seed } = state;
		const { conversation } = contactWithConversation();
		const message = addMessage(seed.location, conversation, {
			body: 'Hello there',
			direction: 'inbound',
		});
		const result = await run({ resource: 'message', operation: 'get', messageId: message.id });
		expect(result.error).toBeUndefined();
		expect(fake.requests[0]).toMatchObject({
			method: 'GET',
			path: `/conversations/messages/${message.id}`,
			query: {},
		});
		expect(fake.requests[0].headers.version).toBe('2021-04-15');
		expect(result.items[0].json).toMatchObject({
			id: message.id,
			conversationId: conversation.id,
			body: 'Hello there',
			direction: 'inbound',
		});
	});

	it('returns every message of a conversation, newest first, 100 a page, keeping the type filter', async () => {
		const { fake, seed } = state;
		const { conversation } = contactWithConversation();
		const other = addConversation(
			seed.location,
			seed.location.addContact({ email: 'other@example.com' }),
		);
		for (let i = 0; i < 300; i++) {
			addMessage(seed.location, conversation, {
				body: `m${i}`,
				messageType: i % 4 === 3 ? 'TYPE_CALL' : i % 2 ? 'TYPE_EMAIL' : 'TYPE_SMS',
			});
			if (i % 50 === 0) addMessage(seed.location, other, { body: `other${i}` });
		}
		// 225 SMS and email messages: two full pages and a short one.
		const result = await run({
			resource: 'message',
			operation: 'getAll',
			conversationId: conversation.id,
			returnAll: true,
			filters: { types: ['TYPE_SMS', 'TYPE_EMAIL'] },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(225);
		expect(result.items[0].json.body).toBe('m298');
		expect(result.items[224].json.body).toBe('m0');
		expect(
			result.items.every(
				(i) => i.json.conversationId === conversation.id && i.json.messageType !== 'TYPE_CALL',
			),
		).toBe(true);
		const pages = requestsTo(fake, 'GET', /\/messages$/);
		expect(pages.map((p) => p.path)).toEqual(
			Array(3).fill(`/conversations/${conversation.id}/messages`),
		);
		expect(pages.map((p) => p.headers.version)).toEqual(Array(3).fill('2021-04-15'));
		expect(pages.map((p) => p.query)).toEqual([
			{ type: 'TYPE_SMS,TYPE_EMAIL', limit: '100' },
			{ type: 'TYPE_SMS,TYPE_EMAIL', limit: '100', lastMessageId: result.items[99].json.id },
			{ type: 'TYPE_SMS,TYPE_EMAIL', limit: '100', lastMessageId: result.items[199].json.id },
		]);
	});
});

describe('Message › Get Many limits', () => {
	it('stops at the limit with one request of that size', async () => {
		const { fake, seed } = state;
		const { conversation } = contactWithConversation();
		for (let i = 0; i < 40; i++) addMessage(seed.location, conversation, { body: `m${i}` });
		const result = await run({
			resource: 'message',
			operation: 'getAll',
			conversationId: conversation.id,
			returnAll: false,
			limit: 25,
		});
		expect(result.items.map((i) => i.json.body)).toEqual(
			Array.from({ length: 25 }, (_, i) => `m${39 - i}`),
		);
		expect(requestsTo(fake, 'GET', /\/messages$/).map((r) => r.query)).toEqual([{ limit: '25' }]);
	});

	it('asks for the rest of a Limit larger than a page on the next page only', async () => {
		const { fake, seed } = state;
		const { conversation } = contactWithConversation();
		for (let i = 0; i < 140; i++) addMessage(seed.location, conversation, { body: `m${i}` });
		const result = await run({
			resource: 'message',
			operation: 'getAll',
			conversationId: conversation.id,
			returnAll: false,
			limit: 130,
		});
		expect(result.items).toHaveLength(130);
		expect(requestsTo(fake, 'GET', /\/messages$/).map((r) => r.query.limit)).toEqual(['100', '30']);
	});
});

describe('lastMessageIdPager', () => {
	const pager = lastMessageIdPager({
		operation: 'conversations/get-messages',
		path: { conversationId: 'c' },
	});

	it('reads the page flat as the spec has it, and nested as HighLevel sends it', () => {
		const flat = { lastMessageId: 'b', nextPage: true, messages: [{ id: 'a' }, { id: 'b' }] };
		expect(pager.items(flat)).toEqual([{ id: 'a' }, { id: 'b' }]);
		expect(pager.next(flat, pager.items(flat), 2, 2)).toBe('b');
		const nested = { messages: { ...flat, nextPage: false } };
		expect(pager.items(nested)).toEqual([{ id: 'a' }, { id: 'b' }]);
		expect(pager.next(nested, pager.items(nested), 2, 2)).toBeUndefined();
	});
});

describe('Message › custom provider operations', () => {
	it('adds an inbound email to a conversation, which counts as unread', async () => {
		const { fake, seed } = state;
		const { contact, conversation } = contactWithConversation();
		const result = await run({
			resource: 'message',
			operation: 'addInbound',
			inboundType: 'Email',
			conversationId: conversation.id,
			contactId: contact.id,
			conversationProviderId: 'provider123',
			message: 'Thanks!',
			additionalFields: {
				subject: 'Re: Your invoice',
				html: '<p>Thanks!</p>',
				emailFrom: 'mia@example.com',
				emailTo: 'billing@example.com',
				emailCc: 'boss@example.com',
				emailMessageId: 'em123',
				altId: 'ext-1',
				date: '2026-11-01T10:00:00Z',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/conversations\/messages\/inbound$/);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			type: 'Email',
			conversationId: conversation.id,
			contactId: contact.id,
			conversationProviderId: 'provider123',
			message: 'Thanks!',
			subject: 'Re: Your invoice',
			html: '<p>Thanks!</p>',
			emailFrom: 'mia@example.com',
			emailTo: 'billing@example.com',
			emailCc: ['boss@example.com'],
			emailMessageId: 'em123',
			altId: 'ext-1',
			date: '2026-11-01T10:00:00.000Z',
		});
		expect(result.items[0].json).toMatchObject({
			success: true,
			conversationId: conversation.id,
			messageId: expect.any(String),
			contactId: contact.id,
		});
		const stored = seed.location
			.collection('messages')
			.get(result.items[0].json.messageId as string);
		expect(stored).toMatchObject({
			direction: 'inbound',
			messageType: 'TYPE_EMAIL',
			altId: 'ext-1',
			dateAdded: '2026-11-01T10:00:00.000Z',
		});
		expect(conversation).toMatchObject({
			unreadCount: 1,
			lastMessageDirection: 'inbound',
			lastMessageBody: 'Thanks!',
		});
	});

	it('adds an inbound call without text, but not an inbound SMS without text', async () => {
		const { fake } = state;
		const { contact, conversation } = contactWithConversation();
		const base = {
			resource: 'message',
			operation: 'addInbound',
			conversationId: conversation.id,
			contactId: contact.id,
			conversationProviderId: 'p1',
		};
		const call = await run({
			...base,
			inboundType: 'Call',
			additionalFields: {
				callFrom: '+14155550111',
				callTo: '+14155550100',
				callStatus: 'no-answer',
			},
		});
		expect(call.error).toBeUndefined();
		expect(fake.requests[0].body).toEqual({
			type: 'Call',
			conversationId: conversation.id,
			contactId: contact.id,
			conversationProviderId: 'p1',
			call: { from: '+14155550111', to: '+14155550100', status: 'no-answer' },
		});
		fake.requests.length = 0;
		const sms = await run({ ...base, inboundType: 'SMS' });
		expect(sms.error?.message).toMatch(/Message › Add Inbound: Invalid 'Message' in item 0/);
		expect(fake.requests).toHaveLength(0);
	});

	it('adds an outbound call made elsewhere', async () => {
		const { fake, seed } = state;
		const { conversation } = contactWithConversation();
		const result = await run({
			resource: 'message',
			operation: 'addOutboundCall',
			conversationId: conversation.id,
			conversationProviderId: 'provider123',
			additionalFields: {
				callFrom: '+14155550100',
				callTo: '+14155550111',
				callStatus: 'completed',
				attachments: 'https://example.com/rec.wav',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'POST', /^\/conversations\/messages\/outbound$/);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			type: 'Call',
			conversationId: conversation.id,
			conversationProviderId: 'provider123',
			attachments: ['https://example.com/rec.wav'],
			call: { from: '+14155550100', to: '+14155550111', status: 'completed' },
		});
		expect(
			seed.location.collection('messages').get(result.items[0].json.messageId as string),
		).toMatchObject({
			messageType: 'TYPE_CALL',
			direction: 'outbound',
			meta: { callStatus: 'completed' },
		});
	});

	it('updates the status of a message, with the provider’s error', async () => {
		const { fake, seed } = state;
		const { conversation } = contactWithConversation();
		const message = addMessage(seed.location, conversation, { body: 'x', status: 'pending' });
		const result = await run({
			resource: 'message',
			operation: 'updateStatus',
			messageId: message.id,
			status: 'failed',
			additionalFields: {
				errorCode: '30007',
				errorType: 'carrier',
				errorMessage: 'Filtered by carrier',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'PUT', /\/status$/);
		expect(request.path).toBe(`/conversations/messages/${message.id}/status`);
		expect(request.headers.version).toBe('2021-04-15');
		expect(request.body).toEqual({
			status: 'failed',
			error: { code: '30007', type: 'carrier', message: 'Filtered by carrier' },
		});
		expect(result.items[0].json).toEqual({
			conversationId: conversation.id,
			messageId: message.id,
			status: 'failed',
		});
		expect(message.status).toBe('failed');
	});

	it('wants all three parts of an error before sending a status', async () => {
		const { fake } = state;
		const result = await run({
			resource: 'message',
			operation: 'updateStatus',
			messageId: 'm1',
			status: 'failed',
			additionalFields: { errorMessage: 'Oops' },
		});
		expect(result.error?.message).toMatch(/Invalid 'Error Code' in item 0/);
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Message › Cancel Scheduled', () => {
	it('cancels a scheduled SMS by its message ID', async () => {
		const { fake, seed } = state;
		const { contact } = contactWithConversation();
		const sent = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'Later',
			additionalFields: { scheduledTime: inAnHour() },
		});
		const messageId = sent.items[0].json.messageId as string;
		const result = await run({ resource: 'message', operation: 'cancelScheduled', messageId });
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(fake, 'DELETE', /schedule$/);
		expect(request.path).toBe(`/conversations/messages/${messageId}/schedule`);
		expect(request.headers.version).toBe('2021-04-15');
		expect(result.items[0].json).toMatchObject({ id: messageId, cancelled: true });
		expect(seed.location.collection('messages').has(messageId)).toBe(false);
	});

	it('fails for a message that already went out', async () => {
		const { seed } = state;
		const { conversation } = contactWithConversation();
		const message = addMessage(seed.location, conversation, { body: 'gone' });
		const result = await run({
			resource: 'message',
			operation: 'cancelScheduled',
			messageId: message.id,
		});
		expect(result.error?.message).toMatch(/Message › Cancel Scheduled: Message is not scheduled/);
	});

	it('fails when HighLevel answers that the cancel failed', async () => {
		const { fake } = state;
		fake.injectFault({
			method: 'DELETE',
			path: /schedule$/,
			fault: {
				kind: 'status',
				status: 200,
				body: { status: 404, message: 'Failed cancel the scheduled message' },
			},
		});
		const result = await run({
			resource: 'message',
			operation: 'cancelScheduled',
			messageId: 'm1',
		});
		expect(result.error?.message).toBe(
			'Message › Cancel Scheduled: HighLevel did not cancel the message: Failed cancel the scheduled message',
		);
	});
});

describe('Message scopes', () => {
	it('names the scope a read-only token lacks for sending', async () => {
		const { fake } = state;
		fake.addToken(PIT_TOKEN, {
			locationId: LOCATION_ID,
			scopes: ['conversations/message.readonly'],
			userType: 'Location',
		});
		const { contact } = contactWithConversation();
		const result = await run({
			resource: 'message',
			operation: 'send',
			messageType: 'SMS',
			contactId: contact.id,
			message: 'x',
		});
		expect(result.error?.message).toMatch(/The token is not authorized for this scope/);
		expect(result.error?.description).toMatch(/conversations\/message\.write/);
	});
});
