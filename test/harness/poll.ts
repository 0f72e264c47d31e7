import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { PollContext, TriggersAndPollers } from 'n8n-core';
import { HighLevelPollingTrigger } from '../../nodes/HighLevel/HighLevelPollingTrigger.node';
import { TestCredentialsHelper } from './credentials';
import { testCredentials, type Auth } from './run';

const TYPE = 'n8n-nodes-highlevel.highLevelPollingTrigger';
const TYPES: Record<string, INodeType> = { [TYPE]: new HighLevelPollingTrigger() };
const nodeTypes: INodeTypes = {
	getByName: (type: string) => TYPES[type],
	getByNameAndVersion: (type: string, version?: number) =>
		NodeHelpers.getVersionedNodeType(TYPES[type], version),
	getKnownTypes: () => ({}),
};

export interface PollerOptions {
	baseUrl: string;
	parameters: IDataObject;
	auth?: Auth;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** n8n's poll budget for one tick; n8n's default is five minutes. */
	budgetMs?: number;
}

export interface PollResult {
	/** Items the poll emitted (empty when it returned null). */
	items: INodeExecutionData[];
	error?: Error & { description?: string | null };
}

/**
 * An active polling trigger as n8n runs it: each tick calls the node's poll() through
 * n8n-core's TriggersAndPollers with a PollContext, on a workflow that carries the static data
 * n8n saved after the previous tick. As in n8n, static data is kept only when the poll did
 * not throw.
 */
export class Poller {
	/** The workflow's static data as n8n would have saved it. */
	saved: IDataObject = {};
	private readonly pollers = new TriggersAndPollers();
	private readonly credentialsHelper: TestCredentialsHelper;

	constructor(private readonly options: PollerOptions) {
		this.credentialsHelper = new TestCredentialsHelper(
			options.credentials ?? testCredentials(options.baseUrl),
		);
	}

	/** One scheduled poll ('trigger' mode), or Fetch Test Event ('manual'). */
	async tick(mode: WorkflowExecuteMode = 'trigger'): Promise<PollResult> {
		const auth = this.options.auth ?? 'pit';
		const workflow = new Workflow({
			id: 'poll-workflow',
			name: 'poll',
			active: mode !== 'manual',
			nodeTypes,
			connections: {},
			staticData: JSON.parse(JSON.stringify(this.saved)) as IDataObject,
			nodes: [
				{
					id: 'poller',
					name: 'Poller',
					type: TYPE,
					typeVersion: 1,
					position: [0, 0],
					parameters: {
						authentication: auth === 'pit' ? 'privateIntegrationToken' : 'oAuth2',
						...this.options.parameters,
					},
					credentials:
						auth === 'pit'
							? { highLevelPrivateIntegrationApi: { id: 'cred-pit', name: 'PIT' } }
							: { highLevelAppOAuth2Api: { id: 'cred-oauth', name: 'OAuth' } },
				},
			],
			settings: { executionOrder: 'v1', timezone: 'UTC' },
		});
		const node = workflow.getNode('Poller')!;
		const additionalData = {
			credentialsHelper: this.credentialsHelper,
			restApiUrl: 'http://127.0.0.1:5678/rest',
			instanceBaseUrl: 'http://127.0.0.1:5678/',
			webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
			webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
			variables: {},
		} as unknown as IWorkflowExecuteAdditionalData;
		const budgetMs = this.options.budgetMs;
		const context = new PollContext(
			workflow,
			node,
			additionalData,
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			budgetMs === undefined ? undefined : () => budgetMs,
		);
		try {
			const output = await this.pollers.runPollFunction(workflow, node, context);
			if (mode !== 'manual')
				this.saved = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			return { items: output?.[0] ?? [] };
		} catch (error) {
			return { items: [], error: error as PollResult['error'] };
		}
	}
}
