import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { binaryFile } from '../../shared/binary';
import { returnAllAndLimit, readHowMany } from '../../shared/params';
import type { OperationDefinition } from '../../shared/types';
import { inputError, oneOf } from '../../shared/validate';
import { loadApiOperations, type ApiOperationSpec } from '../../apiSpec/apiSpec';
import { checkBody, checkQuery, checkUpload, type Problem } from '../../apiSpec/checkRequest';
import { OPERATIONS, type OperationKey } from '../../apiSpec/operations.generated';
import type { HighLevelOperation } from '../../apiSpec/types';
import { readLocationOverride, resolveLocationId } from '../../shared/location';
import { getMany } from '../../transport/paginate';
import { apiRequest, type ApiRequest } from '../../transport/request';
import { mergeMapped, parametersMapper, readMappedParameters } from './mapped';
import { pagerFor } from './paging';

const EXAMPLE_OPERATION: OperationKey = 'businesses/get-businesses-by-location';
const OPERATION_FIELD = 'API Operation';

const nameValue = (what: string): INodeProperties[] => [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: `Name of the ${what} as the operation declares it`,
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		description: `Value of the ${what}`,
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'API Operation',
		name: 'apiOperation',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		placeholder: EXAMPLE_OPERATION,
		description:
			'The operation of HighLevel’s API to call. The app or token needs that operation’s scopes.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchApiOperations', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: EXAMPLE_OPERATION,
				hint: 'The module and the operationId of HighLevel’s API reference, separated by a slash',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[a-z-]+/[A-Za-z0-9_-]+\\s*$',
							errorMessage: 'Expected module/operationId, e.g. contacts/get-contact',
						},
					},
				],
			},
		],
	},
	parametersMapper,
	{
		displayName: 'Path Parameters',
		name: 'pathParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Path Parameter',
		default: {},
		description:
			'Values for the {placeholders} of the operation’s path, e.g. contactId. A locationId left out is the node’s Location ID (or the credential’s location).',
		options: [{ displayName: 'Parameter', name: 'parameter', values: nameValue('path parameter') }],
	},
	{
		displayName: 'Specify Query Parameters',
		name: 'specifyQuery',
		type: 'options',
		options: [
			{ name: 'Using Fields Below', value: 'keypair' },
			{ name: 'Using JSON', value: 'json' },
		],
		default: 'keypair',
		description: 'Whether to give query parameters one by one or as one JSON object',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Query Parameter',
		default: {},
		displayOptions: { show: { specifyQuery: ['keypair'] } },
		description:
			'Query parameters the operation declares; the required ones must be set. A locationId (or location_id) left out is the node’s Location ID (or the credential’s location). A name given twice sends a list.',
		options: [
			{ displayName: 'Parameter', name: 'parameter', values: nameValue('query parameter') },
		],
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'jsonQuery',
		type: 'json',
		default: '{}',
		displayOptions: { show: { specifyQuery: ['json'] } },
		description:
			'Query parameters as one JSON object, e.g. {"limit": 20}. A locationId (or location_id) left out is the node’s Location ID (or the credential’s location).',
	},
	{
		displayName: 'Body',
		name: 'jsonBody',
		type: 'json',
		default: '{}',
		description:
			'JSON body for operations that take one (POST, PUT, PATCH), checked against the operation’s schema before sending. Where the body has a locationId property left out, the node’s Location ID (or the credential’s location) fills it.',
	},
	{
		displayName: 'Files',
		name: 'files',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add File',
		default: {},
		description:
			'For operations that upload files (a multipart/form-data body, e.g. medias/upload-media-content or conversations/upload-file-attachments): each file comes from a binary field of the input item and goes in the form field named here. The Body’s properties are sent as the form’s text fields.',
		options: [
			{
				displayName: 'File',
				name: 'file',
				values: [
					{
						displayName: 'Form Field',
						name: 'field',
						type: 'string',
						default: '',
						placeholder: 'file',
						description:
							'Name of the form field the operation reads the file from, e.g. file (media) or fileAttachment (conversation attachments)',
					},
					{
						displayName: 'Input Binary Field',
						name: 'binaryPropertyName',
						type: 'string',
						default: 'data',
						hint: 'The name of the input binary field containing the file to be uploaded',
						description: 'Name of the binary field of the input item that holds the file',
					},
				],
			},
		],
	},
	{
		displayName:
			'Return All and Limit apply to operations that return a list page by page (limit with skip, offset, page or a cursor). To read one page yourself, set those parameters.',
		name: 'pagingNotice',
		type: 'notice',
		default: '',
	},
	...returnAllAndLimit(),
];

/**
 * Calls any operation of HighLevel's specs by `module/operationId`. Everything the user gives is
 * checked against the spec first (apiSpec/checkRequest.ts), so a typo fails the item with no request
 * sent, and the request goes through apiRequest like every other operation's.
 */
export const call: OperationDefinition = {
	value: 'call',
	name: 'Call',
	action: 'Call any HighLevel API operation',
	description:
		'Call any operation of HighLevel’s API by its operationId, checked against the API’s specification',
	// Whatever operation the user picks; the example is what the matrices run it with.
	calls: [EXAMPLE_OPERATION],
	callsAnyOperation: true,
	properties,
	async execute(itemIndex) {
		const fail = (problem: Problem) =>
			inputError(this, itemIndex, problem.field, problem.expected, problem.got);
		const key = readOperationKey(this, itemIndex);
		const spec = (await loadApiOperations())[key];
		const op: HighLevelOperation | undefined = OPERATIONS[key as OperationKey];
		if (!spec || !op) {
			throw inputError(
				this,
				itemIndex,
				OPERATION_FIELD,
				`an operation of HighLevel’s API as module/operationId, such as ${EXAMPLE_OPERATION}`,
				key,
			);
		}
		const label = `${op.method} ${op.path}`;
		const fileFields = readFileFields(this, itemIndex);
		if (fileFields.length && spec.f !== 'multipart') {
			throw inputError(this, itemIndex, 'Files', `no files: ${label} does not upload files`);
		}

		let location: string | undefined;
		const theLocation = async () => (location ??= await resolveLocationId(this, itemIndex));

		const mapped = await readMappedParameters(this, itemIndex, key);
		const path = mergeMapped(
			this,
			itemIndex,
			'Path Parameters',
			readPairs(this, itemIndex, 'pathParameters', 'Path Parameters'),
			mapped.path,
		);
		const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
		const pathValues: Record<string, string> = {};
		for (const [name, value] of Object.entries(path)) {
			if (!names.includes(name)) {
				throw fail({
					field: `Path Parameters › ${name}`,
					expected: names.length
						? `one of the path's parameters: ${names.join(', ')}`
						: `no path parameters: ${label} has none`,
				});
			}
			const text = typeof value === 'string' ? value.trim() : value;
			if (typeof text !== 'string' || text === '.' || text === '..') {
				throw fail({
					field: `Path Parameters › ${name}`,
					expected: 'an ID or other text that is not . or ..',
					got: value,
				});
			}
			if (text !== '') pathValues[name] = text;
		}
		for (const name of names) {
			if (pathValues[name] !== undefined) continue;
			if (name === 'locationId') pathValues[name] = await theLocation();
			else
				throw fail({ field: `Path Parameters › ${name}`, expected: `a value: ${label} needs it` });
		}

		const qs = mergeMapped(
			this,
			itemIndex,
			'Query Parameters',
			await readQuery(this, itemIndex),
			mapped.query,
		);
		const queryNames = (spec.q ?? []).map(([name]) => name);
		// HighLevel spells it locationId on most operations and location_id on a few (opportunity search).
		for (const name of ['locationId', 'location_id']) {
			if (queryNames.includes(name) && (qs[name] === undefined || qs[name] === ''))
				qs[name] = await theLocation();
		}

		const body = withMappedBody(
			this,
			itemIndex,
			readBody(this, itemIndex, spec, label, fileFields.length > 0),
			mapped.body,
		);
		if (
			body &&
			!Array.isArray(body) &&
			spec.b?.p &&
			'locationId' in spec.b.p &&
			body.locationId === undefined
		) {
			body.locationId = await theLocation();
		}

		// The sub-account the request is for: the one it names, else the node's or credential's
		// (an agency token needs it to act as the location), when there is one.
		const named =
			pathValues.locationId ??
			stringOrUndefined(qs.locationId) ??
			stringOrUndefined(qs.location_id) ??
			stringOrUndefined(body && !Array.isArray(body) ? body.locationId : undefined);
		const locationId = named ?? (await optionalLocation(this, itemIndex));
		const request: ApiRequest = {
			operation: key as OperationKey,
			path: pathValues,
			qs: qs as IDataObject,
			...(body !== undefined ? { body: body as IDataObject } : {}),
			...(spec.f === 'form' ? { form: true } : {}),
			itemIndex,
			locationId,
		};

		// Checked as it will be sent: a list's first page carries the page parameters the pager adds.
		const pager = pagerFor(spec, request);
		const first = pager ? pager.request(undefined, 1) : request;
		const problem =
			checkQuery(spec, (first.qs ?? {}) as Record<string, unknown>, label) ??
			(spec.f === 'multipart'
				? checkUpload(
						spec,
						first.body,
						fileFields.map(({ field }) => field),
					)
				: spec.b && first.body !== undefined
					? checkBody(spec, first.body)
					: undefined);
		if (problem) throw fail(problem);
		if (fileFields.length) {
			request.files = [];
			for (const [i, { field, binaryPropertyName }] of fileFields.entries()) {
				request.files.push(
					await binaryFile(
						this,
						itemIndex,
						`Files › ${i + 1} › Input Binary Field`,
						binaryPropertyName,
						field,
					),
				);
			}
		}

		if (pager) return await getMany(this, readHowMany(this, itemIndex), pager);
		const answer = await apiRequest<unknown>(this, request);
		if (Array.isArray(answer)) {
			return answer.map((entry) =>
				entry !== null && typeof entry === 'object' && !Array.isArray(entry)
					? (entry as IDataObject)
					: { value: entry as IDataObject[keyof IDataObject] },
			);
		}
		return (answer ?? {}) as IDataObject;
	},
};

/** The JSON body with the Parameters mapper's body fields added (a list body takes none). */
function withMappedBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject | IDataObject[] | undefined,
	mapped: IDataObject,
): IDataObject | IDataObject[] | undefined {
	if (!Object.keys(mapped).length) return body;
	if (Array.isArray(body))
		throw inputError(
			ctx,
			itemIndex,
			'Parameters',
			'no body fields: the body is a list, given as JSON',
		);
	return mergeMapped(ctx, itemIndex, 'Body', body ?? {}, mapped);
}

function stringOrUndefined(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The node's or credential's location, where there is one; an agency-wide call may have none. */
async function optionalLocation(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<string | undefined> {
	// A Location ID set on the node is used (and refused when unusable), never skipped.
	if (readLocationOverride(ctx, itemIndex)) return await resolveLocationId(ctx, itemIndex);
	try {
		return await resolveLocationId(ctx, itemIndex);
	} catch {
		return undefined;
	}
}

function readOperationKey(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = ctx.getNodeParameter('apiOperation', itemIndex, '', {
		extractValue: true,
	}) as unknown;
	if (typeof value !== 'string' || !/^[a-z-]+\/[A-Za-z0-9_-]+$/.test(value.trim())) {
		throw inputError(
			ctx,
			itemIndex,
			OPERATION_FIELD,
			`module/operationId, such as ${EXAMPLE_OPERATION}`,
			value,
		);
	}
	return value.trim();
}

/** Name/value pairs of a fixed collection; a name given twice gives a list. */
function readPairs(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): Record<string, unknown> {
	const raw = ctx.getNodeParameter(parameter, itemIndex, {}) as {
		parameter?: Array<{ name?: unknown; value?: unknown }>;
	};
	const pairs: Record<string, unknown> = {};
	for (const entry of raw?.parameter ?? []) {
		const name = typeof entry.name === 'string' ? entry.name.trim() : '';
		if (!name)
			throw inputError(ctx, itemIndex, `${field} › Name`, 'the name of a parameter', entry.name);
		const value = entry.value ?? '';
		if (value !== null && typeof value === 'object')
			throw inputError(ctx, itemIndex, `${field} › ${name}`, 'text', value);
		if (name in pairs) {
			const before = pairs[name];
			pairs[name] = [...(Array.isArray(before) ? before : [before]), value];
		} else {
			pairs[name] = value;
		}
	}
	return pairs;
}

function parseJson(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): unknown {
	const raw = ctx.getNodeParameter(parameter, itemIndex, '{}') as unknown;
	if (typeof raw !== 'string') return raw;
	if (raw.trim() === '') return undefined;
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		throw inputError(ctx, itemIndex, field, 'valid JSON', raw);
	}
}

async function readQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<Record<string, unknown>> {
	const how = oneOf(
		ctx,
		itemIndex,
		'Specify Query Parameters',
		ctx.getNodeParameter('specifyQuery', itemIndex, 'keypair'),
		['keypair', 'json'],
	);
	if (how === 'keypair') return readPairs(ctx, itemIndex, 'queryParameters', 'Query Parameters');
	const parsed = parseJson(ctx, itemIndex, 'jsonQuery', 'Query Parameters (JSON)') ?? {};
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw inputError(
			ctx,
			itemIndex,
			'Query Parameters (JSON)',
			'a JSON object of parameter names and values',
			parsed,
		);
	}
	return { ...(parsed as Record<string, unknown>) };
}

/** The form fields and input binary fields of an upload's files, each field named. */
function readFileFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Array<{ field: string; binaryPropertyName: unknown }> {
	const raw = ctx.getNodeParameter('files', itemIndex, {}) as {
		file?: Array<{ field?: unknown; binaryPropertyName?: unknown }>;
	};
	return (raw?.file ?? []).map((entry, i) => {
		const field = typeof entry.field === 'string' ? entry.field.trim() : '';
		if (!field)
			throw inputError(
				ctx,
				itemIndex,
				`Files › ${i + 1} › Form Field`,
				'the name of the form field the operation reads the file from',
				entry.field,
			);
		return { field, binaryPropertyName: entry.binaryPropertyName };
	});
}

/** The body to send: undefined for operations without one when none is given. */
function readBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: ApiOperationSpec,
	label: string,
	upload: boolean,
): IDataObject | IDataObject[] | undefined {
	const parsed = parseJson(ctx, itemIndex, 'jsonBody', 'Body');
	const empty =
		parsed === undefined ||
		(parsed !== null &&
			typeof parsed === 'object' &&
			!Array.isArray(parsed) &&
			!Object.keys(parsed).length);
	// An upload's text fields go in its form, whose parser reads a missing field as absent.
	if (spec.f === 'multipart' && (upload || spec.b)) {
		if (empty) return {};
		if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
			throw inputError(ctx, itemIndex, 'Body', 'a JSON object of the form’s text fields', parsed);
		return { ...(parsed as IDataObject) };
	}
	if (!spec.b) {
		if (!empty) throw inputError(ctx, itemIndex, 'Body', `no body: ${label} takes none`, parsed);
		return undefined;
	}
	// An object body is sent even when empty (HighLevel reads a missing one as {} anyway); a list
	// body that is optional and not given is left out.
	if (empty && spec.b.t !== 'object' && !spec.br) return undefined;
	if (parsed === undefined) return {};
	if (parsed === null || typeof parsed !== 'object') {
		throw inputError(
			ctx,
			itemIndex,
			'Body',
			spec.b.t === 'array' ? 'a JSON list' : 'a JSON object',
			parsed,
		);
	}
	return Array.isArray(parsed) ? (parsed as IDataObject[]) : { ...(parsed as IDataObject) };
}
