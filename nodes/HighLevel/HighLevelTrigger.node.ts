import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { ALL_EVENTS, WEBHOOK_EVENTS } from './webhook/events';
import { HIGHLEVEL_ED25519_PUBLIC_KEY_PEM, HIGHLEVEL_RSA_PUBLIC_KEY_PEM } from './webhook/keys';
import { normalise } from './webhook/normalise';
import {
	claim,
	isStale,
	keepUntil,
	normaliseWebhookId,
	parseTimestamp,
	remember,
	wasSeen,
} from './webhook/replay';
import {
	parsePublicKey,
	verifySignature,
	type HeaderBag,
	type VerificationKeys,
} from './webhook/verify';

interface TriggerOptions {
	acceptWithoutReplayFields?: boolean;
	ed25519PublicKey?: string;
	rsaPublicKey?: string;
	skipSignatureVerification?: boolean;
	rejectReplays?: boolean;
	replayWindowSeconds?: number;
}

/** What the trigger reads from n8n's request object (an express Request in n8n). */
interface WebhookRequest {
	rawBody?: unknown;
	readRawBody?: () => Promise<void>;
	body?: unknown;
}

/** What the trigger calls on n8n's response object; plain Node and express responses both have these. */
interface WebhookResponse {
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body: string): unknown;
}

const DEFAULT_REPLAY_WINDOW_SECONDS = 300;

const EVENT_OPTIONS = [
	{
		name: 'All Events',
		value: ALL_EVENTS,
		description: 'Every event HighLevel sends, including ones not listed here',
	},
	...[...WEBHOOK_EVENTS]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ name, value, description }) => ({ name, value, description })),
];

/**
 * The exact bytes HighLevel signed. n8n keeps them on `rawBody` after its body parser ran, and offers
 * `readRawBody()` to load them when it did not.
 */
async function receivedBytes(req: WebhookRequest): Promise<Buffer> {
	if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function')
		await req.readRawBody();
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
	// Last resort when the host kept no raw body: compact JSON is how HighLevel serialises (its SDK
	// verifies this way), but any difference in key order or escaping will fail verification.
	return Buffer.from(JSON.stringify(req.body ?? {}), 'utf8');
}

function parseObject(bytes: Buffer): IDataObject | undefined {
	try {
		const parsed: unknown = JSON.parse(bytes.toString('utf8'));
		return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
			? (parsed as IDataObject)
			: undefined;
	} catch {
		return undefined;
	}
}

/** Answers the request here and tells n8n not to answer or start the workflow. */
function refuse(context: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	const res = context.getResponseObject() as unknown as WebhookResponse;
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify({ message }));
	return { noWebhookResponse: true };
}

function verificationKeys(
	context: IWebhookFunctions | IHookFunctions,
	options: TriggerOptions,
): VerificationKeys {
	const read = (
		text: string | undefined,
		fallback: string,
		scheme: 'ed25519' | 'rsa',
		label: string,
	) => {
		const custom = text?.trim() ?? '';
		const parsed = parsePublicKey(custom === '' ? fallback : custom, scheme);
		if (parsed.key) return parsed.key;
		throw new NodeOperationError(
			context.getNode(),
			`The ${label} in the options cannot be used: ${parsed.problem}`,
			{
				description:
					'Paste the key as PEM (-----BEGIN PUBLIC KEY-----) or leave the option empty to use HighLevel’s published key.',
			},
		);
	};
	return {
		ed25519: read(
			options.ed25519PublicKey,
			HIGHLEVEL_ED25519_PUBLIC_KEY_PEM,
			'ed25519',
			'Ed25519 public key',
		),
		rsa: read(options.rsaPublicKey, HIGHLEVEL_RSA_PUBLIC_KEY_PEM, 'rsa', 'RSA public key'),
	};
}

function splitList(value: string): string[] {
	return value
		.split(/[\s,]+/)
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

export class HighLevelTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HighLevel Plus Trigger',
		name: 'highLevelTrigger',
		icon: { light: 'file:highlevel.svg', dark: 'file:highlevel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["events"] || []).includes("*") ? "All events" : ($parameter["events"] || []).join(", ")}}',
		// n8n's node creator shows this node and the HighLevel Plus node as one entry with this
		// description, so it speaks for both.
		description:
			'Work with HighLevel contacts, opportunities, conversations and more, or start a workflow when HighLevel sends a signed webhook event',
		defaults: { name: 'HighLevel Plus Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					'HighLevel sends all of a marketplace app’s events to one URL. Paste this node’s Production URL into the app’s webhook URL setting in the HighLevel developer portal, and add the scopes the events need (this node’s documentation, behind the Docs link, lists them).',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENT_OPTIONS,
				default: [ALL_EVENTS],
				description:
					'Events that start the workflow. Others are acknowledged and ignored. Deliveries without a recognisable event type only pass with All Events.',
			},
			{
				displayName: 'Location IDs',
				name: 'locationIds',
				type: 'string',
				default: '',
				placeholder: 've9EPM428h8vShlRW1KT, otg8dTQqGLh3Q6iQI55w',
				description:
					'Only start for events from these sub-accounts (comma-separated). Leave empty for all; when set, agency-level events without a location are ignored.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Accept Deliveries Without ID or Timestamp',
						name: 'acceptWithoutReplayFields',
						type: 'boolean',
						default: false,
						description:
							'Whether to accept a signed delivery that lacks its webhookId or timestamp. HighLevel sends both with every signed delivery; without them a copy sent again later cannot be recognised, so such deliveries are refused unless this is on.',
					},
					{
						displayName: 'Ed25519 Public Key',
						name: 'ed25519PublicKey',
						type: 'string',
						typeOptions: { rows: 3 },
						default: '',
						placeholder: '-----BEGIN PUBLIC KEY-----',
						description:
							'Key that checks the X-GHL-Signature header, as PEM. Leave empty to use the key HighLevel publishes; set it when HighLevel announces a new key.',
					},
					{
						displayName: 'Reject Replays',
						name: 'rejectReplays',
						type: 'boolean',
						default: true,
						description:
							'Whether to refuse a delivery whose webhookId was already accepted or whose timestamp is older than the replay window. Accepted IDs are kept in the workflow’s static data for the whole window (a day when the window is 0).',
					},
					{
						displayName: 'Replay Window (Seconds)',
						name: 'replayWindowSeconds',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: DEFAULT_REPLAY_WINDOW_SECONDS,
						description:
							'Deliveries with a timestamp older than this are refused when Reject Replays is on. 0 turns the age check off.',
					},
					{
						displayName: 'RSA Public Key',
						name: 'rsaPublicKey',
						type: 'string',
						typeOptions: { rows: 3 },
						default: '',
						placeholder: '-----BEGIN PUBLIC KEY-----',
						description:
							'Key that checks the legacy X-WH-Signature header (used only when X-GHL-Signature is absent), as PEM. Leave empty to use the key HighLevel publishes.',
					},
					{
						displayName: 'Skip Signature Verification',
						name: 'skipSignatureVerification',
						type: 'boolean',
						default: false,
						description:
							'Whether to accept requests without checking HighLevel’s signature. For testing only: anyone who learns the URL can then start this workflow with made-up data.',
					},
				],
			},
		],
	};

	// HighLevel has no API to subscribe a URL: the user pastes it into the app settings once. The
	// lifecycle therefore registers nothing remotely; create() checks the key options so a bad pasted
	// key fails activation instead of every delivery.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const options = this.getNodeParameter('options', {}) as TriggerOptions;
				if (!options.skipSignatureVerification) verificationKeys(this, options);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const bytes = await receivedBytes(this.getRequestObject() as unknown as WebhookRequest);

		if (!options.skipSignatureVerification) {
			const result = verifySignature(
				bytes,
				this.getHeaderData() as HeaderBag,
				verificationKeys(this, options),
			);
			if (!result.valid) return refuse(this, 401, 'Missing or invalid HighLevel signature');
		}

		const payload = parseObject(bytes);
		if (!payload) return refuse(this, 400, 'Expected a JSON object');

		const now = new Date();
		const nowMs = now.getTime();
		const staticData = this.getWorkflowStaticData('node');
		const rejectReplays = options.rejectReplays ?? true;
		const window = options.replayWindowSeconds ?? DEFAULT_REPLAY_WINDOW_SECONDS;
		const webhookId = normaliseWebhookId(payload.webhookId);
		const sentAt = parseTimestamp(payload.timestamp);
		if (rejectReplays) {
			// HighLevel signs every delivery with both; one without them could be replayed unnoticed.
			const signed = !options.skipSignatureVerification;
			if (
				signed &&
				!options.acceptWithoutReplayFields &&
				(webhookId === undefined || sentAt === undefined)
			) {
				return refuse(
					this,
					400,
					'Delivery has no usable webhookId or timestamp, which replay protection needs',
				);
			}
			if (sentAt !== undefined && isStale(sentAt, nowMs, window)) {
				return refuse(this, 401, 'Delivery timestamp is outside the replay window');
			}
			if (webhookId !== undefined && wasSeen(staticData, webhookId, nowMs, window)) {
				return refuse(this, 409, 'Delivery already received');
			}
		}

		const fields = normalise(payload, now);
		const events = this.getNodeParameter('events', []) as string[];
		const locations = splitList(this.getNodeParameter('locationIds', '') as string);
		const eventWanted =
			events.length === 0 || events.includes(ALL_EVENTS) || events.includes(fields.event);
		const locationWanted =
			locations.length === 0 ||
			(fields.locationId !== null && locations.includes(fields.locationId));
		if (!eventWanted || !locationWanted) {
			// Filtered events are expected, not errors: n8n acknowledges them with its default 200.
			return { webhookResponse: { message: 'Event ignored by this trigger’s filters' } };
		}

		if (rejectReplays && webhookId !== undefined) {
			const until = keepUntil(sentAt, nowMs, window);
			// Claimed in this process before anything is awaited, so a copy arriving while this one's
			// static data is on its way to the database is refused too.
			const trigger = `${this.getWorkflow().id ?? ''}|${this.getNode().id ?? this.getNode().name}`;
			if (!claim(trigger, webhookId, until, nowMs))
				return refuse(this, 409, 'Delivery already received');
			remember(staticData, webhookId, until, nowMs, window);
		}
		return { workflowData: [[{ json: { ...payload, ...fields } }]] };
	}
}
