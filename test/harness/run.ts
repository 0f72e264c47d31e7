import type {
	ICredentialDataDecryptedObject,
	IBinaryKeyData,
	IDataObject,
	INodeExecutionData,
	IRun,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	INodeListSearchResult,
	INodePropertyOptions,
	ResourceMapperFields,
} from 'n8n-workflow';
import { HighLevel } from '../../nodes/HighLevel/HighLevel.node';
import { TestCredentialsHelper } from './credentials';
import { nodeTypes } from './nodeTypes';
import { INSTANCE_DATA } from './instance';

export const PIT_TOKEN = 'pit-test-7c1d5f0e-secret';
export const OAUTH_ACCESS_TOKEN = 'oauth-access-test-secret';
export const OAUTH_REFRESH_TOKEN = 'oauth-refresh-test-secret';
export const OAUTH_CLIENT_SECRET = 'oauth-client-secret-test';
export const LOCATION_ID = 'loc_test_000000000001';

export type Auth = 'pit' | 'oauth';

export interface RunOptions {
	/** The HighLevel node's parameters (resource, operation and fields). */
	parameters: IDataObject;
	/** Input items; one empty item by default. */
	items?: IDataObject[];
	/** Binary data of the input items, by item index (n8n's in-memory form: base64 `data`). */
	binary?: Array<IBinaryKeyData | null>;
	auth?: Auth;
	baseUrl: string;
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	/** Override credential data (e.g. an expired OAuth token). */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
}

export interface RunResult {
	run: IRun;
	/** Items of the HighLevel node's first output. */
	items: INodeExecutionData[];
	/** Items of its error output, with continueErrorOutput. */
	errorItems: INodeExecutionData[];
	/** The error that stopped the workflow, if any. */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string };
	credentialsHelper: TestCredentialsHelper;
}

export function testCredentials(baseUrl: string): Record<string, ICredentialDataDecryptedObject> {
	return {
		highLevelPrivateIntegrationApi: {
			token: PIT_TOKEN,
			locationId: LOCATION_ID,
			useCustomBaseUrl: true,
			baseUrl,
		},
		highLevelAppOAuth2Api: {
			grantType: 'authorizationCode',
			authUrl: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
			accessTokenUrl: `${baseUrl}/oauth/token`,
			clientId: 'test-client-id',
			clientSecret: OAUTH_CLIENT_SECRET,
			scope: 'contacts.readonly contacts.write',
			authentication: 'body',
			useCustomBaseUrl: true,
			baseUrl,
			oauthTokenData: {
				access_token: OAUTH_ACCESS_TOKEN,
				refresh_token: OAUTH_REFRESH_TOKEN,
				token_type: 'Bearer',
				userType: 'Location',
				locationId: LOCATION_ID,
				companyId: 'company_test_0001',
			},
		},
	};
}

function setup(options: RunOptions) {
	const auth = options.auth ?? 'pit';
	const credentialsHelper = new TestCredentialsHelper(
		options.credentials ?? testCredentials(options.baseUrl),
	);
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'test',
		active: false,
		nodeTypes,
		connections: { Items: { main: [[{ node: 'HighLevel', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 'items',
				name: 'Items',
				type: 'test.items',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					items: JSON.stringify(options.items ?? [{}]),
					...(options.binary ? { binary: JSON.stringify(options.binary) } : {}),
				},
			},
			{
				id: 'highlevel',
				name: 'HighLevel',
				type: 'n8n-nodes-highlevel.highLevel',
				typeVersion: 1,
				position: [200, 0],
				parameters: {
					authentication: auth === 'pit' ? 'privateIntegrationToken' : 'oAuth2',
					...options.parameters,
				},
				credentials:
					auth === 'pit'
						? { highLevelPrivateIntegrationApi: { id: 'cred-pit', name: 'PIT' } }
						: { highLevelAppOAuth2Api: { id: 'cred-oauth', name: 'OAuth' } },
				...(options.onError ? { onError: options.onError } : {}),
			},
		],
		settings: { executionOrder: 'v1' },
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test-workflow',
		name: 'test',
		active: false,
		nodes: workflow.nodes ? Object.values(workflow.nodes) : [],
		connections: workflow.connectionsBySourceNode,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
		isArchived: false,
	} as never);
	const additionalData = {
		credentialsHelper,
		hooks,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		...INSTANCE_DATA,
		startRunnerTask: async () => {
			throw new Error('not supported in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	return { workflow, additionalData, credentialsHelper };
}

/** Runs a two-node workflow (items → HighLevel) through n8n-core's real execution engine. */
export async function runHighLevel(options: RunOptions): Promise<RunResult> {
	const { workflow, additionalData, credentialsHelper } = setup(options);
	const execution = new WorkflowExecute(additionalData, 'manual');
	const startNode = workflow.getNode('Items');
	let run: IRun;
	try {
		run = await execution.run({ workflow, startNode: startNode ?? undefined });
	} catch (error) {
		// n8n refuses to start a workflow whose node misses a required parameter.
		return {
			run: undefined as unknown as IRun,
			items: [],
			errorItems: [],
			error: error as RunResult['error'],
			credentialsHelper,
		};
	}
	const nodeRun = run.data.resultData.runData.HighLevel?.[0];
	const outputs = nodeRun?.data?.main ?? [];
	return {
		run,
		items: (outputs[0] ?? []) as INodeExecutionData[],
		errorItems: (outputs[1] ?? []) as INodeExecutionData[],
		error: (nodeRun?.error ?? run.data.resultData.error) as RunResult['error'],
		credentialsHelper,
	};
}

/** Fills a dropdown the way the editor does: n8n-core's load-options context for the node. */
export async function loadOptions(
	options: Omit<RunOptions, 'items'> & { method: string },
): Promise<INodePropertyOptions[]> {
	const { workflow, additionalData } = setup(options);
	const node = workflow.getNode('HighLevel')!;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const methods = new HighLevel().methods.loadOptions as Record<
		string,
		(this: unknown) => Promise<INodePropertyOptions[]>
	>;
	return await methods[options.method].call(context);
}

/** Fills a searchable list (a resource locator's From List) the way the editor does, a page at a time. */
export async function searchList(
	options: Omit<RunOptions, 'items'> & {
		method: string;
		filter?: string;
		paginationToken?: string;
	},
): Promise<INodeListSearchResult> {
	const { workflow, additionalData } = setup(options);
	const node = workflow.getNode('HighLevel')!;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const methods = new HighLevel().methods.listSearch as Record<
		string,
		(this: unknown, filter?: string, token?: string) => Promise<INodeListSearchResult>
	>;
	return await methods[options.method].call(context, options.filter, options.paginationToken);
}

/** Loads a resource mapper's columns the way the editor does. */
export async function resourceMapperFields(
	options: Omit<RunOptions, 'items'> & { method: string },
): Promise<ResourceMapperFields> {
	const { workflow, additionalData } = setup(options);
	const node = workflow.getNode('HighLevel')!;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const methods = new HighLevel().methods.resourceMapping as Record<
		string,
		(this: unknown) => Promise<ResourceMapperFields>
	>;
	return await methods[options.method].call(context);
}
