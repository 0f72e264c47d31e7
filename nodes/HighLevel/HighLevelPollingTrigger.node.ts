import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { loadOptions } from './methods/loadOptions';
import { POLL_EVENTS, pollEvent } from './poll/events';
import { pollLocations } from './poll/locations';
import { newest, poll, type PollSettings } from './poll/run';
import type { FilterName, PollFilters } from './poll/source';
import {
	authenticate,
	authenticated,
	authenticationParameter,
	HIGHLEVEL_CREDENTIALS,
} from './shared/authentication';
import { instant } from './shared/dates';

const DEFAULT_MAX_ITEMS = 500;

/** The events that take a filter, read from the event catalogue. */
function eventsWith(filter: FilterName): string[] {
	return POLL_EVENTS.filter((event) => event.source.filters.includes(filter)).map(
		(event) => event.value,
	);
}

/** A filter picked from one of the sub-account's lists, shown for the events that take it. */
function listFilter(
	displayName: string,
	name: FilterName,
	loadOptionsMethod: string,
	{
		events = eventsWith(name),
		dependsOn = [],
		required,
	}: { events?: string[]; dependsOn?: string[]; required?: boolean } = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		typeOptions: { loadOptionsMethod, loadOptionsDependsOn: [...dependsOn, 'locationId'] },
		displayOptions: { show: { event: events } },
		default: '',
		...(required ? { required } : {}),
	};
}

const FILTERS: INodeProperties[] = [
	listFilter('Form Name or ID', 'formId', 'getForms'),
	{
		displayName: 'Survey ID',
		name: 'surveyId',
		type: 'string',
		displayOptions: { show: { event: eventsWith('surveyId') } },
		default: '',
		placeholder: 'k3Lx8vQ2TfGkqYtq1nMd',
		description: 'Only submissions of this survey; leave empty for every survey',
	},
	listFilter('Calendar Name or ID', 'calendarId', 'getCalendars'),
	listFilter('User Name or ID', 'userId', 'getUsers'),
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		options: [
			{ name: 'All but Email', value: '' },
			{ name: 'Call', value: 'Call' },
			{ name: 'Email', value: 'Email' },
			{ name: 'Facebook', value: 'Facebook' },
			{ name: 'Instagram', value: 'Instagram' },
			{ name: 'SMS', value: 'SMS' },
			{ name: 'WhatsApp', value: 'WhatsApp' },
		],
		displayOptions: { show: { event: eventsWith('channel') } },
		default: '',
		description:
			'Only messages of this channel. HighLevel leaves email out unless Email is chosen.',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Abandoned', value: 'abandoned' },
			{ name: 'Lost', value: 'lost' },
			{ name: 'Open', value: 'open' },
			{ name: 'Won', value: 'won' },
		],
		displayOptions: { show: { event: ['opportunityStatusChanged'] } },
		default: 'won',
		required: true,
		description: 'Start when an opportunity is marked with this status',
	},
	listFilter('Pipeline Name or ID', 'pipelineId', 'getPipelines'),
	listFilter('Stage Name or ID', 'pipelineStageId', 'getPipelineStages', {
		dependsOn: ['pipelineId'],
	}),
	listFilter('Tag Name or ID', 'tag', 'getTags', { events: ['contactTagAdded'], required: true }),
	listFilter('Tag Name or ID', 'tag', 'getTags', {
		events: eventsWith('tag').filter((event) => event !== 'contactTagAdded'),
	}),
	listFilter('Assigned User Name or ID', 'assignedTo', 'getUsers'),
];

const FILTER_NAMES: FilterName[] = [
	'tag',
	'assignedTo',
	'pipelineId',
	'pipelineStageId',
	'status',
	'formId',
	'surveyId',
	'channel',
	'calendarId',
	'userId',
];

function readFilters(ctx: IPollFunctions, allowed: FilterName[]): PollFilters {
	const filters: PollFilters = {};
	for (const name of FILTER_NAMES) {
		if (!allowed.includes(name)) continue;
		const value = ctx.getNodeParameter(name, '') as unknown;
		if (typeof value === 'string' && value.trim() !== '') filters[name] = value.trim();
		else if (typeof value === 'number') filters[name] = String(value);
	}
	return filters;
}

function readSettings(ctx: IPollFunctions): Omit<PollSettings, 'locationIds'> {
	const value = ctx.getNodeParameter('event') as string;
	const event = pollEvent(value);
	if (!event) throw new NodeOperationError(ctx.getNode(), `Unknown event '${value}'`);
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const maxItems = options.maxItems === undefined ? DEFAULT_MAX_ITEMS : Number(options.maxItems);
	if (!Number.isInteger(maxItems) || maxItems < 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			"'Max Items per Poll' must be a whole number of at least 1",
			{
				description: `Got ${String(options.maxItems)}.`,
			},
		);
	}
	const startFrom =
		options.startFrom === undefined || options.startFrom === ''
			? undefined
			: // The date helpers name the field in their errors; this context has no items.
				instant(ctx as unknown as IExecuteFunctions, 0, 'Start From', options.startFrom, {
					zone: ctx.getTimezone(),
					allowDateOnly: true,
				});
	return { event, filters: readFilters(ctx, event.source.filters), maxItems, startFrom };
}

export class HighLevelPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HighLevel Plus Polling Trigger',
		name: 'highLevelPollingTrigger',
		icon: { light: 'file:highlevel.svg', dark: 'file:highlevel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: `={{ ${JSON.stringify(Object.fromEntries(POLL_EVENTS.map((event) => [event.value, event.name])))}[$parameter["event"]] }}`,
		description:
			'Starts the workflow when HighLevel records change, by asking HighLevel on a schedule. Works with a Private Integration Token; catches up after downtime.',
		defaults: { name: 'HighLevel Plus Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: HIGHLEVEL_CREDENTIALS,
		properties: [
			authenticationParameter(
				'A Private Integration Token watches one sub-account; an agency OAuth2 credential can watch several',
			),
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: POLL_EVENTS.map(({ name, value, description }) => ({ name, value, description })),
				default: 'contactCreated',
				required: true,
				description:
					'What starts the workflow. Each poll emits the records this happened to since the previous poll, oldest first.',
			},
			...FILTERS,
			{
				displayName: 'Sub-Accounts',
				name: 'subAccounts',
				type: 'options',
				options: [
					{
						name: 'One',
						value: 'one',
						description: 'The Location ID below, or the credential’s own sub-account',
					},
					{
						name: 'List',
						value: 'list',
						description: 'Several sub-accounts by ID (agency OAuth2 credential)',
					},
					{
						name: 'Every Installed',
						value: 'installed',
						description:
							'Every sub-account where your marketplace app is installed (agency OAuth2 credential)',
					},
				],
				default: 'one',
				description:
					'Which sub-accounts to watch. Each keeps its own position and its own rate limit.',
			},
			{
				displayName: 'Location ID',
				name: 'locationId',
				type: 'string',
				displayOptions: { show: { subAccounts: ['one'] } },
				default: '',
				placeholder: 've9EPM428h8vShlRW1KT',
				description: 'Sub-account to watch. Leave empty to use the credential’s location.',
			},
			{
				displayName: 'Location IDs',
				name: 'locationIds',
				type: 'string',
				displayOptions: { show: { subAccounts: ['list'] } },
				default: '',
				placeholder: 've9EPM428h8vShlRW1KT, otg8dTQqGLh3Q6iQI55w',
				description: 'Sub-accounts to watch, separated by commas',
			},
			{
				displayName: 'App ID',
				name: 'appId',
				type: 'string',
				displayOptions: { show: { subAccounts: ['installed'] } },
				default: '',
				placeholder: '65f1c2d3e4a5b6c7d8e9f0a1',
				description: 'ID of your marketplace app (the part of its client ID before the dash)',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Max Items per Poll',
						name: 'maxItems',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: DEFAULT_MAX_ITEMS,
						description:
							'Most records one poll emits per sub-account. After downtime the oldest come first and the rest follow on the next polls.',
					},
					{
						displayName: 'Start From',
						name: 'startFrom',
						type: 'dateTime',
						default: '',
						description:
							'On the first poll after activation, emit the records from this moment on. Leave empty to start with what happens after activation.',
					},
				],
			},
		],
	};

	methods = { loadOptions: authenticated(loadOptions) };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		authenticate(this);
		// Every setting is checked before the first request (listing installed sub-accounts is one).
		const checked = readSettings(this);
		const settings: PollSettings = { ...checked, locationIds: await pollLocations(this) };
		if (this.getMode() === 'manual') {
			// Fetch Test Event: the latest real record, so the workflow can be built on it.
			const latest = await newest(this, settings);
			return latest ? [[{ json: latest }]] : null;
		}
		const records = await poll(this, settings);
		return records.length ? [records.map((json) => ({ json }))] : null;
	}
}
