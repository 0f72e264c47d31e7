import type { IBinaryData } from 'n8n-workflow';
import { addConversation, addMessage } from '../fake-highlevel/handlers/conversations';
import {
	recordingOf,
	setRecordingVariant,
	transcriptionOf,
} from '../fake-highlevel/handlers/recordings';
import { LOCATION_ID } from '../harness/run';
import { fileNameOf } from '../../nodes/HighLevel/transport/request';
import { useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

function callMessage(messageType = 'TYPE_CALL'): string {
	const { location } = state.seed;
	const contact = location.addContact({ phone: '+14155550123' });
	const conversation = addConversation(location, contact);
	return String(addMessage(location, conversation, { messageType, direction: 'inbound' }).id);
}

function bytesOf(binary: IBinaryData | undefined): Buffer {
	return Buffer.from(String(binary?.data), 'base64');
}

describe('Message › Get Recording', () => {
	it('downloads a call’s recording into the binary field asked for, as HighLevel names and types it', async () => {
		const messageId = callMessage();
		const result = await run({
			resource: 'message',
			operation: 'getRecording',
			messageId,
			binaryPropertyName: 'audio',
		});
		expect(result.error).toBeUndefined();
		expect(
			state.fake.requests.map((r) => [
				r.method,
				r.path,
				r.query,
				r.headers.version,
				r.headers.accept,
			]),
		).toEqual([
			[
				'GET',
				`/conversations/messages/${messageId}/locations/${LOCATION_ID}/recording`,
				{},
				'2021-04-15',
				'*/*',
			],
		]);
		const wav = recordingOf(messageId);
		expect(result.items).toHaveLength(1);
		const [item] = result.items;
		expect(item.json).toEqual({
			messageId,
			fileName: 'audio.wav',
			mimeType: 'audio/x-wav',
			fileSize: wav.length,
		});
		expect(Object.keys(item.binary ?? {})).toEqual(['audio']);
		expect(item.binary?.audio).toMatchObject({ fileName: 'audio.wav', mimeType: 'audio/x-wav' });
		expect(bytesOf(item.binary?.audio).equals(wav)).toBe(true);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it.each([
		[
			'without Content-Disposition: named after the message, typed as documented',
			'noDisposition' as const,
			(id: string) => ({ fileName: `recording-${id}.wav`, mimeType: 'audio/x-wav' }),
		],
		[
			'typed application/octet-stream: the type comes from its name',
			'octetStream' as const,
			() => ({ fileName: 'audio.wav', mimeType: 'audio/x-wav' }),
		],
	])('takes a recording %s', async (_what, variant, expected) => {
		setRecordingVariant(state.seed.location, variant);
		const messageId = callMessage();
		const result = await run({ resource: 'message', operation: 'getRecording', messageId });
		expect(result.error).toBeUndefined();
		expect(result.items[0].binary?.data).toMatchObject(expected(messageId));
		expect(bytesOf(result.items[0].binary?.data).equals(recordingOf(messageId))).toBe(true);
	});

	it('fails the item, keeping nothing, when HighLevel answers a web page instead of audio', async () => {
		setRecordingVariant(state.seed.location, 'htmlPage');
		const messageId = callMessage();
		const result = await run(
			{ resource: 'message', operation: 'getRecording', messageId },
			{ onError: 'continueRegularOutput' },
		);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].binary).toBeUndefined();
		expect(result.items[0].json.error).toBe(
			'Message › Get Recording: HighLevel answered text/html where a recording was expected',
		);
	});

	it('says what HighLevel said for a message that is not a call (its JSON error, read from the bytes)', async () => {
		const messageId = callMessage('TYPE_SMS');
		const result = await run({ resource: 'message', operation: 'getRecording', messageId });
		expect(result.error?.message).toMatch(
			/^Message › Get Recording: No recording found for this message/,
		);
		expect(`${result.error?.message} ${result.error?.description}`).toMatch(/\bitem 0\b/);
	});

	it('fails the item with HighLevel’s message when it answers JSON where the file was due, without resending', async () => {
		const messageId = callMessage();
		state.fake.injectFault({
			operationKey: 'conversations/get-message-recording',
			fault: { kind: 'status', status: 200, body: { message: 'Recording is still processing' } },
		});
		const result = await run({ resource: 'message', operation: 'getRecording', messageId });
		expect(result.error?.message).toBe(
			'Message › Get Recording: HighLevel answered with JSON instead of a file: Recording is still processing',
		);
		expect(state.fake.requests).toHaveLength(1);
	});

	it.each([
		[
			'an empty output field',
			{ binaryPropertyName: '={{ "" }}' },
			/Invalid 'Put Output File in Field' in item 0/,
		],
		[
			'a message ID with a slash',
			{ messageId: 'a/b' },
			/Invalid 'Message ID' in item 0: expected an ID/,
		],
	])('refuses %s before any request', async (_what, parameters, message) => {
		const result = await run({
			resource: 'message',
			operation: 'getRecording',
			messageId: 'msg1',
			...parameters,
		});
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toEqual([]);
	});
});

describe('Message › Get Transcription, Download Transcription', () => {
	it('gives one item per sentence of a call’s transcription', async () => {
		const messageId = callMessage();
		const result = await run({ resource: 'message', operation: 'getTranscription', messageId });
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `/conversations/locations/${LOCATION_ID}/messages/${messageId}/transcription`],
		]);
		expect(result.items.map((i) => i.json)).toEqual(
			transcriptionOf(messageId).map((sentence) => ({ messageId, ...sentence })),
		);
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('takes the one sentence the spec describes as an item too', async () => {
		const messageId = callMessage();
		const [sentence] = transcriptionOf(messageId);
		state.fake.injectFault({
			operationKey: 'conversations/get-message-transcription',
			fault: { kind: 'status', status: 200, body: sentence },
		});
		const result = await run({ resource: 'message', operation: 'getTranscription', messageId });
		expect(result.items.map((i) => i.json)).toEqual([{ messageId, ...sentence }]);
	});

	it('downloads the transcription as a text file', async () => {
		const messageId = callMessage();
		const result = await run({
			resource: 'message',
			operation: 'downloadTranscription',
			messageId,
		});
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path])).toEqual([
			[
				'GET',
				`/conversations/locations/${LOCATION_ID}/messages/${messageId}/transcription/download`,
			],
		]);
		const file = result.items[0].binary?.data;
		expect(file).toMatchObject({ fileName: 'transcription.txt', mimeType: 'text/plain' });
		const text = bytesOf(file).toString('utf8');
		expect(text.split('\n').filter(Boolean)).toEqual(
			transcriptionOf(messageId).map(
				(s) => `Channel ${String(s.mediaChannel)}: ${String(s.transcript)}`,
			),
		);
		expect(result.items[0].json).toEqual({
			messageId,
			fileName: 'transcription.txt',
			mimeType: 'text/plain',
			fileSize: Buffer.byteLength(text),
		});
	});
});

describe('file names from Content-Disposition', () => {
	it.each([
		['Attachment; filename=audio.wav', 'audio.wav'],
		['attachment; filename="call 12.wav"', 'call 12.wav'],
		[`attachment; filename="x.wav"; filename*=UTF-8''R%C3%A9union.wav`, 'Réunion.wav'],
		['attachment; filename="../../etc/passwd"', 'passwd'],
		['attachment; filename="C:\\temp\\a.wav"', 'a.wav'],
		['inline', undefined],
		[undefined, undefined],
	])('%s → %s', (disposition, name) => {
		expect(fileNameOf(disposition)).toBe(name);
	});
});
