import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';
import { HighLevelAppOAuth2Api } from '../../credentials/HighLevelAppOAuth2Api.credentials';
import { HighLevelPrivateIntegrationApi } from '../../credentials/HighLevelPrivateIntegrationApi.credentials';

const TYPES: Record<string, ICredentialType> = {
	highLevelPrivateIntegrationApi: new HighLevelPrivateIntegrationApi(),
	highLevelAppOAuth2Api: new HighLevelAppOAuth2Api(),
};

/**
 * Resolves the package's credentials the way n8n does at run time: decrypted data by type,
 * the generic `authenticate` block applied to each request, OAuth2 token updates kept.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Token data n8n-core stored after a refresh, by credential type. */
	readonly updates: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(name: string): string[] {
		return (TYPES[name]?.extends ?? []).slice();
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const type = TYPES[typeName];
		const auth = type?.authenticate;
		if (!auth) return requestOptions as IHttpRequestOptions;
		if (typeof auth === 'function')
			return await auth(credentials, requestOptions as IHttpRequestOptions);
		const resolve = (value: string): string =>
			value.startsWith('=') && workflow && node
				? String(
						workflow.expression.getSimpleParameterValue(
							node,
							value,
							'internal',
							{ $credentials: credentials },
							undefined,
							'',
						),
					)
				: value;
		const options = requestOptions as unknown as Record<string, Record<string, string>>;
		for (const [outer, values] of Object.entries(
			auth.properties as Record<string, Record<string, string>>,
		)) {
			options[outer] = { ...(options[outer] ?? {}) };
			for (const [key, value] of Object.entries(values))
				options[outer][resolve(key)] = resolve(value);
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		// A copy, as n8n decrypts afresh each time; refreshed tokens are written back below.
		return JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(
		_details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.data[type] = data;
	}

	async updateCredentialsOauthTokenData(
		_details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.data[type] = { ...this.data[type], oauthTokenData: data.oauthTokenData };
		this.updates.push({ type, data });
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return TYPES[type]?.properties ?? [];
	}
}
