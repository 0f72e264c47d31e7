import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SPEC_CORRECTIONS } from './corrections';
import type { MultipartBody } from './multipart';

type Json = Record<string, unknown>;

export interface Route {
	key: string;
	method: string;
	template: string;
	pattern: RegExp;
	params: string[];
	literalSegments: number;
	version: string[] | null;
	scopes: string[];
	/** Token types the spec's security block allows (bearer, Location-Access, Agency-Access…). */
	tokenTypes: string[];
	query: Array<{ name: string; required: boolean; schema: Json }>;
	bodySchema?: Json;
	bodyRequired: boolean;
	form: boolean;
	/** A file upload: the body is multipart/form-data. */
	multipart: boolean;
	module: string;
}

/** The project's copy of the specs, found from here whether run from source or compiled. */
function findSpecDir(): string {
	let dir = __dirname;
	for (let i = 0; i < 6; i++) {
		const candidate = join(dir, 'openapi');
		if (existsSync(join(candidate, 'contacts.json'))) return candidate;
		dir = dirname(dir);
	}
	throw new Error('openapi/ not found above ' + __dirname);
}

const SPEC_DIR = findSpecDir();
// The node's generator reads the same table; found beside openapi/, from source or compiled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SCOPES_FROM_DOCS } = require(join(dirname(SPEC_DIR), 'scripts', 'scopes-from-docs.js')) as {
	SCOPES_FROM_DOCS: Record<string, string[]>;
};

const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false, discriminator: false });
addFormats(ajv);
const queryAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
// Multipart fields are text, and a field sent more than once is a list.
const formAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: 'array' });
addFormats(formAjv);

function rewriteRefs(node: unknown, module: string): unknown {
	if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, module));
	if (node && typeof node === 'object') {
		const out: Json = {};
		for (const [k, v] of Object.entries(node as Json)) {
			if (k === '$ref' && typeof v === 'string') {
				out[k] = v.startsWith('../common/common-schemas.json#')
					? v.replace('../common/common-schemas.json#', 'common#')
					: v.startsWith('#/components')
						? `${module}${v}`
						: v;
			} else if (k === 'example' || k === 'examples') {
				// examples are not validation keywords; dropping them keeps compiled schemas small
			} else {
				out[k] = rewriteRefs(v, module);
			}
		}
		return out;
	}
	return node;
}

function loadRoutes(): Route[] {
	const common = JSON.parse(readFileSync(join(SPEC_DIR, 'common-schemas.json'), 'utf8')) as Json;
	ajv.addSchema({ $id: 'common', components: rewriteRefs(common.components, 'common') } as Json);
	const routes: Route[] = [];
	for (const file of readdirSync(SPEC_DIR).filter(
		(f) => f.endsWith('.json') && f !== 'common-schemas.json',
	)) {
		const module = file.replace(/\.json$/, '');
		const spec = JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as Json;
		ajv.addSchema({ $id: module, components: rewriteRefs(spec.components ?? {}, module) } as Json);
		for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
			for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
				const op = item[method] as Json | undefined;
				if (!op) continue;
				const key = `${module}/${String(op.operationId)}`;
				const parameters = [
					...((item.parameters as Json[]) ?? []),
					...((op.parameters as Json[]) ?? []),
				];
				const versionParam = parameters.find((p) => p.in === 'header' && p.name === 'Version');
				const params: string[] = [];
				const segments = template.split('/').filter(Boolean);
				const pattern = new RegExp(
					'^/' +
						segments
							.map((s) => {
								const m = /^\{(.+)\}$/.exec(s);
								if (m) {
									params.push(m[1]);
									return '([^/]+)';
								}
								return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
							})
							.join('/') +
						(template.endsWith('/') ? '/?' : '/?') +
						'$',
				);
				const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<
					string,
					Json
				>;
				const jsonBody =
					content['application/json'] ??
					content['application/x-www-form-urlencoded'] ??
					content['multipart/form-data'];
				const correction = SPEC_CORRECTIONS[key];
				routes.push({
					key,
					method: method.toUpperCase(),
					template,
					pattern,
					params,
					literalSegments: segments.filter((s) => !s.startsWith('{')).length,
					version: versionParam
						? (((versionParam.schema as Json)?.enum as string[]) ?? null)
						: correction?.version
							? [correction.version]
							: null,
					scopes: scopesOf(key, op),
					tokenTypes: ((op.security as Array<Record<string, string[]>>) ?? []).flatMap((s) =>
						Object.keys(s),
					),
					query: parameters
						.filter((p) => p.in === 'query')
						.map((p) => ({
							name: String(p.name),
							required: p.required === true,
							schema:
								(correction?.query?.[String(p.name)] as Json | undefined) ??
								(p.schema as Json) ??
								{},
						})),
					bodySchema: correction?.body ?? (jsonBody?.schema as Json | undefined),
					bodyRequired: (op.requestBody as Json | undefined)?.required === true,
					form: !content['application/json'] && !!content['application/x-www-form-urlencoded'],
					multipart: !content['application/json'] && !!content['multipart/form-data'],
					module,
				});
			}
		}
	}
	// Literal segments win over parameters: /contacts/search before /contacts/{contactId}.
	routes.sort((a, b) => b.literalSegments - a.literalSegments || a.params.length - b.params.length);
	return routes;
}

/** The scopes the spec's security block names, or those HighLevel's scope list gives where it names none. */
function scopesOf(key: string, op: Json): string[] {
	const named = ((op.security as Array<Record<string, string[]>>) ?? []).flatMap((s) =>
		Object.values(s).flat(),
	);
	return named.length ? named : (SCOPES_FROM_DOCS[key] ?? []);
}

let cached: Route[] | undefined;
export function routes(): Route[] {
	return (cached ??= loadRoutes());
}

export function matchRoute(
	method: string,
	path: string,
): { route: Route; params: Record<string, string> } | undefined {
	for (const route of routes()) {
		if (route.method !== method) continue;
		const m = route.pattern.exec(path);
		if (!m) continue;
		const params: Record<string, string> = {};
		route.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
		return { route, params };
	}
	return undefined;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(route: Route): ValidateFunction | undefined {
	if (!route.bodySchema) return undefined;
	let v = validators.get(route.key);
	if (!v) {
		const overrides = SPEC_CORRECTIONS[route.key]?.propertyOverrides;
		const required = SPEC_CORRECTIONS[route.key]?.required;
		let schema = route.bodySchema;
		if (overrides || required) {
			const top = resolve(route.bodySchema, route.module) as Json;
			schema = {
				...top,
				properties: { ...(top.properties as Json), ...overrides },
				...(required ? { required } : {}),
			};
		}
		v = ajv.compile(rewriteRefs(schema, route.module) as Json);
		validators.set(route.key, v);
	}
	return v;
}

/** Resolves a schema's $ref chain to the object whose `properties` list the allowed keys. */
function resolve(schema: Json | undefined, module: string): Json | undefined {
	let current = schema;
	for (let i = 0; current && typeof current.$ref === 'string' && i < 5; i++) {
		const ref = current.$ref as string;
		const [id, pointer] = ref.startsWith('#/components')
			? [module, ref.slice(1)]
			: ref.startsWith('../common')
				? ['common', ref.split('#')[1]]
				: ref.split('#');
		const root = ajv.getSchema(id)?.schema as Json | undefined;
		current = pointer
			.split('/')
			.filter(Boolean)
			.reduce<Json | undefined>((node, part) => (node ? (node[part] as Json) : undefined), root);
	}
	return current;
}

/** Checks a request body the way HighLevel's NestJS validation does; returns messages. */
export function validateBody(
	route: Route,
	body: unknown,
): { status: 400 | 422; messages: string[] } | undefined {
	if (!route.bodySchema) return undefined;
	if (body === undefined || body === null || body === '') {
		// HighLevel's validator refuses a request without the body its spec requires, even where
		// that body may be `{}`; an optional body left out is read as {}.
		if (route.bodyRequired)
			return {
				status: 422,
				messages: ['request body is required (send {} when there is nothing to set)'],
			};
		body = {};
	}
	const top = resolve(route.bodySchema, route.module);
	const allowed = top?.properties ? Object.keys(top.properties as Json) : undefined;
	const extra = SPEC_CORRECTIONS[route.key]?.extraProperties ?? [];
	if (allowed && body && typeof body === 'object' && !Array.isArray(body)) {
		const unknown = Object.keys(body as Json).filter(
			(k) => !allowed.includes(k) && !extra.includes(k),
		);
		if (unknown.length)
			return { status: 422, messages: unknown.map((k) => `property ${k} should not exist`) };
	}
	const validate = validatorFor(route);
	if (validate && !validate(body)) {
		return {
			status: 422,
			messages: (validate.errors ?? [])
				.slice(0, 5)
				.map((e) => `${e.instancePath || 'body'} ${e.message ?? 'is invalid'}`.trim()),
		};
	}
	return undefined;
}

export function validateQuery(route: Route, query: Record<string, string | string[]>): string[] {
	const problems: string[] = [];
	const known = new Set(route.query.map((q) => q.name));
	for (const name of Object.keys(query))
		if (!known.has(name)) problems.push(`property ${name} should not exist`);
	const either = SPEC_CORRECTIONS[route.key]?.eitherQuery;
	if (either && !either.some((name) => query[name] !== undefined && query[name] !== ''))
		problems.push(`one of ${either.join(', ')} is required`);
	for (const q of route.query) {
		const value = query[q.name];
		if (value === undefined || value === '') {
			if (q.required && !either?.includes(q.name)) problems.push(`${q.name} is required`);
			continue;
		}
		const schema = { ...q.schema };
		delete schema.example;
		// A form-style list of one is the key once (OpenAPI's explode): still a list.
		const holder = { v: schema.type === 'array' && !Array.isArray(value) ? [value] : value };
		const ok = queryAjv.validate({ type: 'object', properties: { v: schema } }, holder);
		if (!ok) problems.push(`${q.name} ${queryAjv.errors?.[0]?.message ?? 'is invalid'}`);
	}
	return problems;
}

const formValidators = new Map<string, ValidateFunction>();

/**
 * Checks a multipart/form-data body against the operation's schema as HighLevel's upload parser
 * and DTO validation would: text fields by the schema (coerced from text), files only in the
 * fields the schema types `format: binary` (in any field where it declares none), required files
 * present, nothing sent as text where a file is expected or the other way round.
 */
export function validateMultipart(
	route: Route,
	body: MultipartBody,
): { status: 400 | 422; messages: string[] } | undefined {
	const top = resolve(route.bodySchema, route.module) ?? {};
	const properties: Record<string, Json> = {};
	for (const [name, schema] of Object.entries((top.properties as Record<string, Json>) ?? {})) {
		properties[name] = resolve(schema, route.module) ?? {};
	}
	const required = SPEC_CORRECTIONS[route.key]?.required ?? (top.required as string[]) ?? [];
	const binary = Object.keys(properties).filter((name) => properties[name].format === 'binary');
	const declared = Object.keys(properties).length > 0;
	const messages: string[] = [];
	for (const name of Object.keys(body.fields)) {
		if (binary.includes(name)) messages.push(`${name} must be a file`);
		else if (declared && !(name in properties)) messages.push(`property ${name} should not exist`);
	}
	for (const file of body.files) {
		if (binary.length && !binary.includes(file.field))
			messages.push(`Unexpected field ${file.field}: files go in ${binary.join(', ')}`);
		else if (!binary.length && file.field in properties)
			messages.push(`${file.field} must be text, not a file`);
	}
	for (const name of required.filter((n) => binary.includes(n))) {
		if (!body.files.some((f) => f.field === name)) messages.push(`${name} (a file) is required`);
	}
	if (messages.length) return { status: 422, messages };
	let validate = formValidators.get(route.key);
	if (!validate) {
		validate = formAjv.compile({
			type: 'object',
			properties: Object.fromEntries(
				Object.entries(properties).filter(([name]) => !binary.includes(name)),
			),
			required: required.filter((n) => !binary.includes(n)),
		});
		formValidators.set(route.key, validate);
	}
	const fields: Record<string, unknown> = { ...body.fields };
	if (!validate(fields)) {
		return {
			status: 422,
			messages: (validate.errors ?? [])
				.slice(0, 5)
				.map((e) => `${e.instancePath || 'body'} ${e.message ?? 'is invalid'}`.trim()),
		};
	}
	return undefined;
}
