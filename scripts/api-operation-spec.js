// Builds nodes/HighLevel/apiSpec/apiOperations.generated.ts: for every operation of openapi/*.json,
// only what the API Operation resource needs to check a request before sending it and to page
// through a list. Method, path, Version and scopes stay in operations.generated.ts.
//
// Schemas are reduced to a small vocabulary the node's own checker reads (no JSON Schema engine
// ships with the node): t type, e enum, n nullable, p properties, r required, i array items,
// u a file of an upload (format: binary).
// $refs are resolved, allOf merged, and nesting cut at BODY_DEPTH. Where the spec cannot be
// trusted the reduction says less rather than more, so the node never refuses what HighLevel takes:
// oneOf/anyOf are not checked, and neither is an `object` that declares no properties (HighLevel's
// DTOs type free-form fields and several scalars, such as dateOfBirth, that way).
'use strict';
const fs = require('fs');
const path = require('path');

const BODY_DEPTH = 2;
const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * Known spec defects that would make the node refuse requests HighLevel accepts, or hide how a
 * list pages: one list, nodes/HighLevel/apiSpec/corrections.json (each entry says why), which the
 * fake server reads too (test/fake-highlevel/corrections.ts).
 */
const CORRECTIONS = require('../nodes/HighLevel/apiSpec/corrections.json').corrections;

function loadSpecs(specDir) {
	const common = JSON.parse(fs.readFileSync(path.join(specDir, 'common-schemas.json'), 'utf8'));
	const modules = fs
		.readdirSync(specDir)
		.filter((f) => f.endsWith('.json') && f !== 'common-schemas.json')
		.sort()
		.map((file) => ({
			name: file.replace(/\.json$/, ''),
			spec: JSON.parse(fs.readFileSync(path.join(specDir, file), 'utf8')),
		}));
	return { common, modules };
}

function pointer(root, ref) {
	return ref
		.split('#')[1]
		.split('/')
		.filter(Boolean)
		.reduce((node, part) => (node ? node[part] : undefined), root);
}

/** Follows $refs (within the module, or into common-schemas.json) to a schema. */
function deref(schema, moduleSpec, common, seen) {
	let current = schema;
	for (let i = 0; current && typeof current.$ref === 'string' && i < 10; i++) {
		const ref = current.$ref;
		if (seen.has(ref)) return undefined;
		seen = new Set(seen).add(ref);
		current = pointer(ref.startsWith('#') ? moduleSpec : common, ref);
	}
	return current ? { schema: current, seen } : undefined;
}

function reduce(schema, moduleSpec, common, depth, seen = new Set()) {
	const found = deref(schema, moduleSpec, common, seen);
	if (!found) return {};
	const s = found.schema;
	seen = found.seen;
	if (Array.isArray(s.allOf)) {
		const merged = { p: {}, r: [] };
		for (const part of s.allOf) {
			const r = reduce(part, moduleSpec, common, depth, seen);
			Object.assign(merged.p, r.p ?? {});
			merged.r.push(...(r.r ?? []));
		}
		return Object.keys(merged.p).length ? finish({ t: 'object', ...merged }) : {};
	}
	if (s.oneOf || s.anyOf) return {};
	const out = {};
	if (
		Array.isArray(s.enum) &&
		s.enum.every((v) => ['string', 'number', 'boolean'].includes(typeof v))
	)
		out.e = s.enum;
	if (s.nullable === true) out.n = 1;
	if (SCALARS.has(s.type)) out.t = s.type;
	if (s.type === 'array') {
		out.t = 'array';
		if (s.items && depth < BODY_DEPTH) {
			const items = reduce(s.items, moduleSpec, common, depth + 1, seen);
			if (Object.keys(items).length) out.i = items;
		}
	}
	if (s.type === 'object' || (!s.type && s.properties)) {
		const properties = s.properties ?? {};
		if (!Object.keys(properties).length) return {};
		out.t = 'object';
		if (depth < BODY_DEPTH) {
			out.p = {};
			for (const [name, property] of Object.entries(properties))
				out.p[name] = reduce(property, moduleSpec, common, depth + 1, seen);
			if (Array.isArray(s.required) && s.required.length) out.r = s.required;
		}
	}
	return finish(out);
}

function finish(node) {
	if (node.r && !node.r.length) delete node.r;
	if (node.r) node.r = [...new Set(node.r)];
	return node;
}

/** The one array property of a list answer, where the response schema names it. */
function itemsKeyOf(op, moduleSpec, common) {
	for (const status of ['200', '201']) {
		const schema = op.responses?.[status]?.content?.['application/json']?.schema;
		const found = schema && deref(schema, moduleSpec, common, new Set());
		const properties = found?.schema?.properties;
		if (!properties) continue;
		for (const [name, property] of Object.entries(properties)) {
			const p = deref(property, moduleSpec, common, found.seen);
			if (p?.schema?.type === 'array') return name;
		}
	}
	return null;
}

/** Which of the list styles transport/paginate.ts knows the operation uses, from its parameters. */
function listStyleOf(query, body) {
	const q = new Map(query.map(([name, , schema]) => [name, schema]));
	const b = body?.p ?? {};
	const maxOf = (schema, fallback) =>
		typeof schema?.maximum === 'number' ? schema.maximum : fallback;
	if (b.searchAfter && b.pageLimit) return ['searchAfter', maxOf(b.pageLimit, 100)];
	if (!q.has('limit') && q.has('lastMessageId')) return ['lastMessageId', 100];
	if (!q.has('limit')) return undefined;
	const limitMax = maxOf(q.get('limit').raw, 100);
	if (q.has('startAfter') && q.has('startAfterId')) return ['startAfter', limitMax];
	if (q.has('lastMessageId')) return ['lastMessageId', limitMax];
	if (q.has('startAfterDate')) return ['startAfterDate', limitMax];
	if (q.has('skip')) return ['skip', limitMax];
	if (q.has('offset')) return ['offset', limitMax];
	if (q.has('page')) return ['page', limitMax];
	return undefined;
}

function buildApiSpec(specDir, methods) {
	const { common, modules } = loadSpecs(specDir);
	const rows = [];
	for (const { name: moduleName, spec } of modules) {
		for (const item of Object.values(spec.paths || {})) {
			for (const method of methods) {
				const op = item[method];
				if (!op || !op.operationId) continue;
				const key = `${moduleName}/${op.operationId}`;
				const correction = CORRECTIONS[key] ?? {};
				const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])];
				const query = parameters
					.filter((p) => p.in === 'query')
					.map((p) => {
						const schema = correction.query?.[p.name] ?? p.schema ?? {};
						const reduced = reduce(schema, spec, common, BODY_DEPTH);
						const required =
							p.required === true && !(correction.eitherQuery ?? []).includes(p.name);
						return [p.name, required ? 1 : 0, reduced, schema];
					});
				const content = op.requestBody?.content ?? {};
				const entry = { s: String(op.summary ?? op.operationId).trim() };
				if (query.length)
					entry.q = query.map(([n, r, s]) => (Object.keys(s).length ? [n, r, s] : [n, r]));
				// A correction's oneOf (calendar or user, say) is the fake's to check; its properties are the node's.
				const correctedBody = correction.body && { ...correction.body, oneOf: undefined };
				const bodySchema =
					correctedBody ??
					content['application/json']?.schema ??
					content['application/x-www-form-urlencoded']?.schema ??
					content['multipart/form-data']?.schema;
				let body;
				if (bodySchema) {
					body = reduce(bodySchema, spec, common, 0);
					if (correction.required) body.r = correction.required;
					for (const extra of correction.extraProperties ?? []) (body.p ??= {})[extra] ??= {};
					for (const [n, s] of Object.entries(correction.propertyOverrides ?? {}))
						(body.p ??= {})[n] = reduce(s, spec, common, 1);
					// The files of an upload: sent from n8n binary data, not from the JSON body.
					const declared = deref(bodySchema, spec, common, new Set())?.schema?.properties ?? {};
					for (const [n, s] of Object.entries({ ...declared, ...correction.propertyOverrides })) {
						if (deref(s, spec, common, new Set())?.schema?.format === 'binary' && body.p?.[n])
							body.p[n].u = 1;
					}
					finish(body);
					entry.b = body;
				}
				if (op.requestBody?.required === true) entry.br = 1;
				if (content['multipart/form-data'] && !content['application/json']) entry.f = 'multipart';
				else if (content['application/x-www-form-urlencoded'] && !content['application/json'])
					entry.f = 'form';
				const rawBody = correction.body ?? deref(bodySchema ?? {}, spec, common, new Set())?.schema;
				const style = listStyleOf(
					query.map(([n, r, , raw]) => [n, r, { raw }]),
					body && {
						p: Object.fromEntries(
							Object.keys(body.p ?? {}).map((n) => [n, rawBody?.properties?.[n] ?? {}]),
						),
					},
				);
				if (style)
					entry.l = [style[0], correction.itemsKey ?? itemsKeyOf(op, spec, common), style[1]];
				rows.push([key, entry]);
			}
		}
	}
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const lines = [
		'// Generated by scripts/generate-operations.js from openapi/*.json. Do not edit by hand.',
		'// What the API Operation resource checks a request against; see scripts/api-operation-spec.js.',
		'',
		"import type { ApiOperationSpec } from './apiSpec';",
		'',
		'export const API_OPERATIONS: Record<string, ApiOperationSpec> = {',
	];
	for (const [key, entry] of rows)
		lines.push(`\t${JSON.stringify(key)}: ${JSON.stringify(entry)},`);
	lines.push('};', '');
	return lines.join('\n');
}

module.exports = { buildApiSpec, CORRECTIONS };
