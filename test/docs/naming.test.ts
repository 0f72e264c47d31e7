import { HighLevelAppOAuth2Api } from '../../credentials/HighLevelAppOAuth2Api.credentials';
import { HighLevelPrivateIntegrationApi } from '../../credentials/HighLevelPrivateIntegrationApi.credentials';
import { HighLevel } from '../../nodes/HighLevel/HighLevel.node';
import { HighLevelPollingTrigger } from '../../nodes/HighLevel/HighLevelPollingTrigger.node';
import { HighLevelTrigger } from '../../nodes/HighLevel/HighLevelTrigger.node';

/** What n8n's built-in HighLevel node and its credentials are called (n8n-nodes-base). */
const N8N_BUILT_IN = ['HighLevel', 'HighLevel Trigger', 'HighLevel API', 'HighLevel OAuth2 API'];

describe('names a user sees in n8n', () => {
	const nodes = [
		new HighLevel().description,
		new HighLevelTrigger().description,
		new HighLevelPollingTrigger().description,
	];
	const credentials = [new HighLevelPrivateIntegrationApi(), new HighLevelAppOAuth2Api()];

	it('are all "HighLevel Plus …", none of them one of n8n’s own HighLevel names', () => {
		const shown = [
			...nodes.flatMap((node) => [node.displayName, String(node.defaults.name)]),
			...credentials.map((c) => c.displayName),
		];
		for (const name of shown) {
			expect(name).toMatch(/^HighLevel Plus\b/);
			expect(N8N_BUILT_IN.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
		}
		expect(shown).toEqual([
			'HighLevel Plus',
			'HighLevel Plus',
			'HighLevel Plus Trigger',
			'HighLevel Plus Trigger',
			'HighLevel Plus Polling Trigger',
			'HighLevel Plus Polling Trigger',
			'HighLevel Plus Private Integration Token API',
			'HighLevel Plus OAuth2 API',
		]);
	});

	it('keep the internal names workflows store', () => {
		expect(nodes.map((node) => node.name)).toEqual([
			'highLevel',
			'highLevelTrigger',
			'highLevelPollingTrigger',
		]);
		expect(credentials.map((c) => c.name)).toEqual([
			'highLevelPrivateIntegrationApi',
			'highLevelAppOAuth2Api',
		]);
	});

	it('describe the package for both nodes where n8n shows them as one entry (the trigger’s description)', () => {
		// n8n's node creator merges a trigger named <node>Trigger into <node> and shows the trigger's description.
		const merged = nodes[1].description;
		expect(merged).toMatch(/contacts/);
		expect(merged).toMatch(/start a workflow/);
	});
});
