#!/usr/bin/env node
// Reads the project's copy of HighLevel's OpenAPI specs (openapi/*.json) and writes the one
// table the node takes method, path, Version header and scopes from, so none of them is typed
// twice. `npm run build` runs it; test/apiSpec/operations.test.ts fails when the table is stale.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const specDir = path.join(root, 'openapi');
const outFile = path.join(root, 'nodes', 'HighLevel', 'apiSpec', 'operations.generated.ts');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const apiSpecFile = path.join(root, 'nodes', 'HighLevel', 'apiSpec', 'apiOperations.generated.ts');
const { buildApiSpec: buildApiSpecFrom } = require('./api-operation-spec');
const { SCOPES_FROM_DOCS } = require('./scopes-from-docs');
/** Known spec defects, each with why; `version` fills in a Version header an operation's spec leaves out. */
const CORRECTIONS = require('../nodes/HighLevel/apiSpec/corrections.json').corrections;

/** What the API Operation resource checks requests against (see scripts/api-operation-spec.js). */
function buildApiSpec() {
	return buildApiSpecFrom(specDir, METHODS);
}

/**
 * Whether sending an operation twice cannot apply it twice, so a resend after a lost answer or a
 * 5xx is safe. GET, PUT, PATCH and DELETE are; a POST is not (it may create a record or send
 * something), except for these, which are recorded here once for every caller:
 */
const IDEMPOTENT_POSTS = new Set([
	// Reads sent as POST, the query in the body.
	'ad-manager/google-get-keyword-ideas',
	'calendars/validate-groups-slug',
	'contacts/search-contacts-advanced',
	'locations/task-search',
	'objects/search-object-records',
	'opportunities/search-opportunities-advanced',
	'social-media-posting/get-posts',
	'social-media-posting/get-social-media-statistics',
	'social-media-posting/get-tags-by-ids',
	'store/get-available-shipping-zones',
	'users/filter-users-by-email',
	// Bulk sets: a second one finds the tags or the business already as the first left them.
	'contacts/add-remove-contact-from-business',
	'contacts/create-association',
	// Setting a contact's email subscription to a status.
	'conversations/user-subscription-change',
	// Upserts: a second one matches the record the first made.
	'contacts/upsert-contact',
	'opportunities/Upsert-opportunity',
	// Adding to a set: a second add changes nothing.
	'contacts/add-tags',
	'contacts/add-followers-contact',
	'opportunities/add-followers-opportunity',
	// Minting an agency's location token: a second one is as good as the first.
	'oauth/get-location-access-token',
	// Renaming a media file or folder: a second rename to the same name changes nothing.
	'medias/update-media-object',
]);

function build() {
	const rows = [];
	const files = fs
		.readdirSync(specDir)
		.filter((f) => f.endsWith('.json') && f !== 'common-schemas.json')
		.sort();
	for (const file of files) {
		const moduleName = file.replace(/\.json$/, '');
		const spec = JSON.parse(fs.readFileSync(path.join(specDir, file), 'utf8'));
		for (const [route, item] of Object.entries(spec.paths || {})) {
			for (const method of METHODS) {
				const op = item[method];
				if (!op || !op.operationId) continue;
				const versionParam = (op.parameters || []).find(
					(p) => p && p.in === 'header' && p.name === 'Version',
				);
				const correction = CORRECTIONS[`${moduleName}/${op.operationId}`] || {};
				const version =
					versionParam && versionParam.schema && Array.isArray(versionParam.schema.enum)
						? versionParam.schema.enum[0]
						: correction.version || null;
				const scopes = [];
				const tokenTypes = [];
				for (const requirement of op.security || []) {
					for (const [scheme, list] of Object.entries(requirement)) {
						if (!tokenTypes.includes(scheme)) tokenTypes.push(scheme);
						for (const s of list) if (!scopes.includes(s)) scopes.push(s);
					}
				}
				const content = (op.requestBody && op.requestBody.content) || {};
				const key = `${moduleName}/${op.operationId}`;
				if (!scopes.length) scopes.push(...(SCOPES_FROM_DOCS[key] ?? []));
				rows.push({
					key,
					method: method.toUpperCase(),
					path: route,
					version,
					scopes,
					tokenTypes,
					deprecated: op.deprecated === true,
					bodyRequired: Boolean(op.requestBody && op.requestBody.required === true),
					idempotent: method !== 'post' || IDEMPOTENT_POSTS.has(`${moduleName}/${op.operationId}`),
					// A file upload: the transport sends such a body as multipart/form-data.
					multipart: !!content['multipart/form-data'] && !content['application/json'],
				});
			}
		}
	}
	rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const unknown = [...IDEMPOTENT_POSTS].filter(
		(key) => !rows.some((r) => r.key === key && r.method === 'POST'),
	);
	if (unknown.length)
		throw new Error(
			`IDEMPOTENT_POSTS names operations that are no POST of the specs: ${unknown.join(', ')}`,
		);
	const lines = [
		'// Generated by scripts/generate-operations.js from openapi/*.json. Do not edit by hand.',
		'',
		"import type { HighLevelOperation } from './types';",
		'',
		'export const OPERATIONS = {',
	];
	for (const r of rows) {
		lines.push(
			`\t${JSON.stringify(r.key)}: { method: ${JSON.stringify(r.method)}, path: ${JSON.stringify(r.path)}, version: ${JSON.stringify(r.version)}, scopes: ${JSON.stringify(r.scopes)}, tokenTypes: ${JSON.stringify(r.tokenTypes)}, idempotent: ${r.idempotent}${r.bodyRequired ? ', bodyRequired: true' : ''}${r.deprecated ? ', deprecated: true' : ''}${r.multipart ? ', multipart: true' : ''} },`,
		);
	}
	lines.push('} as const satisfies Record<string, HighLevelOperation>;', '');
	lines.push('export type OperationKey = keyof typeof OPERATIONS;', '');
	return lines.join('\n').replace(/"/g, "'");
}

if (require.main === module) {
	const check = process.argv.includes('--check');
	for (const [file, text] of [
		[outFile, build()],
		[apiSpecFile, buildApiSpec()],
	]) {
		if (check) {
			const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
			if (current !== text) {
				console.error(
					`${path.relative(root, file)} is stale: run node scripts/generate-operations.js`,
				);
				process.exitCode = 1;
			}
		} else {
			fs.writeFileSync(file, text);
		}
	}
}

module.exports = { build, outFile, buildApiSpec, apiSpecFile, IDEMPOTENT_POSTS };
