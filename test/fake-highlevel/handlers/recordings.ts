import type { LocationStore } from '../store';
import { HttpError, type Call, type Handler } from './framework';

type Rec = Record<string, unknown>;

/**
 * Call recordings and their transcriptions. HighLevel keeps them for call messages only; the
 * fake makes them from the message ID, so the same message always gives the same bytes.
 *
 * conversations.json documents the recording as `audio/x-wav` with `Attachment; filename=audio.wav`
 * and says nothing more; how else it may come (no Content-Disposition, a generic or a wrong
 * Content-Type) is a variant the tests set per location.
 */
export type RecordingVariant = 'documented' | 'noDisposition' | 'octetStream' | 'htmlPage';
const variants = new WeakMap<LocationStore, RecordingVariant>();

export function setRecordingVariant(store: LocationStore, variant: RecordingVariant): void {
	variants.set(store, variant);
}

const CALL_TYPES = new Set(['TYPE_CALL', 'TYPE_IVR_CALL']);
const SAMPLE_RATE = 8000;

function callIn(call: Call, what: string): Rec {
	const store = call.location(call.params.locationId);
	const message = store.collection('messages').get(call.params.messageId);
	if (!message)
		throw new HttpError(404, {
			statusCode: 404,
			message: `Message with id ${call.params.messageId} not found`,
		});
	if (!CALL_TYPES.has(String(message.messageType)))
		throw new HttpError(404, { statusCode: 404, message: `No ${what} found for this message` });
	return message;
}

/** A short mono 16-bit PCM WAV whose tone and length come from the message ID. */
export function recordingOf(messageId: string): Buffer {
	const seed = [...messageId].reduce((sum, c) => sum + c.charCodeAt(0), 0);
	const samples = SAMPLE_RATE / 10 + (seed % 200);
	const data = Buffer.alloc(samples * 2);
	for (let i = 0; i < samples; i++)
		data.writeInt16LE(
			Math.round(8000 * Math.sin((2 * Math.PI * (300 + (seed % 500)) * i) / SAMPLE_RATE)),
			i * 2,
		);
	const head = Buffer.alloc(44);
	head.write('RIFF', 0, 'ascii');
	head.writeUInt32LE(36 + data.length, 4);
	head.write('WAVEfmt ', 8, 'ascii');
	head.writeUInt32LE(16, 16);
	head.writeUInt16LE(1, 20); // PCM
	head.writeUInt16LE(1, 22); // mono
	head.writeUInt32LE(SAMPLE_RATE, 24);
	head.writeUInt32LE(SAMPLE_RATE * 2, 28);
	head.writeUInt16LE(2, 32);
	head.writeUInt16LE(16, 34);
	head.write('data', 36, 'ascii');
	head.writeUInt32LE(data.length, 40);
	return Buffer.concat([head, data]);
}

const LINES = [
	'This call may be recorded for quality assurance purposes.',
	'Hi, I would like to move my appointment to next week.',
	'Of course, Tuesday at ten is free. Shall I book it?',
	'Yes please, thank you.',
];

/** The sentences of a call's transcription, as GetMessageTranscriptionResponseDto describes each. */
export function transcriptionOf(messageId: string): Rec[] {
	let at = 0;
	return LINES.map((transcript, sentenceIndex) => {
		const startTime = at;
		at += 1500 + transcript.length * 60;
		return {
			mediaChannel: (sentenceIndex % 2) + 1,
			sentenceIndex,
			startTime,
			endTime: at,
			transcript,
			confidence: 0.9 + ((messageId.length + sentenceIndex) % 10) / 100,
		};
	});
}

export const RECORDING_HANDLERS: Record<string, Handler> = {
	'conversations/get-message-recording': (call) => {
		const message = callIn(call, 'recording');
		const variant = variants.get(call.location(call.params.locationId)) ?? 'documented';
		if (variant === 'htmlPage')
			return {
				body: Buffer.from('<html><body><h1>Sign in</h1></body></html>'),
				headers: { 'content-type': 'text/html; charset=utf-8' },
			};
		const disposition: Record<string, string> =
			variant === 'noDisposition'
				? {}
				: { 'content-disposition': 'Attachment; filename=audio.wav' };
		return {
			body: recordingOf(String(message.id)),
			headers: {
				'content-type': variant === 'octetStream' ? 'application/octet-stream' : 'audio/x-wav',
				...disposition,
			},
		};
	},
	// The spec types the answer as one sentence; a transcription has several, and comes as their list.
	'conversations/get-message-transcription': (call) => ({
		body: transcriptionOf(String(callIn(call, 'transcription').id)),
	}),
	'conversations/download-message-transcription': (call) => {
		const message = callIn(call, 'transcription');
		const text = transcriptionOf(String(message.id))
			.map((s) => `Channel ${String(s.mediaChannel)}: ${String(s.transcript)}`)
			.join('\n');
		return {
			body: Buffer.from(`${text}\n`, 'utf8'),
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'content-disposition': 'Attachment; filename="transcription.txt"',
			},
		};
	},
};
