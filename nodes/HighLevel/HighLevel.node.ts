import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';
import { resourceMapping } from './methods/resourceMapping';
import { RESOURCES } from './resources';
import { route, settingsParameter } from './router';
import {
	authenticated,
	authenticationParameter,
	HIGHLEVEL_CREDENTIALS,
} from './shared/authentication';
import { describeResources } from './shared/describe';

export class HighLevel implements INodeType {
	description: INodeTypeDescription = {
		// This package's nodes and credentials are all "HighLevel Plus …", so that none reads like n8n's
		// built-in HighLevel node or its credentials (README: "Which HighLevel node?").
		displayName: 'HighLevel Plus',
		name: 'highLevel',
		icon: { light: 'file:highlevel.svg', dark: 'file:highlevel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Work with contacts, opportunities, conversations, calendars, products and any other HighLevel API v2 operation (GoHighLevel, LeadConnector)',
		defaults: { name: 'HighLevel Plus' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: HIGHLEVEL_CREDENTIALS,
		properties: [
			authenticationParameter(
				'A Private Integration Token works for one sub-account; OAuth2 (a marketplace app) also works for agencies and many sub-accounts',
			),
			...describeResources(RESOURCES),
			{
				displayName: 'Location ID',
				name: 'locationId',
				type: 'string',
				default: '',
				// Optional, yet kept at the top level: agency users set it per item with an expression.
				placeholder: 'Optional: empty means the credential’s sub-account',
				hint: 'Optional. Set it (also per item, with an expression) to work in another sub-account with an agency credential.',
				description:
					'Sub-account to work in. Leave empty to use the credential’s location; set it (also per item, with an expression) when one credential serves several sub-accounts.',
			},
			settingsParameter,
		],
	};

	methods = {
		loadOptions: authenticated(loadOptions),
		listSearch: authenticated(listSearch),
		resourceMapping: authenticated(resourceMapping),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
