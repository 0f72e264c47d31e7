// n8n's community-node rules, wired as @n8n/node-cli wires them, without the CLI itself
// (it pulls isolated-vm, which does not build on Node 20).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as communityConfigs } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

export default tseslint.config(
	{
		ignores: ['dist/**', 'node_modules/**', '.n8n-local/**', 'coverage/**', '**/*.js', '**/*.mjs'],
	},
	{
		files: ['**/*.ts'],
		extends: [
			js.configs.recommended,
			...tseslint.configs.recommended,
			communityConfigs.recommended,
		],
		rules: { 'no-console': 'error' },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: {
			'@n8n/community-nodes': communityConfigs.recommended.plugins['@n8n/community-nodes'],
			'n8n-nodes-base': n8nNodesBase,
		},
		rules: {
			...Object.fromEntries(Object.entries(communityConfigs.recommended.rules)),
			...n8nNodesBase.configs.community.rules,
		},
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Only for n8n's own repository, where documentation slugs are camel case; community
			// credentials link a full URL (required by @n8n/community-nodes/credential-documentation-url).
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
		rules: {
			// Tests, the fake server and the benchmark are not shipped: Node built-ins and timers are fine there.
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/missing-paired-item': 'off',
			'@n8n/community-nodes/require-node-api-error': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'no-console': 'off',
		},
	},
);
